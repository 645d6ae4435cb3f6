// The names and sizes in a zip's central directory, read without inflating anything: enough to tell
// an Excel workbook (.xlsx is a zip) from a zipped Shapefile or a KMZ before choosing a reader.

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;

/** The entries, or null when the directory cannot be found or read (a damaged or ZIP64 archive). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== ENTRY_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export type ZipContent = "xlsx" | "kmz" | "shapefile" | "other";

/** What a zip holds, by its entries' names; null when they cannot be read. */
export function zipContent(bytes: Uint8Array): { content: ZipContent; names: string[] } | null {
  const entries = zipEntries(bytes);
  if (entries === null) return null;
  const names = entries.map((entry) => entry.name);
  const lower = names.map((name) => name.toLowerCase());
  if (lower.includes("xl/workbook.xml") || lower.includes("[content_types].xml"))
    return { content: lower.some((name) => name.startsWith("xl/")) ? "xlsx" : "other", names };
  if (lower.some((name) => name.endsWith(".shp"))) return { content: "shapefile", names };
  if (lower.some((name) => name.endsWith(".kml"))) return { content: "kmz", names };
  return { content: "other", names };
}
