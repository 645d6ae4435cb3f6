import { type UseQueryResult, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { assembleDataset, type Dataset } from "../data/dataset";
import type { ParsedLayer } from "../data/parse-layer";
import { type FetchText, layerQuery, manifestQuery } from "../data/queries";

export const GEODATA_BASE_URL = "geodata/";

export interface DatasetState {
  /** Null until the manifest and every file are read; then always a dataset, however broken. */
  dataset: Dataset | null;
  /** Files still loading, for the progress line. */
  pendingFiles: number;
  totalFiles: number;
}

// Stable, so TanStack Query only re-combines when a query result really changed.
function combineLayers(results: UseQueryResult<ParsedLayer>[]) {
  const parsedLayers = results.map((result) => result.data);
  const loaded = parsedLayers.filter((parsed): parsed is ParsedLayer => parsed !== undefined);
  return { loaded, pendingFiles: parsedLayers.length - loaded.length };
}

// Each file is a query of its own, so a broken file only empties its own layer.
// `read` replaces the server for another source of files (the generated province).
export function useDataset(baseUrl: string = GEODATA_BASE_URL, read?: FetchText): DatasetState {
  const manifestResult = useQuery(manifestQuery(baseUrl, read));
  const entries = manifestResult.data?.manifest?.files ?? [];
  const layers = useQueries({
    queries: entries.map((entry) => layerQuery(baseUrl, entry, read)),
    combine: combineLayers,
  });
  const manifestData = manifestResult.data;
  const dataset = useMemo(() => {
    if (!manifestData || layers.pendingFiles > 0) return null;
    const dataset = assembleDataset(manifestData.manifest, layers.loaded, manifestData.messages);
    performance.mark("binhyen:dataset-assembled");
    return dataset;
  }, [manifestData, layers]);
  return { dataset, pendingFiles: layers.pendingFiles, totalFiles: entries.length };
}
