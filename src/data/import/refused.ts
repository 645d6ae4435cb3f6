// What the engine hands back for a file it refuses. Light (no CRS or format code), so the page
// can refuse a file over the size limit without loading the engine or reading the file.
import type { Kind, Message } from "../../domain/types";
import { fileSizeProblem } from "../limits";
import type { ImportDetection, ImportFormat, ImportRequest, ImportResult } from "./import-types";

export const empty = () => ({ type: "FeatureCollection" as const, features: [] });

/** Property names in order of first appearance (a sample is enough for wide files). */
export function columnsOf(features: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const limit = Math.min(features.length, 5000);
  for (let index = 0; index < limit; index++) {
    const properties = (features[index] as { properties?: unknown } | null)?.properties;
    if (typeof properties === "object" && properties !== null)
      for (const key of Object.keys(properties)) seen.add(key);
  }
  return [...seen];
}

export interface Context {
  request: ImportRequest;
  format: ImportFormat;
  encoding: string;
  crs: string;
}

/** A file that yields nothing usable: every feature read is handed back as rejected. */
export function refusedResult(context: Context, messages: Message[], raw: readonly unknown[]): ImportResult {
  const kind = context.request.kind ?? "hamlets";
  const detection: ImportDetection = {
    format: context.format,
    encoding: context.encoding,
    crs: context.crs,
    kind,
    kindProposed: context.request.kind === null,
    fields: context.request.fields ?? {},
    columns: columnsOf(raw),
  };
  return {
    detection,
    counts: { read: raw.length, accepted: 0, rejected: raw.length, repaired: {} },
    messages,
    collection: empty(),
    rejected: { type: "FeatureCollection", features: raw as GeoJSON.Feature[] },
    featureIndices: [],
  };
}

/**
 * The result for a file over the size limit, made without reading it (the command line checks
 * the size on disk, the browser the File's size).
 */
export function refusedForSize(fileName: string, bytes: number, kind: Kind | null): ImportResult | null {
  const problem = fileSizeProblem(fileName, bytes);
  if (problem === null) return null;
  const request: ImportRequest = { fileName, bytes: new Uint8Array(0), kind, crs: null, fields: null };
  const context: Context = { request, format: "geojson", encoding: "UTF-8", crs: "EPSG:4326 (WGS 84)" };
  return refusedResult(context, [problem], []);
}
