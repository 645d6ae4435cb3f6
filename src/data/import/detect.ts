// Which format a file is, from its name first and its first bytes when the name says nothing.
import type { ImportFormat } from "./import-types";
import { isZip, zipContent } from "./zip-entries";

const BY_EXTENSION: Record<string, ImportFormat> = {
  geojson: "geojson",
  json: "geojson",
  ndjson: "ndjson",
  geojsonl: "ndjson",
  geojsons: "ndjson",
  jsonl: "ndjson",
  csv: "csv",
  tsv: "csv",
  txt: "csv",
  kml: "kml",
  kmz: "kmz",
  zip: "shapefile-zip",
  topojson: "topojson",
  xlsx: "xlsx",
  xlsm: "xlsx",
  // The old binary workbook is refused by the xlsx reader with what to do about it.
  xls: "xlsx",
};

/** The compound-file header of the old binary Office formats (.xls, .doc). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((byte, index) => bytes[index] === byte);
}

const ZIP_FORMATS: Record<string, ImportFormat> = { xlsx: "xlsx", kmz: "kmz", shapefile: "shapefile-zip" };

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

function firstText(bytes: Uint8Array): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return new TextDecoder("latin1").decode(bytes.subarray(start, start + 4096)).trimStart();
}

/** The format, or null when neither name nor content tells. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat | null {
  const zip = isZip(bytes);
  const byName = BY_EXTENSION[extension(fileName)];
  if (zip) {
    // An .xlsx is a zip too: what it holds decides, whatever its name says.
    const found = ZIP_FORMATS[zipContent(bytes)?.content ?? ""];
    if (found) return found;
    return byName === "kmz" || byName === "xlsx" ? byName : "shapefile-zip";
  }
  if (byName === "kmz" || byName === "shapefile-zip") return null;
  if (isCompoundFile(bytes)) return "xlsx";
  const head = firstText(bytes);
  if (byName === "geojson" || byName === "topojson") {
    if (/^\{\s*"type"\s*:\s*"Topology"/u.test(head)) return "topojson";
    return byName;
  }
  // A workbook name on text (older systems save CSV as .xls) is judged by the content.
  if (byName !== undefined && byName !== "xlsx") return byName;
  if (head.startsWith("<")) return "kml";
  if (/^\{\s*"type"\s*:\s*"Topology"/u.test(head)) return "topojson";
  if (head.startsWith("{") || head.startsWith("[")) return "geojson";
  if (/^[^\n]*[,;\t][^\n]*\n/u.test(head)) return "csv";
  return null;
}
