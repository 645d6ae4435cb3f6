// Straight-line distances in kilometres: great-circle (haversine) on the mean Earth sphere, the
// radius turf and the planner use, so every part of the app reports the same distance.

type Brand<T, Name extends string> = T & { readonly __brand: Name };

/** A distance in kilometres; metres or degrees must be converted before they can pass as one. */
export type Kilometres = Brand<number, "Kilometres">;

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;
const RADIANS_PER_DEGREE = Math.PI / 180;

export const kilometres = (value: number) => value as Kilometres;

/** Cosine of a latitude given in degrees: computed once per point, reused for every pair. */
export const latitudeCosine = (latitude: number) => Math.cos(latitude * RADIANS_PER_DEGREE);

export function distanceKm(
  longitude1: number,
  latitude1: number,
  cosine1: number,
  longitude2: number,
  latitude2: number,
  cosine2: number,
): Kilometres {
  const halfNorth = Math.sin(((latitude2 - latitude1) * RADIANS_PER_DEGREE) / 2);
  const halfEast = Math.sin(((longitude2 - longitude1) * RADIANS_PER_DEGREE) / 2);
  const a = halfNorth * halfNorth + cosine1 * cosine2 * halfEast * halfEast;
  return (2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))) as Kilometres;
}

/**
 * A plane in kilometres around one reference latitude. Only for finding the nearest hamlet, where
 * the order of distances matters and not their exact values.
 */
export interface LocalProjection {
  kilometresPerDegreeEast: number;
  kilometresPerDegreeNorth: number;
}

export function localProjection(referenceLatitude: number): LocalProjection {
  const kilometresPerDegreeNorth = RADIANS_PER_DEGREE * EARTH_RADIUS_KM;
  return {
    kilometresPerDegreeNorth,
    kilometresPerDegreeEast: kilometresPerDegreeNorth * latitudeCosine(referenceLatitude),
  };
}
