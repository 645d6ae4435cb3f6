// The imported layers as the app sees them: the store's interface, its problems, the list query
// and its changes. The IndexedDB code itself (layer-store.ts, with idb, and the problems' words)
// loads with the store's first call, not with the page: the first screen only asks for the list.
import { mutationOptions, type QueryClient, queryOptions } from "@tanstack/react-query";
import type { FeatureCollection } from "geojson";
import type { Kind } from "../domain/types";
import type { ImportCounts, ImportDetection } from "./import/import-types";

export interface StoredLayer {
  id: string;
  /** Shown in the layer list; the file name without its extension until the user renames it. */
  name: string;
  kind: Kind;
  fileName: string;
  /** ISO timestamp of the first import: the list keeps this order through re-imports. */
  createdAt: string;
  /** ISO timestamp of the last import. */
  importedAt: string;
  detection: ImportDetection;
  counts: ImportCounts;
  /** Accepted features, normalised to our schema but not joined to units yet. */
  collection: FeatureCollection;
}

/** What an import hands over to be kept; the store gives the id and the time. */
export type NewLayer = Omit<StoredLayer, "id" | "createdAt" | "importedAt" | "name"> & { name?: string };

export type LayerStoreProblem = "quota" | "unavailable" | "blocked" | "not-found" | "failed";

export interface LayerStoreError extends Error {
  name: "LayerStoreError";
  problem: LayerStoreProblem;
  text: { vi: string; en: string };
}

export function isLayerStoreError(error: unknown): error is LayerStoreError {
  return error instanceof Error && error.name === "LayerStoreError" && "problem" in error;
}

export interface LayerStore {
  /** In the order the layers were first imported. */
  list(): Promise<StoredLayer[]>;
  add(layer: NewLayer): Promise<StoredLayer>;
  rename(id: string, name: string): Promise<StoredLayer>;
  /** Re-import into the same id: the name stays, everything the file gave is replaced. */
  replace(id: string, layer: NewLayer): Promise<StoredLayer>;
  /** Resolves with the removed layer, so an undo can put it back with `restore`. */
  remove(id: string): Promise<StoredLayer>;
  restore(layer: StoredLayer): Promise<StoredLayer>;
  close(): void;
}

export function byCreation(a: StoredLayer, b: StoredLayer): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id.localeCompare(b.id);
}

/** The page's own store, opened with its first call (IndexedDB, as createLayerStore). */
export function pageLayerStore(): LayerStore {
  let loading: Promise<LayerStore> | null = null;
  const store = () => {
    loading ??= import("./layer-store").then(
      (module) => module.createLayerStore(),
      (error: unknown) => {
        // The code did not arrive (the server went away): said as an unexpected error, since its
        // sentences come with it; the next call tries again.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return {
    list: async () => (await store()).list(),
    add: async (layer) => (await store()).add(layer),
    rename: async (id, name) => (await store()).rename(id, name),
    replace: async (id, layer) => (await store()).replace(id, layer),
    remove: async (id) => (await store()).remove(id),
    restore: async (layer) => (await store()).restore(layer),
    close() {
      loading?.then((opened) => opened.close()).catch(() => {});
      loading = null;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// TanStack Query: one list query; every mutation refreshes it, so every view of the list agrees.

export function importedLayersQuery(store: LayerStore) {
  return queryOptions({
    queryKey: IMPORTED_LAYERS_KEY,
    queryFn: () => store.list(),
    staleTime: Number.POSITIVE_INFINITY,
    // A store problem does not go away by asking again at once; the user is told instead.
    retry: false,
    // Comparing a new list with the old one, feature by feature, took 9 s at 1,000,000 features:
    // the list is replaced whole instead.
    structuralSharing: false,
  });
}

const IMPORTED_LAYERS_KEY = ["imported-layers"] as const;

export type LayerChange =
  | { type: "add"; layer: NewLayer }
  | { type: "rename"; id: string; name: string }
  | { type: "replace"; id: string; layer: NewLayer }
  | { type: "remove"; id: string }
  | { type: "restore"; layer: StoredLayer };

export function applyLayerChange(store: LayerStore, change: LayerChange): Promise<StoredLayer> {
  switch (change.type) {
    case "add":
      return store.add(change.layer);
    case "rename":
      return store.rename(change.id, change.name);
    case "replace":
      return store.replace(change.id, change.layer);
    case "remove":
      return store.remove(change.id);
    case "restore":
      return store.restore(change.layer);
  }
}

/** The list as it stands after a change, so every view updates before the store is read again. */
export function updateLayerList(list: readonly StoredLayer[], change: LayerChange, layer: StoredLayer) {
  const others = list.filter((existing) => existing.id !== layer.id);
  return change.type === "remove" ? others : [...others, layer].sort(byCreation);
}

/** For useMutation: `mutate({ type: "rename", id, name })`; resolves with the layer concerned. */
export function layerChangeMutation(store: LayerStore, queryClient: QueryClient) {
  return mutationOptions<StoredLayer, LayerStoreError, LayerChange>({
    mutationKey: [...IMPORTED_LAYERS_KEY, "change"],
    mutationFn: async (change) => {
      try {
        return await applyLayerChange(store, change);
      } catch (error) {
        if (isLayerStoreError(error)) throw error;
        throw (await import("./layer-store")).asStoreError(error);
      }
    },
    onSuccess: (layer, change) => {
      queryClient.setQueryData<StoredLayer[]>(IMPORTED_LAYERS_KEY, (list) =>
        list ? updateLayerList(list, change, layer) : list,
      );
    },
    // After a failure the list may no longer be what the store holds: read it again. After a
    // success onSuccess has set it, and reading every layer back (26 s at 1,000,000 features)
    // would only say the same.
    onError: () => queryClient.invalidateQueries({ queryKey: IMPORTED_LAYERS_KEY }),
  });
}
