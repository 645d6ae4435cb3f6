// Zips (KMZ, zipped Shapefiles) opened within limits: a 1 MB zip can inflate to gigabytes. The
// sizes and the number of entries are read from the zip's central directory before anything is
// inflated, and inflating counts what comes out, in case the directory lies.
import JSZip from "jszip";
import type { Message } from "../../../domain/types";
import { importMessage } from "../../import-messages";
import { LIMITS, limitMessage, megabytes } from "../../limits";
import { errorText } from "./raw-layer";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

interface Directory {
  entries: number;
  uncompressed: number;
}

/** Entries and total uncompressed size from the central directory; null if it cannot be found. */
export function readDirectory(bytes: Uint8Array): Directory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    const entries = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    let uncompressed = 0;
    for (let index = 0; index < entries; index++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
      const size = view.getUint32(offset + 24, true);
      // 0xFFFFFFFF defers to a ZIP64 record: count it as too much rather than read on.
      uncompressed += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      offset +=
        46 +
        view.getUint16(offset + 28, true) +
        view.getUint16(offset + 30, true) +
        view.getUint16(offset + 32, true);
    }
    return { entries: entries === 0xffff ? Number.POSITIVE_INFINITY : entries, uncompressed };
  }
  return null;
}

/** What inflating may still produce, shared by every entry of one zip. */
interface Budget {
  left: number;
}

/** Thrown when inflating passes the budget. */
class Overflow extends Error {}

interface StreamHelper {
  on(event: "data", listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end" | "error", listener: (error?: unknown) => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

function inflate(entry: JSZip.JSZipObject, budget: Budget): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (entry as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk) => {
        if (budget.left < 0) return;
        size += chunk.length;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stream.pause();
          reject(new Overflow());
        } else chunks.push(chunk);
      })
      .on("error", (error) => reject(error))
      .on("end", () => {
        const whole = new Uint8Array(size);
        let at = 0;
        for (const chunk of chunks) {
          whole.set(chunk, at);
          at += chunk.length;
        }
        resolve(whole);
      })
      .resume();
  });
}

export interface OpenedZip {
  /** Names of the files inside, folders left out. */
  names: string[];
  /** A file's bytes; throws ZipLimit once everything inflated so far passes the limit. */
  bytes(name: string): Promise<Uint8Array | null>;
  text(name: string): Promise<string | null>;
}

/** A zip's problem as the message to give, or the opened zip (`limit`: for tests). */
export async function openZip(
  bytes: Uint8Array,
  file: string,
  limit: number = LIMITS.fileBytes,
): Promise<OpenedZip | Message> {
  const directory = readDirectory(bytes);
  if (directory !== null && directory.entries > LIMITS.zipEntries)
    return limitMessage("zip-too-many-entries", { file }, { count: directory.entries });
  if (directory !== null && directory.uncompressed > limit)
    return limitMessage("zip-too-large", { file }, { found: megabytes(directory.uncompressed) });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return importMessage("zip-invalid", { file }, { found: errorText(error) });
  }
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  if (names.length > LIMITS.zipEntries)
    return limitMessage("zip-too-many-entries", { file }, { count: names.length });
  const budget: Budget = { left: limit };
  const read = async (name: string) => {
    const entry = zip.files[name];
    return entry ? inflate(entry, budget) : null;
  };
  return {
    names,
    bytes: read,
    text: async (name) => {
      const content = await read(name);
      return content === null ? null : new TextDecoder().decode(content);
    },
  };
}

/** The message for an error thrown while inflating, or null when it is not about the limit. */
export function zipLimitMessage(error: unknown, file: string): Message | null {
  return error instanceof Overflow
    ? limitMessage("zip-too-large", { file }, { found: `> ${megabytes(LIMITS.fileBytes)}` })
    : null;
}
