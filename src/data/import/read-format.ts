// One entry per format: bytes in, RawLayer out, with the text encoding that was used.
import { decodeBytes } from "./encoding";
import { readCsv } from "./formats/csv";
import { readGeoJson, readNdjson } from "./formats/geojson";
import { readKml, readKmz } from "./formats/kml";
import type { RawLayer } from "./formats/raw-layer";
import { readShapefileZip } from "./formats/shapefile";
import { readTopoJson } from "./formats/topojson";
import type { ImportFormat } from "./import-types";

export interface ReadFile {
  format: ImportFormat;
  layer: RawLayer;
  encoding: string;
  /** Columns in file order, when the format has a header (CSV). */
  columns: string[] | null;
  /** True when the decoded text holds no Latin-1 letters or symbols, so no legacy encoding. */
  latin1Free: boolean;
}

const LATIN1 = /[\u00a1-\u00ff]/u;

/** For text decoded as UTF-8 (strictly, so no replacement characters) from bytes. */
function utf8Latin1Free(bytes: Uint8Array, text: string): boolean {
  // Every character beyond ASCII takes more bytes than UTF-16 units: as many units as bytes
  // (the BOM set aside) means plain ASCII, known without reading the text again.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (text.length === bytes.length - bom) return true;
  // In UTF-8, U+00A1–U+00FF are the only characters led by the bytes C2 and C3; finding neither
  // with the native byte search is far quicker than a regular expression over the text.
  return bytes.indexOf(0xc2) < 0 && bytes.indexOf(0xc3) < 0;
}

export async function readFormat(format: ImportFormat, bytes: Uint8Array, file: string): Promise<ReadFile> {
  if (format === "kmz" || format === "shapefile-zip") {
    const layer = format === "kmz" ? await readKmz(bytes, file) : await readShapefileZip(bytes, file);
    return { format, layer, encoding: layer.encoding ?? "binary", columns: null, latin1Free: false };
  }
  const decoded = decodeBytes(bytes);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const latin1Free = decoded.encoding.startsWith("UTF-8") ? utf8Latin1Free(bytes, text) : !LATIN1.test(text);
  switch (format) {
    case "csv": {
      const layer = readCsv(text, file);
      return { format, layer, encoding: decoded.encoding, columns: layer.columns, latin1Free };
    }
    case "kml":
      return { format, layer: readKml(text, file), encoding: decoded.encoding, columns: null, latin1Free };
    case "topojson":
      return {
        format,
        layer: readTopoJson(text, file),
        encoding: decoded.encoding,
        columns: null,
        latin1Free,
      };
    case "ndjson":
      return { format, layer: readNdjson(text, file), encoding: decoded.encoding, columns: null, latin1Free };
    default:
      return {
        format: "geojson",
        layer: readGeoJson(text, file),
        encoding: decoded.encoding,
        columns: null,
        latin1Free,
      };
  }
}
