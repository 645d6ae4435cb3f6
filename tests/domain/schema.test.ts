import { describe, expect, it } from "vitest";
import { checkFeature, checkFeatures } from "../../src/domain/schema";
import { coerceBoolean, coerceDate, coerceNumber, coerceUnitCode } from "../../src/domain/schema-rules";

const point = { type: "Point", coordinates: [103.63, 21.51] };
const hamlet = (properties: Record<string, unknown>, geometry: unknown = point) => ({
  type: "Feature",
  geometry,
  properties: {
    code: "03730-01",
    name: "Bản Heo Trại",
    unitCode: "03730",
    population: 420,
    households: 96,
    securityTeam: true,
    mediationTeam: true,
    fireTeam: true,
    groups: 8,
    modelStatus: "model-point",
    modelSince: "2021-03-15",
    ...properties,
  },
});

describe("value coercion", () => {
  it("restores leading zeros of unit codes with a warning", () => {
    expect(coerceUnitCode(3730)).toEqual({
      value: "03730",
      note: { code: "code-leading-zeros", level: "warning" },
    });
    expect(coerceUnitCode("3730").value).toBe("03730");
    expect(coerceUnitCode("03730")).toEqual({ value: "03730", note: null });
    expect(coerceUnitCode("37300x").value).toBeUndefined();
    expect(coerceUnitCode(3730.5).value).toBeUndefined();
  });

  it("reads Vietnamese number formats where unambiguous", () => {
    const whole = { integer: true, min: 0 };
    const decimal = { integer: false, min: 0 };
    expect(coerceNumber("12", whole)).toEqual({ value: 12, note: null });
    expect(coerceNumber("1.234", whole).value).toBe(1234);
    expect(coerceNumber("1.234", whole).note?.code).toBe("number-format");
    expect(coerceNumber("1,5", decimal).value).toBe(1.5);
    expect(coerceNumber("1.234,5", decimal).value).toBe(1234.5);
    expect(coerceNumber("1,5", whole).value).toBeUndefined();
    expect(coerceNumber("-3", whole).value).toBeUndefined();
    expect(coerceNumber("abc", whole).value).toBeUndefined();
  });

  it("reads yes/no words", () => {
    for (const yes of [true, 1, "1", "true", "có", "Có", "x", "X"])
      expect(coerceBoolean(yes).value).toBe(true);
    for (const no of [false, 0, "0", "false", "không", "KHÔNG"]) expect(coerceBoolean(no).value).toBe(false);
    expect(coerceBoolean("maybe").value).toBeUndefined();
  });

  it("reads ISO and day-first dates and refuses impossible ones", () => {
    expect(coerceDate("2021-03-15")).toEqual({ value: "2021-03-15", note: null });
    expect(coerceDate("15/03/2021")).toEqual({
      value: "2021-03-15",
      note: { code: "date-format", level: "info" },
    });
    expect(coerceDate("5/3/2021").value).toBe("2021-03-05");
    expect(coerceDate("31/02/2021").value).toBeUndefined();
    expect(coerceDate("2021-13-01").value).toBeUndefined();
  });
});

describe("checkFeature", () => {
  it("accepts a clean hamlet unchanged and adds joinedBy", () => {
    const checked = checkFeature("hamlets", hamlet({}), 0);
    expect(checked.issues).toEqual([]);
    expect(checked.repaired).toBe(false);
    expect(checked.feature?.properties).toMatchObject({
      code: "03730-01",
      joinedBy: null,
      modelStatus: "model-point",
    });
  });

  it("maps Vietnamese enum values", () => {
    const checked = checkFeature("hamlets", hamlet({ modelStatus: "Nhân rộng" }), 0);
    expect(checked.feature?.properties.modelStatus).toBe("replicated");
    const incident = (category: string) =>
      checkFeature(
        "incidents",
        { type: "Feature", geometry: point, properties: { id: "1", date: "2022-01-01", category } },
        0,
      );
    expect(incident("trộm cắp").feature?.properties.category).toBe("theft");
    expect(incident("Ma tuý").feature?.properties.category).toBe("drugs");
    expect(incident("cố ý gây thương tích").feature?.properties.category).toBe("violence");
    expect(incident("bạo lực").feature?.properties.category).toBe("violence");
    expect(incident("vũ khí").feature?.properties.category).toBe("weapons");
    const unknown = incident("lừa đảo");
    expect(unknown.feature?.properties.category).toBe("other");
    expect(unknown.issues[0]).toMatchObject({
      level: "warning",
      code: "category-other",
      property: "category",
    });
  });

  it("rejects a missing required property and a wrong geometry", () => {
    const noName = checkFeature("hamlets", hamlet({ name: "  " }), 3);
    expect(noName.feature).toBeNull();
    expect(noName.issues).toContainEqual(
      expect.objectContaining({ level: "error", code: "missing-property", property: "name" }),
    );
    const polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const wrongType = checkFeature("hamlets", hamlet({}, polygon), 0);
    expect(wrongType.feature).toBeNull();
    expect(wrongType.issues[0]).toMatchObject({ code: "geometry-type", found: '"Polygon"' });
  });

  it("rejects NaN and out-of-range coordinates, and hints at projected metres", () => {
    expect(
      checkFeature("hamlets", hamlet({}, { type: "Point", coordinates: [null, 21] }), 0).issues[0]?.code,
    ).toBe("coordinates-invalid");
    expect(
      checkFeature("hamlets", hamlet({}, { type: "Point", coordinates: [21, 103] }), 0).feature,
    ).toBeNull();
    const projected = checkFeature(
      "hamlets",
      hamlet({}, { type: "Point", coordinates: [512345.6, 2376543.2] }),
      0,
    );
    expect(projected.issues[0]?.code).toBe("coordinates-projected");
  });

  it("keeps extra properties as written (line breaks, double spaces), NFC-normalised", () => {
    const note = "Bản  mới\nhai dòng".normalize("NFD");
    const checked = checkFeature("hamlets", hamlet({ ghiChu: note, soTo: 3 }), 0);
    expect(checked.feature?.properties.ghiChu).toBe("Bản  mới\nhai dòng".normalize("NFC"));
    expect(checked.feature?.properties.soTo).toBe(3);
  });

  it("requires null geometry for activities", () => {
    const activity = { unitCode: "03730", year: 2022 };
    expect(
      checkFeature("activities", { type: "Feature", geometry: null, properties: activity }, 0).feature,
    ).not.toBeNull();
    const withPoint = checkFeature(
      "activities",
      { type: "Feature", geometry: point, properties: activity },
      0,
    );
    expect(withPoint.issues[0]?.code).toBe("geometry-not-null");
  });

  it("rejects the second feature with the same code", () => {
    const checked = checkFeatures("hamlets", [hamlet({}), hamlet({ name: "Bản khác" })]);
    expect(checked[0]?.feature).not.toBeNull();
    expect(checked[1]?.feature).toBeNull();
    expect(checked[1]?.issues).toContainEqual(
      expect.objectContaining({ code: "duplicate-id", found: "03730-01 (#0)" }),
    );
  });
});
