// Import, export, import again: no feature and no property may be lost on the way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile, layerToCsv, layerToGeoJson } from "../../../src/data/import";
import { neutralised } from "../../../src/domain/csv-writer";

const encode = (text: string) => new TextEncoder().encode(text);

// Extra columns as stewards name them; coordinate-like names are the geometry's own in CSV.
const columnName = fc.stringMatching(/^[A-Za-zÀ-ỹ][A-Za-zÀ-ỹ0-9_ ]{0,12}$/u).filter((name) => {
  const folded = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, "");
  return ![
    "lat",
    "lon",
    "lng",
    "long",
    "x",
    "y",
    "wkt",
    "geometry",
    "geom",
    "shape",
    "latitude",
    "longitude",
    "vido",
    "kinhdo",
  ].includes(folded);
});
// Text that survives normalisation unchanged (NFC, single inner spaces, no leading/trailing space).
const text = fc
  .stringMatching(/^[A-Za-zÀ-ỹ0-9.,;:'"!?<>&()-]+( [A-Za-zÀ-ỹ0-9.,;:'"!?<>&()-]+){0,3}$/u)
  .map((value) => value.normalize("NFC"));
const value = fc.oneof(text, fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constant(null));

const hamlets = fc
  .uniqueArray(
    fc.record({
      code: fc.stringMatching(/^H[0-9]{1,6}$/u),
      name: text,
      lon: fc.double({ min: 102.2, max: 109.4, noNaN: true }),
      lat: fc.double({ min: 8.6, max: 23.3, noNaN: true }),
      extra: fc.dictionary(columnName, value, { maxKeys: 4 }),
    }),
    { selector: (hamlet) => hamlet.code, minLength: 1, maxLength: 20 },
  )
  .map((rows) =>
    rows.map((row) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [row.lon, row.lat] },
      properties: { ...row.extra, code: row.code, name: row.name },
    })),
  );

async function importText(fileName: string, content: string) {
  return importFile({ fileName, bytes: encode(content), kind: "hamlets", crs: null, fields: null });
}

/**
 * CSV keeps no types and every row has every column: compare the text a spreadsheet shows, with
 * text that starts like a formula carrying the apostrophe the writer puts before it.
 */
const asText = (properties: Record<string, unknown>, written: boolean) =>
  Object.fromEntries(
    Object.entries(properties)
      .map(([key, item]) => [
        key,
        item === null || item === undefined
          ? ""
          : typeof item === "string" && written
            ? neutralised(item)
            : String(item),
      ])
      .filter(([, item]) => item !== ""),
  );

describe("import → export → import", () => {
  it("loses no feature and no property through GeoJSON", async () => {
    await fc.assert(
      fc.asyncProperty(hamlets, async (features) => {
        const first = await importText("a.geojson", JSON.stringify({ type: "FeatureCollection", features }));
        expect(first.counts.accepted).toBe(features.length);
        const second = await importText("b.geojson", layerToGeoJson(first.collection));
        expect(second.counts.accepted).toBe(features.length);
        expect(second.collection.features).toEqual(first.collection.features);
      }),
      { numRuns: 40 },
    );
  });

  it("keeps feature ids, bboxes, foreign members and text as written through GeoJSON", async () => {
    const features: Record<string, unknown>[] = [
      {
        type: "Feature",
        id: 42,
        bbox: [103.6, 21.5, 103.6, 21.5],
        source: { system: "QGIS", layer: "ban" },
        constructor: "x",
        geometry: { type: "Point", coordinates: [103.6, 21.5] },
        properties: { code: "H1", name: "Bản Một", ghiChu: "dòng một\n  dòng hai\tcột" },
      },
      {
        type: "Feature",
        id: "ban-2",
        geometry: { type: "Point", coordinates: [103.7, 21.4] },
        properties: { code: "H2", name: "Bản Hai" },
      },
    ];
    const first = await importText("a.geojson", JSON.stringify({ type: "FeatureCollection", features }));
    const written = JSON.parse(layerToGeoJson(first.collection)) as { features: Record<string, unknown>[] };
    expect(written.features[0]).toMatchObject({
      id: 42,
      bbox: [103.6, 21.5, 103.6, 21.5],
      source: { system: "QGIS", layer: "ban" },
      constructor: "x",
    });
    expect(written.features[1]?.id).toBe("ban-2");
    expect((written.features[0]?.properties as Record<string, unknown> | undefined)?.ghiChu).toBe(
      "dòng một\n  dòng hai\tcột",
    );
    const second = await importText("b.geojson", layerToGeoJson(first.collection));
    expect(second.collection.features).toEqual(first.collection.features);
  });

  it("loses no feature and no property through CSV", async () => {
    await fc.assert(
      fc.asyncProperty(hamlets, fc.constantFrom("vi" as const, "en" as const), async (features, language) => {
        const first = await importText("a.geojson", JSON.stringify({ type: "FeatureCollection", features }));
        const csv = layerToCsv(first.collection, language);
        expect(csv.startsWith("\ufeff")).toBe(true);
        const second = await importText("b.csv", csv);
        expect(second.counts.accepted).toBe(first.counts.accepted);
        second.collection.features.forEach((feature, index) => {
          const before = first.collection.features[index];
          expect(feature.geometry).toEqual(before?.geometry);
          expect(asText(feature.properties ?? {}, false)).toEqual(asText(before?.properties ?? {}, true));
        });
      }),
      { numRuns: 40 },
    );
  });

  it("writes areas as WKT that reads back", async () => {
    const unit = {
      type: "Feature",
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [103.6, 21.5],
            [103.7, 21.5],
            [103.7, 21.6],
            [103.6, 21.5],
          ],
        ],
      },
      properties: { code: "03730", name: "Xã Chiềng Pha" },
    };
    const first = await importFile({
      fileName: "u.geojson",
      bytes: encode(JSON.stringify(unit)),
      kind: "units",
      crs: null,
      fields: null,
    });
    const again = await importFile({
      fileName: "u.csv",
      bytes: encode(layerToCsv(first.collection, "vi")),
      kind: "units",
      crs: null,
      fields: null,
    });
    expect(again.collection.features[0]?.geometry).toEqual(first.collection.features[0]?.geometry);
  });
});
