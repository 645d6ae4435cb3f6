// How an import's result crosses from the worker to the page. Structured cloning a million
// features took the page 12.5 s in one piece (no click, no repaint meanwhile); the worker sends
// them instead as JSON text in chunks of CHUNK_FEATURES, which the page parses a chunk at a time,
// letting the page breathe between chunks. The same texts then go to IndexedDB as they are
// (layer-chunks.ts keeps them for the collection), so nothing is serialised twice.
import type { Feature, FeatureCollection } from "geojson";
import type { ImportResult } from "../data/import/import-types";
import { CHUNK_FEATURES, rememberChunkTexts } from "../data/layer-chunks";

export interface PackedResult extends Omit<ImportResult, "collection" | "rejected"> {
  collection: string[];
  rejected: string[];
}

function pack(collection: FeatureCollection): string[] {
  const texts: string[] = [];
  for (let start = 0; start < collection.features.length; start += CHUNK_FEATURES)
    texts.push(JSON.stringify(collection.features.slice(start, start + CHUNK_FEATURES)));
  return texts;
}

/** In the worker: the result with its features as JSON text chunks. */
export function packResult(result: ImportResult): PackedResult {
  return { ...result, collection: pack(result.collection), rejected: pack(result.rejected) };
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function unpack(texts: readonly string[]): Promise<FeatureCollection> {
  const features: Feature[] = [];
  for (let index = 0; index < texts.length; index++) {
    if (index > 0) await nextTurn();
    const chunk = JSON.parse(texts[index] as string) as Feature[];
    for (let position = 0; position < chunk.length; position++) features.push(chunk[position] as Feature);
  }
  return { type: "FeatureCollection", features };
}

/** In the page: the result back, parsed chunk by chunk; the accepted texts kept for storing. */
export async function unpackResult(packed: PackedResult): Promise<ImportResult> {
  const collection = await unpack(packed.collection);
  rememberChunkTexts(collection, packed.collection);
  const rejected = await unpack(packed.rejected);
  return { ...packed, collection, rejected };
}
