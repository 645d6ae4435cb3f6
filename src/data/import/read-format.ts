// One entry per format: bytes in, RawLayer out, with the text encoding that was used.

import type { Message } from "../../domain/types";
import { LIMITS } from "../limits";
import { sheetMessage } from "../sheet-messages";
import { type DecodedText, decodeBytes } from "./encoding";
import { readCsv } from "./formats/csv";
import { readGeoJson, readNdjson } from "./formats/geojson";
import { readKml, readKmz } from "./formats/kml";
import { type RawLayer, unreadableLayer } from "./formats/raw-layer";
import { readShapefileZip } from "./formats/shapefile";
import type { TableInfo } from "./formats/table";
import { readTopoJson } from "./formats/topojson";
import type { ImportFormat, ImportSheet } from "./import-types";
import { zipContent } from "./zip-entries";

export interface ReadFile {
  format: ImportFormat;
  layer: RawLayer;
  encoding: string;
  /** Columns in file order, when the format has a header (CSV, sheets). */
  columns: string[] | null;
  /** True when the decoded text holds no Latin-1 letters or symbols, so no legacy encoding. */
  latin1Free: boolean;
  /** For tables (CSV, sheets): the header row and what the coordinates show of the decimal mark. */
  table: TableInfo | null;
  /** For workbooks: every sheet, and the one read. */
  sheets: ImportSheet[] | null;
  sheet: string | null;
}

export interface ReadOptions {
  sheet: string | null;
  headerRow: number | null;
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

/** Lines in another encoding than the file's, as a message, or nothing. */
function mixedEncoding(decoded: DecodedText, file: string): Message[] {
  const other = decoded.otherLines;
  if (!other) return [];
  const found = `${other.lines.join(", ")}${other.count > other.lines.length ? ", …" : ""}`;
  const details = { count: other.count, found, used: other.encoding, expected: decoded.encoding };
  return [sheetMessage("mixed-encoding", { file }, details)];
}

const NOT_TABLE = { columns: null, table: null, sheets: null, sheet: null };

export async function readFormat(
  format: ImportFormat,
  bytes: Uint8Array,
  file: string,
  options: ReadOptions = { sheet: null, headerRow: null },
): Promise<ReadFile> {
  if (format === "xlsx") {
    // Loaded when a workbook comes, so other imports do not carry it.
    const { readXlsx } = await import("./formats/xlsx");
    const read = await readXlsx(bytes, file, options);
    const { table, ...layer } = read.layer;
    return {
      format,
      layer,
      encoding: "binary",
      columns: table?.columns ?? null,
      latin1Free: false,
      table,
      sheets: read.sheets,
      sheet: read.sheet,
    };
  }
  if (format === "kmz" || format === "shapefile-zip") {
    // A .kmz says for itself that it lacks a KML; a .zip of nothing we read is named here.
    const content = format === "shapefile-zip" ? zipContent(bytes) : null;
    // Past the entry limit the zip is refused as too large, whatever it holds (readers say so).
    if (content?.content === "other" && content.names.length <= LIMITS.zipEntries) {
      const shown = content.names.slice(0, 8).join(", ") + (content.names.length > 8 ? ", …" : "");
      const layer = unreadableLayer(
        sheetMessage("zip-unrecognised", { file }, { found: shown || "(nothing)" }),
      );
      return { format, layer, encoding: "binary", latin1Free: false, ...NOT_TABLE };
    }
    const layer = format === "kmz" ? await readKmz(bytes, file) : await readShapefileZip(bytes, file);
    return { format, layer, encoding: layer.encoding ?? "binary", latin1Free: false, ...NOT_TABLE };
  }
  const decoded = decodeBytes(bytes);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const latin1Free = decoded.encoding.startsWith("UTF-8") ? utf8Latin1Free(bytes, text) : !LATIN1.test(text);
  const encoding = decoded.encoding;
  const withEncoding = (layer: RawLayer): RawLayer => ({
    ...layer,
    messages: [...mixedEncoding(decoded, file), ...layer.messages],
  });
  switch (format) {
    case "csv": {
      const { table, ...layer } = readCsv(text, file, options.headerRow);
      return {
        format,
        layer: withEncoding(layer),
        encoding,
        latin1Free,
        ...NOT_TABLE,
        columns: table.columns,
        table,
      };
    }
    case "kml":
      return { format, layer: withEncoding(readKml(text, file)), encoding, latin1Free, ...NOT_TABLE };
    case "topojson":
      return { format, layer: withEncoding(readTopoJson(text, file)), encoding, latin1Free, ...NOT_TABLE };
    case "ndjson":
      return { format, layer: withEncoding(readNdjson(text, file)), encoding, latin1Free, ...NOT_TABLE };
    default:
      return {
        format: "geojson",
        layer: withEncoding(readGeoJson(text, file)),
        encoding,
        latin1Free,
        ...NOT_TABLE,
      };
  }
}
