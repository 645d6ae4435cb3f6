// Writing a layer back out. GeoJSON keeps every feature as the import left it: its geometry, our
// properties, the file's own properties with their text as written, and the feature's `id`, `bbox`
// and foreign members. CSV is for spreadsheets and keeps less (see layerToCsv).
import type { FeatureCollection, Geometry, Position } from "geojson";
import { type CsvLanguage, type CsvValue, writeCsv } from "../../domain/csv-writer";

export function layerToGeoJson(collection: FeatureCollection): string {
  return `${JSON.stringify({ type: "FeatureCollection", features: collection.features })}\n`;
}

const positionText = (position: Position) => `${position[0]} ${position[1]}`;
const ringText = (ring: Position[]) => `(${ring.map(positionText).join(", ")})`;
const polygonText = (rings: Position[][]) => `(${rings.map(ringText).join(", ")})`;

export function geometryToWkt(geometry: Geometry): string {
  switch (geometry.type) {
    case "Point":
      return `POINT (${positionText(geometry.coordinates)})`;
    case "MultiPoint":
      return `MULTIPOINT ${ringText(geometry.coordinates)}`;
    case "LineString":
      return `LINESTRING ${ringText(geometry.coordinates)}`;
    case "MultiLineString":
      return `MULTILINESTRING ${polygonText(geometry.coordinates)}`;
    case "Polygon":
      return `POLYGON ${polygonText(geometry.coordinates)}`;
    case "MultiPolygon":
      return `MULTIPOLYGON (${geometry.coordinates.map(polygonText).join(", ")})`;
    case "GeometryCollection":
      return `GEOMETRYCOLLECTION (${geometry.geometries.map(geometryToWkt).join(", ")})`;
  }
}

/** A feature's properties when they are an object; rejected features may hold anything. */
function propertiesOf(feature: unknown): Record<string, unknown> {
  const properties = (feature as { properties?: unknown } | null)?.properties;
  return typeof properties === "object" && properties !== null && !Array.isArray(properties)
    ? (properties as Record<string, unknown>)
    : {};
}

/** WKT for a well-formed geometry; the geometry's JSON text for one a rejected feature holds. */
function wktOrJson(geometry: Geometry): string {
  try {
    return geometryToWkt(geometry);
  } catch {
    return JSON.stringify(geometry) ?? "";
  }
}

/**
 * CSV for spreadsheets, through the one CSV writer (csv-writer.ts: formulas neutralised, ";" and a
 * decimal comma for Vietnamese Excel, "," and a decimal point for English). Points become lon/lat
 * columns, other geometries one WKT column (decimal points, as WKT has them). Read back by the
 * app's CSV reader, a row gives the same feature for what this file claims to keep: the point or
 * geometry, every one of our properties (text, numbers, true/false, dates; an empty cell is a
 * missing value), and the file's own columns as text, or as numbers when they were whole numbers
 * (in English also decimals). Not kept: a feature's `id`, `bbox` and foreign members; a text cell that starts with = + - @ comes back with the
 * apostrophe put before it; a decimal in one of the file's own columns comes back, in the
 * Vietnamese form, as text with its decimal comma; nested values come back as their JSON text.
 */
export function layerToCsv(collection: FeatureCollection, language: CsvLanguage): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const feature of collection.features) {
    for (const key of Object.keys(propertiesOf(feature))) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const pointsOnly = collection.features.every((feature) => {
    const geometry = feature?.geometry as Geometry | null | undefined;
    return geometry == null || (geometry.type === "Point" && Array.isArray(geometry.coordinates));
  });
  const geometryColumns = pointsOnly ? ["lon", "lat"] : ["wkt"];
  function* rows(): Generator<CsvValue[]> {
    for (const feature of collection.features) {
      const geometry = feature?.geometry as Geometry | null | undefined;
      const properties = propertiesOf(feature);
      const row: CsvValue[] =
        geometry == null
          ? geometryColumns.map(() => null)
          : pointsOnly && geometry.type === "Point"
            ? [geometry.coordinates[0], geometry.coordinates[1]]
            : [wktOrJson(geometry)];
      for (const column of columns)
        row.push(Object.hasOwn(properties, column) ? (properties[column] as CsvValue) : null);
      yield row;
    }
  }
  return writeCsv([...geometryColumns, ...columns], rows(), language);
}
