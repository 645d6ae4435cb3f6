// A small zip writer for hostile archives: what a zip says about its entries (the central
// directory) can be made to differ from what they hold, which no library writes on purpose.
import { deflateRawSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** The content, compressed with deflate here unless `deflated` is given. */
  content?: Uint8Array | string;
  /** Already deflated bytes and the size they inflate to (for bombs). */
  deflated?: { bytes: Uint8Array; size: number };
  /** What the central directory claims the entry inflates to, when it should lie. */
  claimedSize?: number;
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw =
      typeof entry.content === "string"
        ? Buffer.from(entry.content, "utf8")
        : Buffer.from(entry.content ?? []);
    const data = entry.deflated ? Buffer.from(entry.deflated.bytes) : deflateRawSync(raw);
    const size = entry.deflated ? entry.deflated.size : raw.length;
    const crc = entry.deflated ? 0 : crc32(raw);
    const claimed = entry.claimedSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(claimed, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(Math.min(claimed, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

/** `size` bytes of `fill`, deflated without ever holding them: a zip bomb's payload. */
export function deflatedRun(size: number, fill = 0x20): { bytes: Uint8Array; size: number } {
  // Deflating one megabyte and repeating its stored-free middle would be fragile; a stream of
  // repeated blocks compresses each megabyte to about a kilobyte, which is all a bomb needs.
  const block = deflateRawSync(Buffer.alloc(1 << 20, fill), { level: 9, finishFlush: 2 /* SYNC */ });
  const blocks = Math.ceil(size / (1 << 20));
  const final = deflateRawSync(Buffer.alloc(0));
  const parts: Buffer[] = [];
  for (let index = 0; index < blocks; index++) parts.push(block);
  parts.push(final);
  return { bytes: new Uint8Array(Buffer.concat(parts)), size: blocks << 20 };
}
