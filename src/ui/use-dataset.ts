import { type UseQueryResult, useQueries, useQuery } from "@tanstack/react-query";
import { useMemo, useSyncExternalStore } from "react";
import { assembleDataset, type Dataset } from "../data/dataset";
import { attemptWithSentences, sentencesLoaded, subscribeSentences } from "../data/message-sentences";
import type { ParsedLayer } from "../data/parse-layer";
import { type FetchText, gazetteerQuery, layerQuery, manifestQuery } from "../data/queries";
import type { TileAggregates } from "../data/tiles/aggregates";
import { aggregatesQuery, archiveDrawnAhead, drawsTiles } from "../data/tiles/tiled-dataset";
import type { Gazetteer } from "../domain/gazetteer/gazetteer-types";

export const GEODATA_BASE_URL = "geodata/";

/** The archive the map draws instead of the files, and the figures that come with it. */
export interface TiledData {
  /** The archive's path relative to geodata/. */
  archive: string;
  aggregates: TileAggregates;
}

export interface DatasetState {
  /** Null until the manifest and every file are read; then always a dataset, however broken. */
  dataset: Dataset | null;
  /** Files still loading, for the progress line. */
  pendingFiles: number;
  totalFiles: number;
  /** Set when the data is drawn from a tile archive (its layers in the dataset are then empty). */
  tiled: TiledData | null;
  /** The archive's path as soon as the manifest says it will be drawn, before its table is read. */
  archiveAhead: string | null;
  /** The official units (public/gazetteer/), for imports and today's communes; null until read. */
  gazetteer: Gazetteer | null;
}

// Stable, so TanStack Query only re-combines when a query result really changed.
function combineLayers(results: UseQueryResult<ParsedLayer>[]) {
  const parsedLayers = results.map((result) => result.data);
  const loaded = parsedLayers.filter((parsed): parsed is ParsedLayer => parsed !== undefined);
  return { loaded, pendingFiles: parsedLayers.length - loaded.length };
}

/**
 * Whether the data checks' sentences are in (src/data/message-sentences.ts); renders again when
 * they arrive, for the steps that waited for them (attemptWithSentences).
 */
export function useSentencesLoaded(): boolean {
  return useSyncExternalStore(subscribeSentences, sentencesLoaded);
}

// Each file is a query of its own, so a broken file only empties its own layer.
// `read` replaces the server for another source of files (the generated province).
export function useDataset(baseUrl: string = GEODATA_BASE_URL, read?: FetchText): DatasetState {
  const manifestResult = useQuery(manifestQuery(baseUrl, read));
  const manifest = manifestResult.data?.manifest ?? null;
  // With an archive named, its small table decides first whether the files are read at all.
  const aggregatesResult = useQuery(aggregatesQuery(baseUrl, manifest?.tiles ?? null, read));
  const decided = manifest !== null && (!manifest.tiles || aggregatesResult.data !== undefined);
  const aggregates = aggregatesResult.data?.aggregates ?? null;
  const tiles = manifest !== null && decided && drawsTiles(manifest, aggregates);
  const entries = decided && !tiles ? (manifest?.files ?? []) : [];
  const layers = useQueries({
    queries: entries.map((entry) => layerQuery(baseUrl, entry, read)),
    combine: combineLayers,
  });
  // Read beside the data, never failing: without it units are simply not looked up by name.
  const gazetteer = useQuery(gazetteerQuery()).data?.gazetteer ?? null;
  const gazetteerRead = gazetteer !== null;
  const manifestData = manifestResult.data;
  const sentences = useSentencesLoaded();
  const dataset = useMemo(() => {
    if (!manifestData || (manifestData.manifest && !decided) || layers.pendingFiles > 0 || !gazetteerRead)
      return null;
    // A join with something to say waits for the messages' sentences, then runs again.
    const dataset = attemptWithSentences(sentences, () =>
      assembleDataset(manifestData.manifest, tiles ? [] : layers.loaded, manifestData.messages, gazetteer),
    );
    if (dataset) performance.mark("binhyen:dataset-assembled");
    return dataset;
  }, [manifestData, layers, decided, tiles, gazetteer, gazetteerRead, sentences]);
  const tiled = useMemo(
    () => (tiles && manifest?.tiles && aggregates ? { archive: manifest.tiles, aggregates } : null),
    [tiles, manifest, aggregates],
  );
  return {
    dataset,
    pendingFiles: layers.pendingFiles,
    totalFiles: entries.length,
    tiled,
    archiveAhead: archiveDrawnAhead(manifest),
    gazetteer,
  };
}
