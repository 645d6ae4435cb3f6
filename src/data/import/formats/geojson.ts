// GeoJSON as exports write it: a FeatureCollection, a lone Feature, a bare geometry, or one
// Feature per line (newline-delimited). The "crs" member of old (2008) GeoJSON is read too.

import { appendAll } from "../../../domain/arrays";
import { describeFound } from "../../../domain/schema-rules";
import { importMessage } from "../../import-messages";
import { fileMessage } from "../../messages";
import { parseJson } from "../../parse-layer";
import { type RawLayer, rawLayer, unreadableLayer } from "./raw-layer";

const GEOMETRY_TYPES = new Set([
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "GeometryCollection",
]);

function describeTopLevel(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (typeof value !== "object" || value === null) return describeFound(value);
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" ? `a ${JSON.stringify(type)}` : "an object without “type”";
}

/** "EPSG:9206" or the like from a 2008-style {"crs": {"type": "name", "properties": {"name": …}}}. */
function declaredCrs(value: Record<string, unknown>): string | null {
  const crs = value.crs as { properties?: { name?: unknown } } | undefined;
  const name = crs?.properties?.name;
  return typeof name === "string" ? name : null;
}

/** The features of an already parsed GeoJSON value. */
export function featuresOf(value: unknown, file: string): RawLayer {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return unreadableLayer(
      importMessage("geojson-not-features", { file, property: "type" }, { found: describeTopLevel(value) }),
    );
  }
  const object = value as Record<string, unknown>;
  let layer: RawLayer;
  if (object.type === "FeatureCollection") {
    if (!Array.isArray(object.features)) {
      return unreadableLayer(
        fileMessage(
          "features-not-array",
          { file, property: "features" },
          { found: describeFound(object.features) },
        ),
      );
    }
    layer = rawLayer(object.features);
  } else if (object.type === "Feature") layer = rawLayer([object]);
  else if (typeof object.type === "string" && GEOMETRY_TYPES.has(object.type)) {
    layer = rawLayer([{ type: "Feature", geometry: object, properties: {} }]);
  } else {
    return unreadableLayer(
      importMessage("geojson-not-features", { file, property: "type" }, { found: describeTopLevel(value) }),
    );
  }
  layer.declaredCrs = declaredCrs(object);
  return layer;
}

export function readGeoJson(text: string, file: string): RawLayer {
  const json = parseJson(text);
  if (!json.ok) {
    // A file of one JSON object per line fails as a whole but reads line by line.
    if (looksLineDelimited(text)) return readNdjson(text, file);
    const { reason, line, column } = json.failure;
    return unreadableLayer(
      fileMessage("json-syntax", { file }, { found: reason, line: line ?? 0, column: column ?? 0 }),
    );
  }
  return featuresOf(json.value, file);
}

function looksLineDelimited(text: string): boolean {
  const lines = text.split("\n", 3).filter((line) => line.trim() !== "");
  return lines.length >= 2 && lines.every((line) => line.trimStart().startsWith("{"));
}

const RECORD_SEPARATOR = "\u001e";

export function readNdjson(text: string, file: string): RawLayer {
  const features: unknown[] = [];
  const messages = [];
  const lines = text.split(/\r?\n/u);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (line === "" || line === RECORD_SEPARATOR) continue;
    // RFC 8142 sequences start each record with a record separator.
    const json = parseJson(line.startsWith(RECORD_SEPARATOR) ? line.slice(1) : line);
    if (!json.ok) {
      messages.push(
        importMessage(
          "ndjson-line",
          { file, featureIndex: features.length },
          { found: json.failure.reason, used: String(index + 1) },
        ),
      );
      continue;
    }
    const value = json.value as { type?: unknown } | null;
    if (value && typeof value === "object" && value.type === "FeatureCollection") {
      appendAll(features, featuresOf(value, file).features);
    } else if (
      value &&
      typeof value === "object" &&
      typeof value.type === "string" &&
      GEOMETRY_TYPES.has(value.type)
    ) {
      features.push({ type: "Feature", geometry: value, properties: {} });
    } else features.push(value);
  }
  return rawLayer(features, messages);
}
