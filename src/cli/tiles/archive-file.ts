// A PMTiles archive written to disk tile by tile, in any order: each distinct tile's bytes go to
// a scratch file as they come (identical tiles stored once, found by a SHA-1 of their bytes),
// and only the directory entries stay in memory. `finish` writes the head and copies the data
// in tile-id order, so the archive is clustered as readers over HTTP prefer.
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { zxyToTileId } from "pmtiles";
import { type ArchiveOptions, archiveHead, type DirectoryEntry } from "../../data/tiles/pmtiles-writer";

interface Stored {
  tileId: number;
  offset: number;
  length: number;
}

const COPY_BUFFER_BYTES = 4 * 1024 * 1024;

export class ArchiveFile {
  private readonly scratch: number;
  private readonly stored: Stored[] = [];
  private readonly byHash = new Map<string, number>();
  private scratchLength = 0;
  private minZoom = 255;
  private maxZoom = 0;
  private west = 180;
  private south = 90;
  private east = -180;
  private north = -90;

  constructor(private readonly scratchPath: string) {
    this.scratch = openSync(scratchPath, "w+");
  }

  get tileCount(): number {
    return this.stored.length;
  }

  add(z: number, x: number, y: number, data: Uint8Array): void {
    const hash = createHash("sha1").update(data).digest("base64");
    let offset = this.byHash.get(hash);
    if (offset === undefined) {
      offset = this.scratchLength;
      writeSync(this.scratch, data, 0, data.length, offset);
      this.scratchLength += data.length;
      this.byHash.set(hash, offset);
    }
    this.stored.push({ tileId: zxyToTileId(z, x, y), offset, length: data.length });
    this.minZoom = Math.min(this.minZoom, z);
    this.maxZoom = Math.max(this.maxZoom, z);
    const n = 2 ** z;
    const latitude = (row: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI;
    this.west = Math.min(this.west, (x / n) * 360 - 180);
    this.east = Math.max(this.east, ((x + 1) / n) * 360 - 180);
    this.north = Math.max(this.north, latitude(y));
    this.south = Math.min(this.south, latitude(y + 1));
  }

  /** Writes the archive to `path`; returns its size in bytes. The scratch file is removed. */
  finish(path: string, options: ArchiveOptions): number {
    if (this.stored.length === 0) throw new Error("A PMTiles archive needs at least one tile.");
    this.stored.sort((a, b) => a.tileId - b.tileId);
    const entries: DirectoryEntry[] = [];
    const newOffset = new Map<number, number>();
    const copyOrder: Stored[] = [];
    let dataLength = 0;
    let previousId = -1;
    for (const tile of this.stored) {
      if (tile.tileId === previousId) throw new Error(`Tile id ${tile.tileId} is given twice.`);
      previousId = tile.tileId;
      let offset = newOffset.get(tile.offset);
      if (offset === undefined) {
        offset = dataLength;
        newOffset.set(tile.offset, offset);
        copyOrder.push(tile);
        dataLength += tile.length;
      }
      const last = entries[entries.length - 1];
      if (last && last.offset === offset && last.tileId + last.runLength === tile.tileId) last.runLength += 1;
      else entries.push({ tileId: tile.tileId, offset, length: tile.length, runLength: 1 });
    }
    const head = archiveHead(
      entries,
      {
        addressedTiles: this.stored.length,
        tileContents: copyOrder.length,
        dataLength,
        minZoom: this.minZoom,
        maxZoom: this.maxZoom,
        bounds: options.bounds ?? [this.west, this.south, this.east, this.north],
      },
      options,
    );
    const out = openSync(path, "w");
    try {
      writeSync(out, head);
      const buffer = Buffer.allocUnsafe(COPY_BUFFER_BYTES);
      let filled = 0;
      const flush = () => {
        writeSync(out, buffer, 0, filled);
        filled = 0;
      };
      for (const tile of copyOrder) {
        if (tile.length > COPY_BUFFER_BYTES) {
          flush();
          const large = Buffer.allocUnsafe(tile.length);
          readSync(this.scratch, large, 0, tile.length, tile.offset);
          writeSync(out, large);
          continue;
        }
        if (filled + tile.length > COPY_BUFFER_BYTES) flush();
        readSync(this.scratch, buffer, filled, tile.length, tile.offset);
        filled += tile.length;
      }
      flush();
    } finally {
      closeSync(out);
      this.discard();
    }
    return head.length + dataLength;
  }

  discard(): void {
    try {
      closeSync(this.scratch);
    } catch {
      // already closed
    }
    rmSync(this.scratchPath, { force: true });
  }
}
