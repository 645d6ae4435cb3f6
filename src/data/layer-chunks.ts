// A layer's features kept in chunks of their own, apart from the layer's record: one IndexedDB
// value of a million features (a 200 MB file) made Chromium abort the write ("AbortError") after
// the whole import had run, and the layer was lost. Chunks of CHUNK_FEATURES are written in one
// transaction with the record, so a layer is stored whole or not at all. A chunk is the JSON of its
// features, as UTF-8 bytes (as the import worker sends them) or as text: Chromium reads either
// back far faster than it rebuilds the same objects from a structured clone (26 s for 1,000,000
// features). Records written before chunks existed (features inside the record) are read as they
// are.
import type { FeatureCollection } from "geojson";
import type { DBSchema, IDBPDatabase } from "idb";

export const CHUNK_FEATURES = 20_000;

/** What the "layers" store holds: the layer, its features moved to "chunks" when `chunks` is set. */
export interface LayerRecord {
  id: string;
  collection: FeatureCollection;
  /** How many chunks hold the features; absent in records written before chunks existed. */
  chunks?: number;
}

type ChunkKey = [string, number];

export interface ChunkedDatabase<Record extends LayerRecord> extends DBSchema {
  layers: { key: string; value: Record };
  /** JSON of a run of features, as text or UTF-8 bytes. */
  chunks: { key: ChunkKey; value: string | Uint8Array };
}

/** Chunks already made for a collection (by the import worker), so they are not made again. */
const madeChunks = new WeakMap<FeatureCollection, readonly Uint8Array[]>();

/** Remembers the JSON of a collection's features, CHUNK_FEATURES to a chunk, in order. */
export function rememberChunks(collection: FeatureCollection, chunks: readonly Uint8Array[]): void {
  madeChunks.set(collection, chunks);
}

const decoder = new TextDecoder();

/** Every chunk key of a layer: [id, 0] … [id, ∞). */
const chunkRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** Writes the layer's record and chunks, replacing any earlier ones, in one transaction. */
export async function putChunked<Record extends LayerRecord>(
  database: IDBPDatabase<ChunkedDatabase<Record>>,
  layer: Record,
): Promise<void> {
  const features = layer.collection.features;
  const chunks = Math.ceil(features.length / CHUNK_FEATURES);
  const made = madeChunks.get(layer.collection);
  const ready = made?.length === chunks ? made : null;
  const record = { ...layer, collection: { ...layer.collection, features: [] }, chunks };
  const transaction = database.transaction(["layers", "chunks"], "readwrite");
  const writes: Promise<unknown>[] = [transaction.objectStore("chunks").delete(chunkRange(layer.id))];
  for (let chunk = 0; chunk < chunks; chunk++) {
    const value =
      ready?.[chunk] ?? JSON.stringify(features.slice(chunk * CHUNK_FEATURES, (chunk + 1) * CHUNK_FEATURES));
    writes.push(transaction.objectStore("chunks").put(value, [layer.id, chunk]));
  }
  writes.push(transaction.objectStore("layers").put(record as Record));
  writes.push(transaction.done);
  await Promise.all(writes);
  // Stored: the chunks are not needed again (the page holds the features themselves).
  madeChunks.delete(layer.collection);
}

/** A record with its features put back from its chunks. */
async function assemble<Record extends LayerRecord>(
  database: IDBPDatabase<ChunkedDatabase<Record>>,
  record: Record,
): Promise<Record> {
  if (record.chunks === undefined) return record;
  const parts = await database.getAll("chunks", chunkRange(record.id));
  const features: FeatureCollection["features"] = [];
  for (const part of parts) {
    const text = typeof part === "string" ? part : decoder.decode(part);
    const chunk = JSON.parse(text) as FeatureCollection["features"];
    for (let index = 0; index < chunk.length; index++) features.push(chunk[index] as (typeof chunk)[number]);
  }
  const { chunks: _chunks, ...layer } = record;
  return { ...layer, collection: { ...record.collection, features } } as Record;
}

export async function getChunked<Record extends LayerRecord>(
  database: IDBPDatabase<ChunkedDatabase<Record>>,
  id: string,
): Promise<Record | undefined> {
  const record = await database.get("layers", id);
  return record === undefined ? undefined : assemble(database, record);
}

export async function getAllChunked<Record extends LayerRecord>(
  database: IDBPDatabase<ChunkedDatabase<Record>>,
): Promise<Record[]> {
  const records = await database.getAll("layers");
  const layers: Record[] = [];
  for (const record of records) layers.push(await assemble(database, record));
  return layers;
}

export async function deleteChunked<Record extends LayerRecord>(
  database: IDBPDatabase<ChunkedDatabase<Record>>,
  id: string,
): Promise<void> {
  const transaction = database.transaction(["layers", "chunks"], "readwrite");
  await Promise.all([
    transaction.objectStore("chunks").delete(chunkRange(id)),
    transaction.objectStore("layers").delete(id),
    transaction.done,
  ]);
}
