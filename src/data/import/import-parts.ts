// The import engine's pieces around the main flow (import-file.ts): what a file's columns are,
// what is handed back when a file is refused, and which CRS a request means.
import type { Kind, Message } from "../../domain/types";
import { importMessage } from "../import-messages";
import { fileSizeProblem } from "../limits";
import { type Crs, parseCrs } from "./crs";
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

export function sampleProperties(features: readonly unknown[]): Record<string, unknown>[] {
  return features
    .slice(0, 500)
    .map((feature) => (feature as { properties?: unknown } | null)?.properties)
    .filter(
      (properties): properties is Record<string, unknown> =>
        typeof properties === "object" && properties !== null,
    );
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

export function resolveCrs(
  request: ImportRequest,
  declared: string | null,
  file: string,
  messages: Message[],
): Crs | null | "refused" {
  const text = request.crs ?? declared;
  if (text === null || text.trim() === "") return null;
  const crs = parseCrs(text);
  if (crs !== null) return crs;
  const found = JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
  // A CRS the user typed must be right; one a file declares is only a hint.
  messages.push(
    importMessage("crs-unknown", { file }, { found }, request.crs !== null ? "error" : "warning"),
  );
  return request.crs !== null ? "refused" : null;
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
