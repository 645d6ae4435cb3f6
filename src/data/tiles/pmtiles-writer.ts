// A PMTiles v3 archive from a set of tiles, in memory: header, root directory (with leaf
// directories when the root would not fit in the first 16 KiB), JSON metadata, tile data.
// Identical tiles are stored once; consecutive tile ids with the same content become one run.
// Pure bytes in, bytes out: the same code serves the command line and the browser.

import { gzipSync } from "fflate";
import { Compression, TileType, zxyToTileId } from "pmtiles";
import { maxOf, minOf } from "../../domain/arrays";

export { Compression, TileType };

export interface Tile {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes as they are to be stored (already compressed if `tileCompression` says so). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tileType: TileType;
  /** How the tiles' bytes are compressed (the writer does not compress tiles itself). */
  tileCompression: Compression;
  /** How the directories and metadata are compressed: gzip (default) or none. */
  internalCompression?: Compression.Gzip | Compression.None;
  /** Written as the archive's JSON metadata (e.g. `vector_layers`, `name`, `attribution`). */
  metadata?: Record<string, unknown>;
  /** [west, south, east, north] in degrees; default: the tiles' extent. */
  bounds?: [number, number, number, number];
  /** [longitude, latitude, zoom]; default: the middle of the bounds at the lowest zoom. */
  center?: [number, number, number];
  /** Largest root directory in bytes; the format's limit is 16 KiB with the header. For tests. */
  maxRootDirectoryBytes?: number;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
const ROOT_LIMIT = 16_384 - HEADER_BYTES;

function writeVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** A directory as the spec lays it out: ids as deltas, then run lengths, lengths, offsets. */
function serialiseDirectory(entries: readonly Entry[], compression: Compression): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    writeVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) writeVarint(out, entry.runLength);
  for (const entry of entries) writeVarint(out, entry.length);
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    const follows = previous !== undefined && entry.offset === previous.offset + previous.length;
    writeVarint(out, follows ? 0 : entry.offset + 1);
  });
  return compress(new Uint8Array(out), compression);
}

function compress(bytes: Uint8Array, compression: Compression): Uint8Array {
  return compression === Compression.Gzip ? gzipSync(bytes, { mtime: 0 }) : bytes;
}

/** Root and leaf directories: leaves of growing size until the root fits. */
function directories(entries: Entry[], compression: Compression, rootLimit: number) {
  const root = serialiseDirectory(entries, compression);
  if (root.length <= rootLimit) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let start = 0; start < entries.length; start += leafSize) {
      const leaf = serialiseDirectory(entries.slice(start, start + leafSize), compression);
      const first = entries[start] as Entry;
      rootEntries.push({ tileId: first.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const rootBytes = serialiseDirectory(rootEntries, compression);
    if (rootBytes.length <= rootLimit || rootEntries.length === 1)
      return { root: rootBytes, leaves: concat(leafParts) };
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// Tiles are compared by content to store duplicates (the sea, empty land) once.
function contentKey(bytes: Uint8Array): string {
  let hash = 2166136261;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 16777619);
  return `${bytes.length}:${hash >>> 0}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function tileBounds(tiles: readonly Tile[]): [number, number, number, number] {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { z, x, y } of tiles) {
    const n = 2 ** z;
    const lon = (column: number) => (column / n) * 360 - 180;
    const lat = (row: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI;
    west = Math.min(west, lon(x));
    east = Math.max(east, lon(x + 1));
    north = Math.max(north, lat(y));
    south = Math.min(south, lat(y + 1));
  }
  return [west, south, east, north];
}

/** The archive's bytes. Throws on an empty tile list or a tile given twice. */
export function writePmtiles(tiles: readonly Tile[], options: ArchiveOptions): Uint8Array {
  if (tiles.length === 0) throw new Error("A PMTiles archive needs at least one tile.");
  const internal = options.internalCompression ?? Compression.Gzip;
  const sorted = tiles
    .map((tile) => ({ tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; data: Uint8Array }[]>();
  const dataParts: Uint8Array[] = [];
  let dataLength = 0;
  for (const { tile, tileId } of sorted) {
    const last = entries[entries.length - 1];
    if (last && last.tileId + last.runLength - 1 >= tileId)
      throw new Error(`Tile ${tile.z}/${tile.x}/${tile.y} is given twice.`);
    const key = contentKey(tile.data);
    const candidates = stored.get(key) ?? [];
    let offset = candidates.find((candidate) => sameBytes(candidate.data, tile.data))?.offset;
    if (offset === undefined) {
      offset = dataLength;
      candidates.push({ offset, data: tile.data });
      stored.set(key, candidates);
      dataParts.push(tile.data);
      dataLength += tile.data.length;
    }
    if (last && last.offset === offset && last.tileId + last.runLength === tileId) last.runLength += 1;
    else entries.push({ tileId, offset, length: tile.data.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries, internal, options.maxRootDirectoryBytes ?? ROOT_LIMIT);
  const metadata = compress(new TextEncoder().encode(JSON.stringify(options.metadata ?? {})), internal);
  const zooms = tiles.map((tile) => tile.z);
  const minZoom = minOf(zooms, 0);
  const bounds = options.bounds ?? tileBounds(tiles);
  const center = options.center ?? [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, minZoom];

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new Uint8Array(header.buffer).set(new TextEncoder().encode("PMTiles"), 0);
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, tiles.length);
  u64(80, entries.length);
  u64(88, dataParts.length);
  header.setUint8(96, 1); // clustered: tile data in tile-id order
  header.setUint8(97, internal);
  header.setUint8(98, options.tileCompression);
  header.setUint8(99, options.tileType);
  header.setUint8(100, minZoom);
  header.setUint8(101, maxOf(zooms, 0));
  const e7 = (at: number, degrees: number) => header.setInt32(at, Math.round(degrees * 1e7), true);
  e7(102, bounds[0]);
  e7(106, bounds[1]);
  e7(110, bounds[2]);
  e7(114, bounds[3]);
  header.setUint8(118, Math.round(center[2]));
  e7(119, center[0]);
  e7(123, center[1]);
  return concat([new Uint8Array(header.buffer), root, metadata, leaves, ...dataParts]);
}
