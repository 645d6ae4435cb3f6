import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FeatureStreamError, featureTexts } from "../../../src/cli/tiles/feature-stream";

const folder = mkdtempSync(join(tmpdir(), "feature-stream-"));

async function collect(text: string, chunkBytes: number): Promise<unknown[]> {
  const path = join(folder, `f-${chunkBytes}-${text.length}.geojson`);
  writeFileSync(path, text);
  const features: unknown[] = [];
  for await (const feature of featureTexts(path, chunkBytes)) features.push(JSON.parse(feature));
  return features;
}

describe("streaming a FeatureCollection's features", () => {
  // Keys and objects before the array, braces and quotes inside strings, Vietnamese text whose
  // bytes a small chunk cuts in the middle, and a nested "features" key that is not the root's.
  const collection = {
    type: "FeatureCollection",
    crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } },
    metadata: { features: [{ not: "a feature" }] },
    features: [
      { type: "Feature", properties: { id: "a{1}", note: 'say "}" and \\' }, geometry: null },
      {
        type: "Feature",
        properties: { id: "b", name: "Bản Heo Trại, Chiềng Pha" },
        geometry: { type: "Point", coordinates: [103.6, 21.5] },
      },
      { type: "Feature", properties: { id: "c", nested: { deep: [[1, 2], { x: "]" }] } }, geometry: null },
    ],
    bbox: [103, 21, 104, 22],
  };

  it("yields each feature of the root's array whole, whatever the chunk size", async () => {
    const text = JSON.stringify(collection, null, 1);
    for (const chunkBytes of [1, 3, 7, 64, 1 << 20]) {
      const features = await collect(text, chunkBytes);
      expect(features, `chunks of ${chunkBytes}`).toEqual(collection.features);
    }
  });

  it("refuses a file that is not a FeatureCollection", async () => {
    await expect(collect(JSON.stringify({ type: "Feature", properties: {} }), 16)).rejects.toThrow(
      FeatureStreamError,
    );
  });
});
