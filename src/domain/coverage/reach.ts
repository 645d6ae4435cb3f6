// How far each hamlet lies from its unit's police post, and from the nearest model site as the
// sites open one after another: the staircase that lets any window's end be answered at once.
import type { Layers } from "../types";
import { dayNumber } from "./calendar";
import { distanceKm, EARTH_RADIUS_KM, type Kilometres, latitudeCosine } from "./distance";

export interface PlacedSite {
  longitude: number;
  latitude: number;
  cosine: number;
  /** Day it opened; −Infinity when unknown (taken as open from the start). */
  day: number;
  unit: number;
}

/** Along a meridian, in kilometres: no great-circle distance is shorter than its latitude part. */
const KILOMETRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

/** Model sites by opening day, and police posts by unit slot. */
export function placeSites(sites: Layers["sites"]["features"], unitOf: (code: string | null) => number) {
  const models: PlacedSite[] = [];
  const postsByUnit = new Map<number, PlacedSite[]>();
  for (const { geometry, properties } of sites) {
    const longitude = geometry.coordinates[0] as number;
    const latitude = geometry.coordinates[1] as number;
    const site: PlacedSite = {
      longitude,
      latitude,
      cosine: latitudeCosine(latitude),
      day: properties.since === null ? Number.NEGATIVE_INFINITY : dayNumber(properties.since),
      unit: unitOf(properties.unitCode),
    };
    if (properties.siteType === "model") models.push(site);
    else if (site.unit >= 0) {
      const posts = postsByUnit.get(site.unit) ?? [];
      posts.push(site);
      postsByUnit.set(site.unit, posts);
    }
  }
  models.sort((a, b) => a.day - b.day);
  return { models, postsByUnit };
}

export function nearestPost(
  posts: readonly PlacedSite[],
  longitude: number,
  latitude: number,
): Kilometres | null {
  const cosine = latitudeCosine(latitude);
  let nearest: Kilometres | null = null;
  for (const post of posts) {
    const distance = distanceKm(longitude, latitude, cosine, post.longitude, post.latitude, post.cosine);
    if (nearest === null || distance < nearest) nearest = distance;
  }
  return nearest;
}

/**
 * From reachDays[i] on, the nearest open model site lies reachDistances[i] away: days ascending,
 * distances strictly falling. `models` must be sorted by opening day.
 */
export function reachStaircase(models: readonly PlacedSite[], longitude: number, latitude: number) {
  const cosine = latitudeCosine(latitude);
  const reachDays: number[] = [];
  const reachDistances: Kilometres[] = [];
  let nearest = Number.POSITIVE_INFINITY;
  for (const site of models) {
    // Most sites are farther north or south than the nearest so far: skip them unmeasured.
    if (Math.abs(site.latitude - latitude) * KILOMETRES_PER_DEGREE >= nearest) continue;
    const distance = distanceKm(longitude, latitude, cosine, site.longitude, site.latitude, site.cosine);
    if (distance >= nearest) continue;
    nearest = distance;
    // Sites opening the same day: keep only the nearest of them.
    if (reachDays[reachDays.length - 1] === site.day) reachDistances[reachDistances.length - 1] = distance;
    else {
      reachDays.push(site.day);
      reachDistances.push(distance);
    }
  }
  return { reachDays, reachDistances };
}
