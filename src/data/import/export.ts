// Writing a layer back out, every property kept: GeoJSON as is, or CSV for spreadsheets (UTF-8
// with a byte-order mark so Excel shows Vietnamese correctly; points as lon/lat columns, other
// geometries as WKT). Reading either back gives the same features and properties.
import type { FeatureCollection, Geometry, Position } from "geojson";
import Papa from "papaparse";

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

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export function layerToCsv(collection: FeatureCollection): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const feature of collection.features) {
    for (const key of Object.keys(feature.properties ?? {})) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const pointsOnly = collection.features.every(
    (feature) => feature.geometry === null || feature.geometry.type === "Point",
  );
  const geometryColumns = pointsOnly ? ["lon", "lat"] : ["wkt"];
  const rows = collection.features.map((feature) => {
    const geometry = feature.geometry;
    const place =
      geometry === null
        ? geometryColumns.map(() => "")
        : pointsOnly && geometry.type === "Point"
          ? [String(geometry.coordinates[0]), String(geometry.coordinates[1])]
          : [geometryToWkt(geometry)];
    return [...place, ...columns.map((column) => cell(feature.properties?.[column]))];
  });
  return `\ufeff${Papa.unparse({ fields: [...geometryColumns, ...columns], data: rows }, { newline: "\r\n" })}\r\n`;
}
