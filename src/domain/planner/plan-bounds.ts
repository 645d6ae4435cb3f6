// The box a plan occupies on the map: its picks and the R-km reach drawn around each, so that a
// map framed on it shows every circle whole.
import { EARTH_RADIUS_KM } from "./distance";

const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

/** West, south, east, north around every pick's reach; null without picks. */
export function planBounds(
  picks: readonly { longitude: number; latitude: number }[],
  radiusKm: number,
): [number, number, number, number] | null {
  if (picks.length === 0) return null;
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const reach = Math.max(radiusKm, 0);
  for (const { longitude, latitude } of picks) {
    const latitudeSpan = reach / KM_PER_DEGREE;
    // A degree of longitude shrinks with the cosine of the latitude: the circle's widest point.
    const longitudeSpan = reach / (KM_PER_DEGREE * Math.max(Math.cos((latitude * Math.PI) / 180), 1e-6));
    bounds[0] = Math.min(bounds[0], longitude - longitudeSpan);
    bounds[1] = Math.min(bounds[1], latitude - latitudeSpan);
    bounds[2] = Math.max(bounds[2], longitude + longitudeSpan);
    bounds[3] = Math.max(bounds[3], latitude + latitudeSpan);
  }
  return bounds;
}
