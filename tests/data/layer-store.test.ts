import "fake-indexeddb/auto";
import { QueryClient } from "@tanstack/react-query";
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ImportDetection } from "../../src/data/import/import-types";
import {
  importedLayersQuery,
  isLayerStoreError,
  type LayerStore,
  layerChangeMutation,
  type NewLayer,
  pageLayerStore,
} from "../../src/data/imported-layers";
import { createLayerStore } from "../../src/data/layer-store";

const detection: ImportDetection = {
  format: "csv",
  encoding: "UTF-8",
  crs: "EPSG:4326",
  kind: "hamlets",
  kindProposed: true,
  fields: { code: "ma_ban", name: "ten_ban" },
  columns: ["ma_ban", "ten_ban", "x", "y"],
};

function newLayer(fileName: string, codes: string[]): NewLayer {
  return {
    kind: "hamlets",
    fileName,
    detection,
    counts: { read: codes.length, accepted: codes.length, rejected: 0, repaired: {} },
    collection: {
      type: "FeatureCollection",
      features: codes.map((code) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.6, 21.5] },
        properties: { code, name: `Bản ${code}` },
      })),
    },
  };
}

/** A clock that ticks one minute per call, so import order is well defined. */
function minuteClock() {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 10, 1, 8, minute++));
}

const opened: LayerStore[] = [];
function open(factory: IDBFactory, extra: Parameters<typeof createLayerStore>[0] = {}) {
  const store = createLayerStore({ indexedDB: factory, now: minuteClock(), ...extra });
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.restoreAllMocks();
});

describe("layer store", () => {
  it("adds, lists, renames, replaces and removes layers", async () => {
    const store = open(new IDBFactory());
    expect(await store.list()).toEqual([]);
    const first = await store.add(newLayer("ban-chieng-pha.csv", ["A", "B"]));
    const second = await store.add({ ...newLayer("ban.geojson", ["C"]), name: "  Bản mới  " });
    expect(first.name).toBe("ban-chieng-pha");
    expect(second.name).toBe("Bản mới");
    expect(first.id).not.toBe(second.id);
    expect((await store.list()).map((layer) => layer.id)).toEqual([first.id, second.id]);

    const renamed = await store.rename(first.id, "Bản Chiềng Pha");
    expect(renamed.name).toBe("Bản Chiềng Pha");
    expect(renamed.collection.features).toHaveLength(2);

    const replaced = await store.replace(first.id, newLayer("ban-chieng-pha-2.csv", ["X", "Y", "Z"]));
    expect(replaced.id).toBe(first.id);
    expect(replaced.name).toBe("Bản Chiềng Pha"); // the user's name survives a re-import
    expect(replaced.fileName).toBe("ban-chieng-pha-2.csv");
    expect(replaced.importedAt > first.importedAt).toBe(true);
    const listed = await store.list();
    expect(listed).toHaveLength(2);
    expect(listed.find((layer) => layer.id === first.id)?.collection.features).toHaveLength(3);

    const removed = await store.remove(second.id);
    expect(removed.name).toBe("Bản mới");
    expect((await store.list()).map((layer) => layer.id)).toEqual([first.id]);
    await store.restore(removed);
    expect((await store.list()).map((layer) => layer.id)).toEqual([first.id, second.id]);
  });

  it("is the page's own store through pageLayerStore, its IndexedDB code loaded with the first call", async () => {
    const page = pageLayerStore();
    opened.push(page);
    const layer = await page.add(newLayer("ban-page.csv", ["P1", "P2"]));
    expect((await page.list()).map((listed) => listed.id)).toContain(layer.id);
    expect((await page.rename(layer.id, "Bản trang")).name).toBe("Bản trang");
    expect((await page.replace(layer.id, newLayer("ban-page-2.csv", ["P3"]))).fileName).toBe(
      "ban-page-2.csv",
    );
    const removed = await page.remove(layer.id);
    expect((await page.list()).map((listed) => listed.id)).not.toContain(layer.id);
    await page.restore(removed);
    expect((await page.list()).find((listed) => listed.id === layer.id)?.name).toBe("Bản trang");
    await page.remove(layer.id);
  });

  it("keeps layers across a new connection (a reload)", async () => {
    const factory = new IDBFactory();
    const before = open(factory);
    const layer = await before.add(newLayer("su-viec.geojson", ["1", "2", "3"]));
    before.close();
    const after = open(factory);
    const [reloaded] = await after.list();
    expect(reloaded).toEqual(layer);
  });

  it("says a layer is not found rather than inventing one", async () => {
    const store = open(new IDBFactory());
    const failure = await store.rename("no-such-layer", "x").catch((error: unknown) => error);
    expect(isLayerStoreError(failure) && failure.problem).toBe("not-found");
  });

  it("reports a full storage with a bilingual message, and stores nothing", async () => {
    const store = open(new IDBFactory());
    await store.list();
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const failure = await store.add(newLayer("lon.geojson", ["A"])).catch((error: unknown) => error);
    if (!isLayerStoreError(failure)) throw new Error(`expected a LayerStoreError, got ${String(failure)}`);
    expect(failure.problem).toBe("quota");
    expect(failure.text.vi).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    expect(failure.text.en).toMatch(/storage is full/);
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([]);
  });

  it("reports an unavailable IndexedDB (private mode, no support)", async () => {
    const missing = open(new IDBFactory(), { indexedDB: null });
    const failure = await missing.list().catch((error: unknown) => error);
    expect(isLayerStoreError(failure) && failure.problem).toBe("unavailable");

    const refusing = {
      open: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory;
    const refused = await open(refusing)
      .add(newLayer("a.csv", ["A"]))
      .catch((error: unknown) => error);
    expect(isLayerStoreError(refused) && refused.problem).toBe("unavailable");
    expect(isLayerStoreError(refused) && refused.text.vi).toMatch(/chế độ ẩn danh/);
  });
});

describe("layer store queries", () => {
  it("lists through queryOptions and refreshes the list after a mutation", async () => {
    const store = open(new IDBFactory());
    const client = new QueryClient();
    expect(await client.fetchQuery(importedLayersQuery(store))).toEqual([]);
    const options = layerChangeMutation(store, client);
    const added = await client
      .getMutationCache()
      .build(client, options)
      .execute({ type: "add", layer: newLayer("ban.csv", ["A"]) });
    const listed = client.getQueryData(importedLayersQuery(store).queryKey);
    expect(listed?.map((layer) => layer.id)).toEqual([added.id]);
  });
});
