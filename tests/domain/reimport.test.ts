// Rows imported again: found by code (id, unit and year), then replaced, skipped or kept twice
// under new codes, with nothing colliding.
import fc from "fast-check";
import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { importFile } from "../../src/data/import";
import { type ExistingLayer, findDuplicates, resolveDuplicates } from "../../src/domain/reimport";

const hamlet = (code: string, population = 100): Feature => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [103.64, 21.51] },
  properties: { code, name: `Bản ${code}`, population },
});
const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });
const codes = (features: readonly Feature[]) => features.map((feature) => feature.properties?.code);

const existing: ExistingLayer[] = [
  {
    id: "march",
    kind: "hamlets",
    collection: collection([hamlet("H1"), hamlet("H2"), hamlet("H3"), hamlet("H3-2")]),
  },
  { id: "incidents", kind: "incidents", collection: collection([]) },
];
const incoming = collection([hamlet("H2"), hamlet("H3", 250), hamlet("H4")]);

describe("findDuplicates", () => {
  it("finds the rows already there, and which of them are unchanged", () => {
    const report = findDuplicates("hamlets", incoming, existing);
    expect(report).toMatchObject({ key: "code", incoming: 3, duplicates: 2, identical: 1, fresh: 1 });
    expect(report.byLayer).toEqual([{ layerId: "march", count: 2 }]);
    expect(
      report.matches.map(({ incomingIndex, existingIndex, identical }) => [
        incomingIndex,
        existingIndex,
        identical,
      ]),
    ).toEqual([
      [0, 1, true],
      [1, 2, false],
    ]);
    expect(report.choices).toEqual(["replace", "skip", "keep-both"]);
  });

  it("keys incidents by id and activities by unit and year, and keeps units of two periods apart", () => {
    const incident = (id: string): Feature => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.6, 21.5] },
      properties: { id, category: "theft" },
    });
    const stored: ExistingLayer = { id: "a", kind: "incidents", collection: collection([incident("V1")]) };
    expect(
      findDuplicates("incidents", collection([incident("V1"), incident("V2")]), [stored]).duplicates,
    ).toBe(1);
    const activity = (unitCode: string, year: number): Feature => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.6, 21.5] },
      properties: { unitCode, year },
    });
    const activities: ExistingLayer = {
      id: "b",
      kind: "activities",
      collection: collection([activity("03730", 2022)]),
    };
    const report = findDuplicates(
      "activities",
      collection([activity("03730", 2022), activity("03730", 2023)]),
      [activities],
    );
    expect(report).toMatchObject({ key: "unit and year", duplicates: 1, choices: ["replace", "skip"] });
    expect(() => resolveDuplicates(report, collection([]), [activities], "keep-both")).toThrow(RangeError);
    const unit = (adminPeriod: string): Feature => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.6, 21.5] },
      properties: { code: "03724", adminPeriod },
    });
    const old: ExistingLayer = {
      id: "u",
      kind: "units",
      collection: collection([unit("before-2025-07-01")]),
    };
    expect(findDuplicates("units", collection([unit("from-2025-07-01")]), [old]).duplicates).toBe(0);
    expect(findDuplicates("units", collection([unit("before-2025-07-01")]), [old]).duplicates).toBe(1);
  });

  it("finds a hamlet list without codes imported twice, by its generated codes", async () => {
    const csv =
      "Tên bản;Xã;Vĩ độ;Kinh độ\nBản Heo Trại;Chiềng Pha;21,51;103,64\nBản Nà Lốc;Chiềng Pha;21,52;103,65\n";
    const run = () =>
      importFile({
        fileName: "ban.csv",
        bytes: new TextEncoder().encode(csv),
        kind: "hamlets",
        crs: null,
        fields: null,
      });
    const first = await run();
    const again = await run();
    const report = findDuplicates("hamlets", again.collection, [
      { id: "first", kind: "hamlets", collection: first.collection },
    ]);
    expect(report).toMatchObject({ duplicates: 2, identical: 2, fresh: 0 });
  });
});

describe("resolveDuplicates", () => {
  const report = findDuplicates("hamlets", incoming, existing);

  it("replace: the new rows in, the old ones out of their layer", () => {
    const result = resolveDuplicates(report, incoming, existing, "replace");
    expect(codes(result.collection.features)).toEqual(["H2", "H3", "H4"]);
    expect(result.changedLayers).toHaveLength(1);
    expect(result.changedLayers[0]?.id).toBe("march");
    expect(codes(result.changedLayers[0]?.collection.features ?? [])).toEqual(["H1", "H3-2"]);
    expect(result.counts).toEqual({ added: 1, replaced: 2, skipped: 0, renamed: 0 });
  });

  it("skip: only the new rows", () => {
    const result = resolveDuplicates(report, incoming, existing, "skip");
    expect(codes(result.collection.features)).toEqual(["H4"]);
    expect(result.changedLayers).toEqual([]);
    expect(result.counts).toEqual({ added: 1, replaced: 0, skipped: 2, renamed: 0 });
  });

  it("keep both: the duplicates get codes no one uses", () => {
    const result = resolveDuplicates(report, incoming, existing, "keep-both");
    expect(codes(result.collection.features)).toEqual(["H2-2", "H3-3", "H4"]);
    expect(result.renamed).toEqual([
      { from: "H2", to: "H2-2" },
      { from: "H3", to: "H3-3" },
    ]);
    expect(result.collection.features[0]?.properties?.duplicateOf).toBe("H2");
    expect(result.counts).toEqual({ added: 3, replaced: 0, skipped: 0, renamed: 2 });
  });

  it("never lets two features share a code, whatever was there and whatever comes", () => {
    const code = fc.constantFrom("H1", "H2", "H2-2", "H3", "H1-2", "H1-3", "X");
    fc.assert(
      fc.property(fc.uniqueArray(code), fc.uniqueArray(code), (before, after) => {
        const layers: ExistingLayer[] = [
          { id: "a", kind: "hamlets", collection: collection(before.map((item) => hamlet(item))) },
        ];
        const next = collection(after.map((item) => hamlet(item)));
        const found = findDuplicates("hamlets", next, layers);
        const kept = resolveDuplicates(found, next, layers, "keep-both");
        const all = [...before, ...codes(kept.collection.features)];
        expect(new Set(all).size).toBe(all.length);
        const replaced = resolveDuplicates(found, next, layers, "replace");
        const left = [
          ...codes(replaced.changedLayers[0]?.collection.features ?? layers[0]?.collection.features ?? []),
          ...after,
        ];
        expect(new Set(left).size).toBe(left.length);
      }),
    );
  });
});
