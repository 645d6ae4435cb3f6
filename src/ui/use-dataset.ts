import { type UseQueryResult, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { assembleDataset, type Dataset } from "../data/dataset";
import type { ParsedLayer } from "../data/parse-layer";
import { gazetteerQuery, layerQuery, manifestQuery } from "../data/queries";
import type { Gazetteer } from "../domain/gazetteer/gazetteer-types";

export const GEODATA_BASE_URL = "geodata/";

export interface DatasetState {
  /** Null until the manifest and every file are read; then always a dataset, however broken. */
  dataset: Dataset | null;
  /** Files still loading, for the progress line. */
  pendingFiles: number;
  totalFiles: number;
  /** The official units (public/gazetteer/), for imports and today's communes; null until read. */
  gazetteer: Gazetteer | null;
}

// Stable, so TanStack Query only re-combines when a query result really changed.
function combineLayers(results: UseQueryResult<ParsedLayer>[]) {
  const parsedLayers = results.map((result) => result.data);
  const loaded = parsedLayers.filter((parsed): parsed is ParsedLayer => parsed !== undefined);
  return { loaded, pendingFiles: parsedLayers.length - loaded.length };
}

// Each file is a query of its own, so a broken file only empties its own layer.
export function useDataset(baseUrl: string = GEODATA_BASE_URL): DatasetState {
  const manifestResult = useQuery(manifestQuery(baseUrl));
  const entries = manifestResult.data?.manifest?.files ?? [];
  const layers = useQueries({
    queries: entries.map((entry) => layerQuery(baseUrl, entry)),
    combine: combineLayers,
  });
  // Read beside the data, never failing: without it units are simply not looked up by name.
  const gazetteer = useQuery(gazetteerQuery()).data?.gazetteer ?? null;
  const gazetteerRead = gazetteer !== null;
  const manifestData = manifestResult.data;
  const dataset = useMemo(() => {
    if (!manifestData || layers.pendingFiles > 0 || !gazetteerRead) return null;
    const dataset = assembleDataset(manifestData.manifest, layers.loaded, manifestData.messages, gazetteer);
    performance.mark("binhyen:dataset-assembled");
    return dataset;
  }, [manifestData, layers, gazetteer, gazetteerRead]);
  return { dataset, pendingFiles: layers.pendingFiles, totalFiles: entries.length, gazetteer };
}
