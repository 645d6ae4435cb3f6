// No input crashes the engine: it always returns a report, and every feature read comes back
// either accepted or rejected.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ImportResult, importFile } from "../../../src/data/import";
import { KINDS } from "../../../src/domain/types";

const NAMES = [
  "a.geojson",
  "a.json",
  "a.ndjson",
  "a.csv",
  "a.tsv",
  "a.kml",
  "a.kmz",
  "a.zip",
  "a.topojson",
  "a.bin",
  "noextension",
];

function expectReport(result: ImportResult) {
  expect(result.counts.accepted + result.counts.rejected).toBe(result.counts.read);
  expect(result.collection.type).toBe("FeatureCollection");
  for (const message of result.messages) {
    expect(message.text.vi.length).toBeGreaterThan(0);
    expect(message.text.en.length).toBeGreaterThan(0);
  }
}

const kind = fc.option(fc.constantFrom(...KINDS), { nil: null });
const crs = fc.option(fc.constantFrom("EPSG:4326", "VN2000:104", "EPSG:9206", "garbage", "+proj=longlat"), {
  nil: null,
});

describe("hostile input", () => {
  it("never throws on arbitrary bytes under any file name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.uint8Array({ maxLength: 400 }),
        kind,
        crs,
        async (fileName, bytes, chosenKind, chosenCrs) => {
          expectReport(await importFile({ fileName, bytes, kind: chosenKind, crs: chosenCrs, fields: null }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text read as CSV, GeoJSON or KML", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("a.csv", "a.geojson", "a.kml", "a.ndjson"),
        fc.string({ maxLength: 300 }),
        kind,
        async (fileName, text, chosenKind) => {
          expectReport(
            await importFile({
              fileName,
              bytes: new TextEncoder().encode(text),
              kind: chosenKind,
              crs: null,
              fields: null,
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on any JSON value, features of any shape included", async () => {
    const anyFeature = fc.record(
      {
        type: fc.constantFrom("Feature", "feature", 3),
        geometry: fc.jsonValue(),
        properties: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const document = fc.oneof(
      fc.jsonValue(),
      fc.record({
        type: fc.constant("FeatureCollection"),
        features: fc.array(fc.oneof(anyFeature, fc.jsonValue()), { maxLength: 8 }),
      }),
      fc.record({ type: fc.constant("Topology"), objects: fc.jsonValue(), arcs: fc.jsonValue() }),
    );
    await fc.assert(
      fc.asyncProperty(document, kind, crs, async (value, chosenKind, chosenCrs) => {
        const bytes = new TextEncoder().encode(JSON.stringify(value) ?? "null");
        expectReport(
          await importFile({ fileName: "a.geojson", bytes, kind: chosenKind, crs: chosenCrs, fields: null }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("reads a 100 MB file without crashing and reports what it found", async () => {
    const folder = mkdtempSync(join(tmpdir(), "binh-yen-import-"));
    try {
      const path = join(folder, "big.geojson");
      const note = "ghi chú dài ".repeat(8_500);
      const features = Array.from({ length: 1_000 }, (_, index) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.6 + index / 10_000, 21.5] },
        properties: { code: `H-${index}`, name: `Bản ${index}`, note },
      }));
      writeFileSync(path, JSON.stringify({ type: "FeatureCollection", features }));
      const bytes = new Uint8Array(readFileSync(path));
      expect(bytes.length).toBeGreaterThan(100_000_000);
      const result = await importFile({
        fileName: "big.geojson",
        bytes,
        kind: "hamlets",
        crs: null,
        fields: null,
      });
      expectReport(result);
      expect(result.counts.accepted).toBe(1_000);
      expect(result.messages.filter((message) => message.code === "value-huge")).toHaveLength(1_000);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
