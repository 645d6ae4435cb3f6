// The app's view of the imported layers: the list (from IndexedDB through TanStack Query), the
// merge mode the user chose, and changes to the list. Store problems come back as a bilingual
// text for the interface to show.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import {
  importedLayersQuery,
  isLayerStoreError,
  layerChangeMutation,
  type StoredLayer,
} from "../../data/imported-layers";
import type { MergeMode } from "../../data/merge-imported";
import { textsFor } from "../../i18n";
import { useImportServices } from "./import-services";

const MODE_KEY = "binhyen.import.mode";
const listeners = new Set<() => void>();
let currentMode: MergeMode | null = null;

function readMode(storage: Pick<Storage, "getItem"> | null): MergeMode {
  if (currentMode) return currentMode;
  try {
    currentMode = storage?.getItem(MODE_KEY) === "replace-sample" ? "replace-sample" : "add";
  } catch {
    currentMode = "add";
  }
  return currentMode;
}

function writeMode(storage: Pick<Storage, "setItem"> | null, mode: MergeMode) {
  currentMode = mode;
  try {
    storage?.setItem(MODE_KEY, mode);
  } catch {
    // storage full or blocked: the choice holds until the page is reloaded
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type ProblemText = { vi: string; en: string };

export function problemText(error: unknown): ProblemText | null {
  if (!error) return null;
  if (isLayerStoreError(error)) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    vi: textsFor("vi").t("import.unexpected", { detail }),
    en: textsFor("en").t("import.unexpected", { detail }),
  };
}

export interface ImportedLayersState {
  /** Empty while loading or when the store cannot be read. */
  layers: StoredLayer[];
  isLoading: boolean;
  /** Why the stored layers cannot be read, for the user; null when all is well. */
  problem: ProblemText | null;
  mode: MergeMode;
  setMode(mode: MergeMode): void;
}

const NO_LAYERS: StoredLayer[] = [];

export function useImportedLayers(): ImportedLayersState {
  const { store, memory } = useImportServices();
  const query = useQuery(importedLayersQuery(store));
  const mode = useSyncExternalStore(subscribe, () => readMode(memory));
  return {
    layers: query.data ?? NO_LAYERS,
    isLoading: query.isPending,
    problem: problemText(query.error),
    mode,
    setMode: (next) => writeMode(memory, next),
  };
}

/** `mutateAsync({ type: "rename", id, name })` and the other LayerChange types. */
export function useLayerChange() {
  const { store } = useImportServices();
  const queryClient = useQueryClient();
  return useMutation(layerChangeMutation(store, queryClient));
}
