// What the import UI needs from outside React: the layer store, the import runner (worker), the
// engine's small synchronous helpers, a place to remember mappings and a way to save files.
// Tests hand in fakes through ImportProvider; the app gets the real ones by default.
import type { FeatureCollection } from "geojson";
import { createContext, type ReactNode, useContext } from "react";
import { type LayerStore, pageLayerStore } from "../../data/imported-layers";
import type { CsvLanguage } from "../../domain/csv-writer";
import type { Gazetteer } from "../../domain/gazetteer/gazetteer-types";
import type { Kind } from "../../domain/types";
import type { ImportRunner } from "../../workers/import-client";

/** The engine's synchronous helpers the panel calls on the main thread. */
export interface ImportTools {
  /** rows: a sample of the file's properties, so values can veto a column that only looks right. */
  proposeFields(
    kind: Kind,
    columns: readonly string[],
    rows?: readonly Record<string, unknown>[],
  ): Record<string, string>;
  provinces: readonly { name: string; meridian: number }[];
  /** Whether a typed CRS is understood, and as what; null when it is not. */
  describeCrs(text: string): string | null;
  layerToGeoJson(collection: FeatureCollection): string;
  layerToCsv(collection: FeatureCollection, language: CsvLanguage): string;
}

/** What the file pickers offer; anything else can still be dropped and is reported by the engine. */
export const ACCEPTED_FILES = ".geojson,.json,.ndjson,.csv,.tsv,.txt,.kml,.kmz,.zip,.topojson,.xlsx,.xls";

export type SaveFile = (fileName: string, blob: Blob) => void;

export interface ImportServices {
  store: LayerStore;
  /** Absent: the page's own (a worker), made with the first import (use-import-job.ts). */
  runner?: ImportRunner;
  /** null until the panel's code (and with it the engine's helpers) has loaded. */
  tools: ImportTools | null;
  memory: Pick<Storage, "getItem" | "setItem"> | null;
  saveFile: SaveFile;
  /** The official units to find codeless units in; absent: the app's own (public/gazetteer/). */
  gazetteer?: Gazetteer | null;
}

/** Blob URLs keep every download on the machine: no request leaves the page. */
export const saveWithBlobUrl: SaveFile = (fileName, blob) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

function pageStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: mappings are then simply not remembered
  }
}

let pageServices: Omit<ImportServices, "tools"> | null = null;

/** Created on first use, once per page: one database connection. */
function defaultServices(): Omit<ImportServices, "tools"> {
  pageServices ??= {
    store: pageLayerStore(),
    memory: pageStorage(),
    saveFile: saveWithBlobUrl,
  };
  return pageServices;
}

const ImportContext = createContext<Partial<ImportServices> | null>(null);

export function ImportProvider({ children, ...services }: Partial<ImportServices> & { children: ReactNode }) {
  return <ImportContext.Provider value={services}>{children}</ImportContext.Provider>;
}

export function useImportServices(): ImportServices {
  const given = useContext(ImportContext);
  if (given?.store && given.saveFile && given.memory !== undefined) {
    return { tools: null, ...given } as ImportServices;
  }
  return { tools: null, ...defaultServices(), ...given };
}
