// The way from the import worker to the page: features as JSON text chunks, parsed a chunk at a
// time, and the same texts stored as they are.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it, vi } from "vitest";
import type { ImportResult } from "../../src/data/import/import-types";
import { CHUNK_FEATURES } from "../../src/data/layer-chunks";
import { createLayerStore } from "../../src/data/layer-store";
import { packResult, unpackResult } from "../../src/workers/import-transport";

function result(count: number): ImportResult {
  const features = Array.from({ length: count }, (_, index) => ({
    type: "Feature" as const,
    id: index,
    geometry: { type: "Point" as const, coordinates: [103.6, 21.5] },
    properties: { code: `H-${index}`, name: `Bản ${index}`, constructor: "x", note: "dòng\nhai" },
  }));
  return {
    detection: {
      format: "geojson",
      encoding: "UTF-8",
      crs: "EPSG:4326",
      kind: "hamlets",
      kindProposed: false,
      fields: {},
      columns: ["code", "name"],
    },
    counts: { read: count + 1, accepted: count, rejected: 1, repaired: {} },
    messages: [],
    collection: { type: "FeatureCollection", features },
    rejected: {
      type: "FeatureCollection",
      features: [{ type: "Feature", geometry: null as unknown as GeoJSON.Geometry, properties: {} }],
    },
    featureIndices: features.map((_, index) => index),
  };
}

describe("import transport", () => {
  it("gives the page the same result, in chunks of CHUNK_FEATURES", async () => {
    const original = result(CHUNK_FEATURES + 7);
    const expected = structuredClone(original);
    const packed = packResult(original);
    expect(packed.collection).toHaveLength(2);
    // The worker's own copy of the features is let go as they are packed.
    expect(original.collection.features).toHaveLength(0);
    expect(await unpackResult(structuredClone(packed))).toEqual(expected);
  });

  it("stores the texts the worker made instead of serialising the features again", async () => {
    const unpacked = await unpackResult(packResult(result(CHUNK_FEATURES + 7)));
    const stringify = vi.spyOn(JSON, "stringify");
    const store = createLayerStore({ indexedDB: new IDBFactory() });
    await store.add({
      kind: "hamlets",
      fileName: "ban.geojson",
      detection: unpacked.detection,
      counts: unpacked.counts,
      collection: unpacked.collection,
    });
    expect(stringify).not.toHaveBeenCalled();
    stringify.mockRestore();
    const [listed] = await store.list();
    expect(listed?.collection).toEqual(unpacked.collection);
    store.close();
  });
});
