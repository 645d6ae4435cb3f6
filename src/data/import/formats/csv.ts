// CSV and TSV from Excel and GIS tools: the separator is guessed (Vietnamese Excel writes ";"),
// coordinates come from columns named for them (English or Vietnamese) or from a WKT column,
// and decimal commas are accepted. Values stay text unless they are plain numbers.
import Papa from "papaparse";
import { foldNameKeepingPrefix } from "../../../domain/names";
import type { Message } from "../../../domain/types";
import { importMessage } from "../../import-messages";
import { type RawLayer, rawLayer } from "./raw-layer";
import { parseWkt } from "./wkt";

const LATITUDE_NAMES = [
  "lat",
  "latitude",
  "vido",
  "y",
  "toadoy",
  "coordy",
  "northing",
  "lat_dd",
  "ycoord",
  "pointy",
];
const LONGITUDE_NAMES = [
  "lon",
  "lng",
  "long",
  "longitude",
  "kinhdo",
  "x",
  "toadox",
  "coordx",
  "easting",
  "lon_dd",
  "xcoord",
  "pointx",
];
const WKT_NAMES = ["wkt", "wktgeom", "geometry", "geom", "thegeom", "shape", "hinhhoc"];

const folded = (names: readonly string[]) => new Set(names.map((name) => foldNameKeepingPrefix(name)));
const LATITUDE = folded(LATITUDE_NAMES);
const LONGITUDE = folded(LONGITUDE_NAMES);
const WKT = folded(WKT_NAMES);

export interface CoordinateColumns {
  latitude: string | null;
  longitude: string | null;
  wkt: string | null;
}

/** The coordinate columns among a header, by folded name ("Vĩ độ" → "vido"). */
export function findCoordinateColumns(columns: readonly string[]): CoordinateColumns {
  const find = (names: Set<string>) =>
    columns.find((column) => names.has(foldNameKeepingPrefix(column))) ?? null;
  const latitude = find(LATITUDE);
  const longitude = find(LONGITUDE);
  const pair = latitude !== null && longitude !== null;
  return { latitude: pair ? latitude : null, longitude: pair ? longitude : null, wkt: find(WKT) };
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/u;
const DECIMAL_COMMA = /^-?\d+,\d+$/u;

/** Plain numbers become numbers; "03730", "1.234,5", "true" stay text for the schema to judge. */
export function csvValue(text: string): string | number {
  return PLAIN_NUMBER.test(text.trim()) ? Number(text.trim()) : text;
}

function coordinate(text: unknown, commas: { count: number; example: string }): number | null {
  if (typeof text !== "string") return null;
  const trimmed = text.trim().replace(/\s/gu, "");
  if (trimmed === "") return null;
  let value = trimmed;
  if (DECIMAL_COMMA.test(trimmed)) {
    value = trimmed.replace(",", ".");
    commas.count++;
    commas.example ||= trimmed;
  }
  const number = Number(value);
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/u.test(value) && Number.isFinite(number) ? number : null;
}

export function readCsv(text: string, file: string): RawLayer & { columns: string[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: "greedy",
  });
  // Headers are kept exactly as written (" Dân số" stays a different name from "Dân số"); matching
  // them to our names folds spaces away anyway.
  const columns = (parsed.meta.fields ?? []).filter((column) => column !== "");
  const messages: Message[] = [];
  for (const error of parsed.errors.slice(0, 20)) {
    if (error.type === "Delimiter") continue;
    messages.push(
      importMessage(
        "csv-row-shape",
        { file, featureIndex: error.row ?? null },
        { found: error.message, expected: `${columns.length} columns` },
      ),
    );
  }
  const where = findCoordinateColumns(columns);
  if (where.latitude === null && where.wkt === null && parsed.data.length > 0) {
    messages.push(
      importMessage(
        "csv-no-coordinates",
        { file },
        { found: columns.map((column) => `“${column}”`).join(", ") },
        "warning",
      ),
    );
  }
  const used = new Set([where.latitude, where.longitude, where.wkt].filter((column) => column !== null));
  const commas = { count: 0, example: "" };
  const features = parsed.data.map((row, index) => {
    const properties: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      if (used.has(column) || column === "") continue;
      properties[column] = Array.isArray(value) ? value.join(",") : csvValue(value ?? "");
    }
    let geometry: unknown = null;
    if (where.latitude !== null && where.longitude !== null) {
      const latText = row[where.latitude] ?? "";
      const lonText = row[where.longitude] ?? "";
      const latitude = coordinate(latText, commas);
      const longitude = coordinate(lonText, commas);
      if (latitude !== null && longitude !== null)
        geometry = { type: "Point", coordinates: [longitude, latitude] };
      else if (latText.trim() !== "" || lonText.trim() !== "") {
        messages.push(
          importMessage(
            "csv-bad-coordinates",
            { file, featureIndex: index, property: where.latitude },
            { found: JSON.stringify(`${latText}; ${lonText}`) },
          ),
        );
      }
    }
    if (geometry === null && where.wkt !== null && (row[where.wkt] ?? "").trim() !== "") {
      geometry = parseWkt(row[where.wkt] ?? "");
      if (geometry === null) {
        const value = row[where.wkt] ?? "";
        messages.push(
          importMessage(
            "wkt-invalid",
            { file, featureIndex: index, property: where.wkt },
            { found: JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value) },
          ),
        );
      }
    }
    return { type: "Feature", geometry, properties };
  });
  if (commas.count > 0) {
    messages.push(
      importMessage(
        "csv-decimal-comma",
        { file },
        { count: commas.count, found: JSON.stringify(commas.example) },
      ),
    );
  }
  return { ...rawLayer(features, messages), columns };
}
