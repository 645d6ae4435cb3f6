// When the app draws a tile archive instead of reading the data's files, and where it finds the
// archive's figures. The files are read while they are few enough for the browser: up to
// TILED_ABOVE_FEATURES features (the province scale of 100,000 incidents is read, joined and
// tiled in the page in a few seconds; ten times that is not). Past that, or when the manifest
// lists no files at all, the archive and its tables stand in for them.
import { queryOptions } from "@tanstack/react-query";
import type { Manifest } from "../manifest-types";
import type { FetchText } from "../queries";
import { parseAggregates, type TileAggregates } from "./aggregates";

/** Features (units + hamlets + sites + incidents) above which the archive is drawn instead of the files. */
export const TILED_ABOVE_FEATURES = 250_000;

/** `nation.pmtiles` → `nation.aggregates.json`, the table `geodata tiles` writes beside it. */
export function aggregatesPathOf(archive: string): string {
  return `${archive.replace(/\.pmtiles$/u, "")}.aggregates.json`;
}

export function featureCount(aggregates: TileAggregates): number {
  const { units, hamlets, sites, incidents } = aggregates.counts;
  return units + hamlets + sites + incidents;
}

/** True: draw the archive; false: read the files. */
export function drawsTiles(manifest: Manifest, aggregates: TileAggregates | null): boolean {
  if (!manifest.tiles || !aggregates) return false;
  return manifest.files.length === 0 || featureCount(aggregates) > TILED_ABOVE_FEATURES;
}

/**
 * The archive sure to be drawn, known from the manifest alone (it lists no files): the map can
 * start reading its header and directories while the table is still being read.
 */
export function archiveDrawnAhead(manifest: Manifest | null): string | null {
  return manifest?.tiles && manifest.files.length === 0 ? manifest.tiles : null;
}

export interface LoadedAggregates {
  aggregates: TileAggregates | null;
  /** Why the table could not be used; null when it could. */
  problem: string | null;
}

const defaultRead: FetchText = async (url) => {
  const response = await fetch(url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

/** The archive's table; never rejects. Relative to geodata/, so only the app's own origin is asked. */
export function aggregatesQuery(baseUrl: string, archive: string | null, read: FetchText = defaultRead) {
  const path = archive ? aggregatesPathOf(archive) : "";
  return queryOptions({
    queryKey: ["geodata", baseUrl, "aggregates", path] as const,
    enabled: archive !== null,
    queryFn: async (): Promise<LoadedAggregates> => {
      try {
        const text = await read(`${baseUrl}${path}`);
        if (text === null) return { aggregates: null, problem: `${path}: not found` };
        const parsed = parseAggregates(text);
        return parsed.ok
          ? { aggregates: parsed.value, problem: null }
          : { aggregates: null, problem: `${path}: ${parsed.reason}` };
      } catch (error) {
        return {
          aggregates: null,
          problem: `${path}: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
