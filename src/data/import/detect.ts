// Which format a file is, from its name first and its first bytes when the name says nothing.
import type { ImportFormat } from "./import-types";

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
};

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
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const byName = BY_EXTENSION[extension(fileName)];
  if (byName === "kmz" || byName === "shapefile-zip") return isZip ? byName : null;
  const head = firstText(bytes);
  if (byName === "geojson" || byName === "topojson") {
    if (/^\{\s*"type"\s*:\s*"Topology"/u.test(head)) return "topojson";
    return byName;
  }
  if (byName !== undefined) return byName;
  if (isZip) return "shapefile-zip";
  if (head.startsWith("<")) return "kml";
  if (/^\{\s*"type"\s*:\s*"Topology"/u.test(head)) return "topojson";
  if (head.startsWith("{") || head.startsWith("[")) return "geojson";
  if (/^[^\n]*[,;\t][^\n]*\n/u.test(head)) return "csv";
  return null;
}
