// The columns of a table that hold coordinates, by their folded names (English or Vietnamese:
// "Vĩ độ" → "vido"), or a WKT geometry.
import { foldNameKeepingPrefix } from "../../../domain/names";

const LATITUDE_NAMES = [
  "lat",
  "latitude",
  "vido",
  "vidobac",
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
  "kinhdodong",
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
