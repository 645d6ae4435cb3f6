// What layerToCsv claims to keep (export.ts), read back by the app's own CSV reader, in both
// languages: the point, every one of our properties with its type, the file's own text and whole
// numbers; decimals of the file's own columns in English; formulas come back neutralised.
import { describe, expect, it } from "vitest";
import { importFile, layerToCsv } from "../../../src/data/import";

const hamlets = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.64412345, 21.51051234] },
      properties: {
        code: "03730-01",
        name: "Bản Heo Trại",
        unitCode: "03730",
        population: 372,
        households: 80,
        securityTeam: true,
        mediationTeam: false,
        fireTeam: true,
        groups: 7,
        modelStatus: "model-point",
        modelSince: "2019-03-15",
        note: 'Ghi chú; "trích dẫn", hai dòng\nđây',
        rank: -3,
        share: 12.5,
        formula: '=HYPERLINK("http://example.invalid")',
      },
    },
    {
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.7, 21.4] },
      properties: { code: "03730-02", name: "Bản Nà Tòng", unitCode: "03730", modelSince: null },
    },
  ],
};

async function importText(fileName: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return importFile({ fileName, bytes, kind: "hamlets", crs: null, fields: null });
}

const OURS = [
  "code",
  "name",
  "unitCode",
  "population",
  "households",
  "securityTeam",
  "mediationTeam",
  "fireTeam",
  "groups",
  "modelStatus",
  "modelSince",
] as const;

describe.each(["vi", "en"] as const)("CSV round trip in %s", (language) => {
  it("reads back what export.ts says it keeps", async () => {
    const first = await importText("a.geojson", JSON.stringify(hamlets));
    const again = await importText("a.csv", layerToCsv(first.collection, language));
    expect(again.counts).toMatchObject({ read: 2, accepted: 2, rejected: 0 });
    for (const [index, feature] of again.collection.features.entries()) {
      const before = first.collection.features[index];
      expect(feature.geometry).toEqual(before?.geometry);
      for (const name of OURS) expect(feature.properties?.[name]).toEqual(before?.properties?.[name]);
    }
    const extras = again.collection.features[0]?.properties ?? {};
    expect(extras.note).toBe('Ghi chú; "trích dẫn", hai dòng\nđây');
    expect(extras.rank).toBe(-3);
    // Vietnamese decimal commas ("12,5") are read back as the number they were.
    expect(extras.share).toBe(12.5);
    expect(extras.formula).toBe('\'=HYPERLINK("http://example.invalid")');
  });
});
