import { maxOf } from "../domain/arrays";
import type { UnitSeed } from "./district-table";
import { clipByHalfPlane, type Ring, signedArea } from "./planar";
import { type PlanarPoint, toPlanar } from "./projection";
import type { Random } from "./random";

// The district outline: a smooth, irregular ring that wraps discs sized by each unit's listed
// area, so that edge units have room for their area and every centre lies well inside.

const VERTEX_COUNT = 540;
const SMOOTHING_HALF_WINDOW = 14;
export const OUTLINE_AREA_KM2 = 1535;
/** The district lies in 103.33–103.99 E, 21.20–21.63 N; keep a small margin inside that box. */
const BOUNDS_WEST_SOUTH = toPlanar(103.335, 21.205);
const BOUNDS_EAST_NORTH = toPlanar(103.985, 21.625);

interface Disc {
  centre: PlanarPoint;
  radius: number;
}

function farthestHit(origin: PlanarPoint, angle: number, disc: Disc): number {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const px = disc.centre[0] - origin[0];
  const py = disc.centre[1] - origin[1];
  const along = px * ux + py * uy;
  const offSquared = px * px + py * py - along * along;
  const reachSquared = disc.radius * disc.radius - offSquared;
  return reachSquared < 0 ? 0 : along + Math.sqrt(reachSquared);
}

function clampToBounds(ring: Ring): Ring {
  let clipped = ring;
  clipped = clipByHalfPlane(clipped, [-1, 0], -BOUNDS_WEST_SOUTH[0]);
  clipped = clipByHalfPlane(clipped, [0, -1], -BOUNDS_WEST_SOUTH[1]);
  clipped = clipByHalfPlane(clipped, [1, 0], BOUNDS_EAST_NORTH[0]);
  return clipByHalfPlane(clipped, [0, 1], BOUNDS_EAST_NORTH[1]);
}

function radialProfile(seeds: readonly UnitSeed[], origin: PlanarPoint, random: Random): number[] {
  const discs: Disc[] = seeds.map((seed) => ({
    centre: toPlanar(seed.longitude, seed.latitude),
    radius: Math.sqrt(seed.targetAreaKm2 / Math.PI),
  }));
  const raw: number[] = [];
  for (let step = 0; step < VERTEX_COUNT; step++) {
    const angle = (2 * Math.PI * step) / VERTEX_COUNT;
    raw.push(
      Math.max(
        1,
        maxOf(
          discs.map((disc) => farthestHit(origin, angle, disc)),
          1,
        ),
      ),
    );
  }
  // A moving window average removes the notches between discs, like a hand-drawn boundary.
  const smooth = raw.map((_, step) => {
    let sum = 0;
    for (let offset = -SMOOTHING_HALF_WINDOW; offset <= SMOOTHING_HALF_WINDOW; offset++) {
      sum += raw[(step + offset + VERTEX_COUNT) % VERTEX_COUNT] ?? 0;
    }
    return sum / (2 * SMOOTHING_HALF_WINDOW + 1);
  });
  // A few seeded waves make the line look like ridges and valleys rather than a blob.
  const waves = [4, 6, 9, 13, 19].map((frequency) => ({
    frequency,
    amplitude: random.between(0.015, 0.05) * (4 / frequency) ** 0.5,
    phase: random.between(0, 2 * Math.PI),
  }));
  return smooth.map((radius, step) => {
    const angle = (2 * Math.PI * step) / VERTEX_COUNT;
    const wobble = waves.reduce(
      (sum, wave) => sum + wave.amplitude * Math.sin(wave.frequency * angle + wave.phase),
      0,
    );
    return radius * (1 + wobble);
  });
}

function ringAtScale(origin: PlanarPoint, profile: readonly number[], scale: number): Ring {
  const ring: Ring = profile.map((radius, step) => {
    const angle = (2 * Math.PI * step) / VERTEX_COUNT;
    return [origin[0] + scale * radius * Math.cos(angle), origin[1] + scale * radius * Math.sin(angle)];
  });
  return clampToBounds(ring);
}

/** A counter-clockwise ring of about OUTLINE_AREA_KM2 around all the unit centres. */
export function generateOutline(seeds: readonly UnitSeed[], random: Random): Ring {
  const totalArea = seeds.reduce((sum, seed) => sum + seed.targetAreaKm2, 0);
  const origin = seeds.reduce<PlanarPoint>(
    (sum, seed) => {
      const [x, y] = toPlanar(seed.longitude, seed.latitude);
      const share = seed.targetAreaKm2 / totalArea;
      return [sum[0] + x * share, sum[1] + y * share];
    },
    [0, 0],
  );
  const profile = radialProfile(seeds, origin, random);
  // Area grows with the scale, so bisection finds the scale that gives the wanted total.
  let low = 0.3;
  let high = 2;
  for (let round = 0; round < 60; round++) {
    const middle = (low + high) / 2;
    if (signedArea(ringAtScale(origin, profile, middle)) < OUTLINE_AREA_KM2) low = middle;
    else high = middle;
  }
  return ringAtScale(origin, profile, (low + high) / 2);
}
