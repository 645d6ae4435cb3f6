// Big layers are stored in chunks (one IndexedDB value of a million features made Chromium abort
// the write): whole or not at all, read back in order, no chunk left behind, and layers stored
// by the first version (features inside the record) still read.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import type { Feature } from "geojson";
import { afterEach, describe, expect, it } from "vitest";
import type { LayerStore, NewLayer } from "../../src/data/imported-layers";
import { CHUNK_FEATURES } from "../../src/data/layer-chunks";
import { createLayerStore } from "../../src/data/layer-store";

function layer(count: number, prefix = "H"): NewLayer {
  const features: Feature[] = [];
  for (let index = 0; index < count; index++) {
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.6, 21.5] },
      properties: { code: `${prefix}-${index}`, name: `Bản ${index}` },
    });
  }
  return {
    kind: "hamlets",
    fileName: "ban.geojson",
    detection: {
      format: "geojson",
      encoding: "UTF-8",
      crs: "EPSG:4326",
      kind: "hamlets",
      kindProposed: false,
      fields: {},
      columns: ["code", "name"],
    },
    counts: { read: count, accepted: count, rejected: 0, repaired: {} },
    collection: { type: "FeatureCollection", features },
  };
}

const stores: LayerStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function open(factory: IDBFactory) {
  const store = createLayerStore({ indexedDB: factory });
  stores.push(store);
  return store;
}

async function chunkCount(factory: IDBFactory): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = factory.open("binh-yen", 2);
    request.onsuccess = () => {
      const count = request.result.transaction("chunks").objectStore("chunks").count();
      count.onsuccess = () => {
        request.result.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe("layers in chunks", () => {
  it("stores a layer of several chunks and reads it back whole, in order", async () => {
    const factory = new IDBFactory();
    const count = CHUNK_FEATURES * 2 + 123;
    const saved = await open(factory).add(layer(count));
    expect(await chunkCount(factory)).toBe(3);
    const [listed] = await open(factory).list();
    expect(listed?.id).toBe(saved.id);
    expect(listed?.collection.features).toHaveLength(count);
    expect(listed?.collection.features[count - 1]?.properties?.code).toBe(`H-${count - 1}`);
    expect(listed?.collection.features.map((feature) => feature.properties?.code)).toEqual(
      layer(count).collection.features.map((feature) => feature.properties?.code),
    );
  });

  it("leaves no chunk behind when a layer is replaced by a smaller one or removed", async () => {
    const factory = new IDBFactory();
    const store = open(factory);
    const saved = await store.add(layer(CHUNK_FEATURES * 2 + 1));
    await store.replace(saved.id, layer(5, "N"));
    expect(await chunkCount(factory)).toBe(1);
    const [listed] = await store.list();
    expect(listed?.collection.features.map((feature) => feature.properties?.code)).toEqual([
      "N-0",
      "N-1",
      "N-2",
      "N-3",
      "N-4",
    ]);
    await store.remove(saved.id);
    expect(await chunkCount(factory)).toBe(0);
    expect(await store.list()).toEqual([]);
  });

  it("reads a layer stored by the first version, with its features inside the record", async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open("binh-yen", 1);
      request.onupgradeneeded = () => request.result.createObjectStore("layers", { keyPath: "id" });
      request.onsuccess = () => {
        const old = {
          ...layer(3),
          id: "old",
          name: "ban",
          createdAt: "2026-01-01",
          importedAt: "2026-01-01",
        };
        const put = request.result.transaction("layers", "readwrite").objectStore("layers").put(old);
        put.onsuccess = () => {
          request.result.close();
          resolve();
        };
        put.onerror = () => reject(put.error);
      };
      request.onerror = () => reject(request.error);
    });
    const [listed] = await open(factory).list();
    expect(listed?.id).toBe("old");
    expect(listed?.collection.features).toHaveLength(3);
  });
});
