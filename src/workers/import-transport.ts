// How an import's result crosses from the worker to the page. Structured cloning a million
// features took the page 12.5 s in one piece (no click, no repaint meanwhile), and copies on either
// side of the message raised the peak memory to 6.4 times the file. The worker sends them instead
// as UTF-8 JSON in chunks of CHUNK_FEATURES, transferred (not copied), and drops each chunk's
// features once written; the page parses a chunk at a time, letting the page breathe between
// chunks. The same bytes then go to IndexedDB as they are (layer-chunks.ts keeps them for the
// collection): nothing is serialised twice.
import type { Feature, FeatureCollection } from "geojson";
import type { ImportResult } from "../data/import/import-types";
import { CHUNK_FEATURES, rememberChunks } from "../data/layer-chunks";

export interface PackedResult extends Omit<ImportResult, "collection" | "rejected"> {
  collection: Uint8Array[];
  rejected: Uint8Array[];
}

const encoder = new TextEncoder();

/** The features as JSON chunks; the collection is emptied on the way (its memory given back). */
function pack(collection: FeatureCollection): Uint8Array[] {
  const features = collection.features;
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < features.length; start += CHUNK_FEATURES) {
    chunks.push(encoder.encode(JSON.stringify(features.slice(start, start + CHUNK_FEATURES))));
    features.fill(undefined as unknown as Feature, start, start + CHUNK_FEATURES);
  }
  features.length = 0;
  return chunks;
}

/** In the worker: the result with its features as JSON chunks. Consumes the result's features. */
export function packResult(result: ImportResult): PackedResult {
  return { ...result, collection: pack(result.collection), rejected: pack(result.rejected) };
}

/** What the worker hands to postMessage as transferred rather than copied. */
export function transferables(packed: PackedResult): ArrayBuffer[] {
  return [...packed.collection, ...packed.rejected].map((chunk) => chunk.buffer as ArrayBuffer);
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const decoder = new TextDecoder();

async function unpack(chunks: readonly Uint8Array[]): Promise<FeatureCollection> {
  const features: Feature[] = [];
  for (let index = 0; index < chunks.length; index++) {
    if (index > 0) await nextTurn();
    const chunk = JSON.parse(decoder.decode(chunks[index])) as Feature[];
    for (let position = 0; position < chunk.length; position++) features.push(chunk[position] as Feature);
  }
  return { type: "FeatureCollection", features };
}

/** In the page: the result back, parsed chunk by chunk; the accepted chunks kept for storing. */
export async function unpackResult(packed: PackedResult): Promise<ImportResult> {
  const collection = await unpack(packed.collection);
  rememberChunks(collection, packed.collection);
  const rejected = await unpack(packed.rejected);
  return { ...packed, collection, rejected };
}
