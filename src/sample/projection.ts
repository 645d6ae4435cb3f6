import type { Position } from "geojson";

// Geometry is generated in a local equirectangular projection in kilometres around the middle of
// the district: at this size (about 70 × 50 km) the area error is far below the ±25% tolerance,
// and plain planar formulas (bisectors, shoelace areas) stay exact and fast.

export type PlanarPoint = [x: number, y: number];

const ORIGIN_LONGITUDE = 103.66;
const ORIGIN_LATITUDE = 21.43;
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LATITUDE = (Math.PI / 180) * EARTH_RADIUS_KM;
const KM_PER_DEGREE_LONGITUDE = KM_PER_DEGREE_LATITUDE * Math.cos((ORIGIN_LATITUDE * Math.PI) / 180);

export function toPlanar(longitude: number, latitude: number): PlanarPoint {
  return [
    (longitude - ORIGIN_LONGITUDE) * KM_PER_DEGREE_LONGITUDE,
    (latitude - ORIGIN_LATITUDE) * KM_PER_DEGREE_LATITUDE,
  ];
}

/** Six decimals are about 0.1 m: finer than any sample needs, coarse enough to keep files small. */
function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function toLongitudeLatitude([x, y]: readonly number[]): Position {
  return [
    roundCoordinate(ORIGIN_LONGITUDE + (x ?? 0) / KM_PER_DEGREE_LONGITUDE),
    roundCoordinate(ORIGIN_LATITUDE + (y ?? 0) / KM_PER_DEGREE_LATITUDE),
  ];
}

export function positionToPlanar(position: Position): PlanarPoint {
  return toPlanar(position[0] ?? 0, position[1] ?? 0);
}
