// Great-circle distance on the mean Earth sphere (the radius turf and the coverage figures use).
// Neighbour searches compare the haversine term instead of kilometres: it grows with the
// distance, so "within R" needs no asin or square root per pair.
export const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** A point prepared once for many distance tests: radians and the cosine of its latitude. */
export interface PreparedPoint {
  longitude: number;
  latitude: number;
  cosine: number;
}

export function preparePoint(longitude: number, latitude: number): PreparedPoint {
  return {
    longitude: longitude * RADIANS,
    latitude: latitude * RADIANS,
    cosine: Math.cos(latitude * RADIANS),
  };
}

/** sin²(d / 2R) for the great-circle distance d between two prepared points. */
export function haversineTerm(a: PreparedPoint, b: PreparedPoint): number {
  const halfLatitude = Math.sin((b.latitude - a.latitude) / 2);
  const halfLongitude = Math.sin((b.longitude - a.longitude) / 2);
  return halfLatitude * halfLatitude + a.cosine * b.cosine * halfLongitude * halfLongitude;
}

/** The haversine term of a distance: pairs with a term at most this are within radiusKm. */
export function haversineTermOfKm(radiusKm: number): number {
  return Math.sin(Math.min(radiusKm / (2 * EARTH_RADIUS_KM), Math.PI / 2)) ** 2;
}

export function haversineKm(
  longitude1: number,
  latitude1: number,
  longitude2: number,
  latitude2: number,
): number {
  const term = haversineTerm(preparePoint(longitude1, latitude1), preparePoint(longitude2, latitude2));
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(term)));
}
