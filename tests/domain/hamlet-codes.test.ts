// Generated hamlet codes: the same file gives the same codes, no two hamlets share one, and a code
// the file gives is never changed or reused.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateHamletCodes } from "../../src/domain/hamlet-codes";

const feature = (properties: Record<string, unknown>) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [103.6, 21.5] },
  properties,
});
const codesOf = (features: unknown[]) =>
  features.map((item) => (item as { properties: Record<string, unknown> }).properties.code);

describe("generateHamletCodes", () => {
  it("makes a code from the commune and the hamlet, numbering hamlets of the same name", () => {
    const { features, generated } = generateHamletCodes([
      feature({ name: "Bản Heo Trại", unitName: "Xã Chiềng Pha" }),
      feature({ name: "Bản Nà Lốc", unitCode: 3730 }),
      feature({ name: "Bản Nà Lốc", unitCode: "03730" }),
      feature({ name: "Bản 01", unitCode: "03730" }),
      feature({ name: "Tiểu khu 3" }),
      feature({ code: "03730-01", name: "Bản Có Mã" }),
      feature({ name: "" }),
    ]);
    expect(codesOf(features)).toEqual([
      "chiengpha-heotrai",
      "03730-naloc",
      "03730-naloc-2",
      "03730-b01",
      "x-b3",
      "03730-01",
      undefined,
    ]);
    expect(generated.map(({ index }) => index)).toEqual([0, 1, 2, 3, 4]);
    const marked = (features[0] as { properties: Record<string, unknown> }).properties;
    expect(marked.codeGenerated).toBe(true);
  });

  it("never takes a code the file already gives", () => {
    const { features } = generateHamletCodes([
      feature({ name: "Bản A", unitCode: "03730" }),
      feature({ code: "03730-a", name: "Bản Khác" }),
      feature({ code: "03730-a-2", name: "Bản Khác Nữa" }),
    ]);
    expect(codesOf(features)).toEqual(["03730-a-3", "03730-a", "03730-a-2"]);
  });

  const names = fc.constantFrom(
    "Bản Heo Trại",
    "Bản Nà Lốc",
    "Bản Na Loc",
    "Tiểu khu 1",
    "Bản 01",
    "Thôn Mòn",
    "ບ້ານ",
  );
  const units = fc.constantFrom("Chiềng Pha", "Phổng Lái", "", "03730", 3733);
  const rows = fc.array(
    fc.record({
      name: names,
      unit: units,
      code: fc.option(fc.constantFrom("03730-naloc", "chiengpha-heotrai", "H1", "x-b"), { nil: undefined }),
    }),
    { maxLength: 40 },
  );
  const toFeatures = (list: { name: string; unit: string | number; code: string | undefined }[]) =>
    list.map(({ name, unit, code }) =>
      feature({
        name,
        ...(typeof unit === "number" || /^\d+$/u.test(unit) ? { unitCode: unit } : { unitName: unit }),
        ...(code === undefined ? {} : { code }),
      }),
    );

  it("gives the same codes to the same file, every code distinct from the file's own and each other", () => {
    fc.assert(
      fc.property(rows, (list) => {
        const first = generateHamletCodes(toFeatures(list));
        const again = generateHamletCodes(toFeatures(list));
        expect(codesOf(again.features)).toEqual(codesOf(first.features));
        const given = new Set<string>(list.map((row) => row.code).filter((code) => code !== undefined));
        const made = first.generated.map(({ code }) => code);
        expect(new Set(made).size).toBe(made.length);
        for (const code of made) {
          expect(given.has(code)).toBe(false);
          expect(code).toMatch(/[a-z]/u);
          expect(code).toMatch(/^[a-z0-9-]+$/u);
        }
        expect(made).toHaveLength(list.filter((row) => row.code === undefined).length);
      }),
    );
  });

  it("gives a hamlet the same code when rows of other communes are added or removed", () => {
    fc.assert(
      fc.property(rows, rows, (list, others) => {
        const mine = list.map((row) => ({ ...row, unit: "Chiềng Pha", code: undefined }));
        const elsewhere = others.map((row) => ({ ...row, unit: "Phổng Lái", code: undefined }));
        const alone = codesOf(generateHamletCodes(toFeatures(mine)).features);
        const mixed = codesOf(generateHamletCodes(toFeatures([...elsewhere, ...mine])).features);
        expect(mixed.slice(elsewhere.length)).toEqual(alone);
      }),
    );
  });
});
