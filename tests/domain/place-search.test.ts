import { describe, expect, it } from "vitest";
import { buildPlaceIndex, searchPlaces } from "../../src/domain/place-search";
import type { HamletCode, HamletFeature, UnitCode, UnitFeature, UnitType } from "../../src/domain/types";

function unit(code: string, name: string, unitType: UnitType = "commune"): UnitFeature {
  const [x, y] = [103.6 + Number(code.slice(-2)) / 100, 21.5];
  return {
    type: "Feature",
    properties: {
      code: code as UnitCode,
      name,
      unitType,
      district: null,
      province: null,
      areaKm2: null,
      approximate: true,
    },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [x, y],
          [x + 0.05, y],
          [x + 0.05, y + 0.04],
          [x, y],
        ],
      ],
    },
  };
}

function hamlet(code: string, name: string, unitCode: string | null): HamletFeature {
  return {
    type: "Feature",
    properties: {
      code: code as HamletCode,
      name,
      unitCode: unitCode as UnitCode | null,
      joinedBy: unitCode === null ? null : "code",
      population: 500,
      households: 100,
      securityTeam: false,
      mediationTeam: false,
      fireTeam: false,
      groups: 0,
      modelStatus: "none",
      modelSince: null,
    },
    geometry: { type: "Point", coordinates: [103.64, 21.51] },
  };
}

const index = buildPlaceIndex(
  [
    unit("03730", "Xã Chiềng Pha"),
    unit("03733", "Xã Chiềng La"),
    unit("03721", "Thị trấn Thuận Châu", "town"),
    unit("03805", "Xã Bản Lầm"),
    unit("03748", "Xã Phổng Lăng"),
  ],
  [
    hamlet("03730-01", "Bản Heo Trại", "03730"),
    hamlet("03730-02", "Bản Chiềng Pha", "03730"),
    hamlet("03733-04", "Bản Pha Khuông", "03733"),
    hamlet("03805-01", "Bản Lầm", "03805"),
    hamlet("x-1", "Tiểu khu 3", null),
    hamlet("03748-02", "Bản Phổng", "03748"),
    hamlet("03748-03", "Bản Phòng", "03748"),
  ],
);
const names = (query: string, limit?: number) => searchPlaces(index, query, limit).map((place) => place.name);

describe("searchPlaces", () => {
  it("finds a commune typed without diacritics, case or spaces, commune first", () => {
    expect(names("chieng pha")).toEqual(["Xã Chiềng Pha", "Bản Chiềng Pha"]);
    expect(names("CHIENGPHA")).toEqual(["Xã Chiềng Pha", "Bản Chiềng Pha"]);
    expect(names("xa chieng pha")).toEqual(["Xã Chiềng Pha", "Bản Chiềng Pha"]);
    const [first] = searchPlaces(index, "chieng pha");
    expect(first).toMatchObject({ layer: "units", code: "03730", kind: "commune", unitName: null });
    expect(first?.bounds.map((edge) => Math.round(edge * 1e6) / 1e6)).toEqual([103.9, 21.5, 103.95, 21.54]);
  });

  it("ranks whole names, then names that start with the query, then words inside, then anywhere", () => {
    // "pha": no name is "pha"; Pha Khuông starts with it; Chiềng Pha has it as a word.
    expect(names("pha")).toEqual(["Bản Pha Khuông", "Xã Chiềng Pha", "Bản Chiềng Pha"]);
    expect(names("chieng")).toEqual(["Xã Chiềng La", "Xã Chiềng Pha", "Bản Chiềng Pha"]);
    expect(names("trai")).toEqual(["Bản Heo Trại"]);
    expect(names("eotr")).toEqual(["Bản Heo Trại"]);
    // Two letters are too few to match inside a word.
    expect(names("ha")).toEqual([]);
  });

  it("keeps a commune whose name starts with an administrative word findable both ways", () => {
    expect(names("ban lam")).toEqual(["Xã Bản Lầm", "Bản Lầm"]);
    // The hamlet's name is "Lầm" after its word "Bản": a whole-name match beats a word inside.
    expect(names("lam")).toEqual(["Bản Lầm", "Xã Bản Lầm"]);
  });

  it("prefers the name typed with the same diacritics", () => {
    expect(names("phổng")).toEqual(["Bản Phổng", "Bản Phòng", "Xã Phổng Lăng"]);
    expect(names("phòng")).toEqual(["Bản Phòng", "Bản Phổng", "Xã Phổng Lăng"]);
    // Without marks, equal matches go by name, then code.
    expect(names("phong")).toEqual(["Bản Phổng", "Bản Phòng", "Xã Phổng Lăng"]);
  });

  it("finds by code, tells the hamlet's commune, and gives a hamlet its point", () => {
    expect(searchPlaces(index, "03730-01")).toEqual([
      {
        layer: "hamlets",
        code: "03730-01",
        name: "Bản Heo Trại",
        kind: "hamlet",
        unitName: "Xã Chiềng Pha",
        bounds: [103.64, 21.51, 103.64, 21.51],
      },
    ]);
    expect(names("0373", 3)).toEqual(["Xã Chiềng La", "Xã Chiềng Pha", "Bản Chiềng Pha"]);
    expect(searchPlaces(index, "tieu khu 3")[0]).toMatchObject({ unitName: null, kind: "hamlet" });
  });

  it("returns nothing for an empty or punctuation-only query, and at most `limit` places", () => {
    expect(names("")).toEqual([]);
    expect(names("  - ")).toEqual([]);
    expect(names("ban", 2)).toHaveLength(2);
  });
});
