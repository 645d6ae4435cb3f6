import type { PlanarPoint } from "./projection";

// Plain planar geometry on rings of [x, y] kilometres. Rings here are open (the first vertex is
// not repeated) unless a function says otherwise.

export type Ring = PlanarPoint[];

/** Shoelace area; positive when the ring runs counter-clockwise. */
export function signedArea(ring: readonly PlanarPoint[]): number {
  let twice = 0;
  for (let index = 0; index < ring.length; index++) {
    const [x1, y1] = ring[index] as PlanarPoint;
    const [x2, y2] = ring[(index + 1) % ring.length] as PlanarPoint;
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

/** Even–odd ray casting; works for closed or open rings alike. */
export function ringContains(ring: readonly (readonly number[])[], x: number, y: number): boolean {
  let inside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const xi = ring[index]?.[0] ?? 0;
    const yi = ring[index]?.[1] ?? 0;
    const xj = ring[previous]?.[0] ?? 0;
    const yj = ring[previous]?.[1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies in the first ring and in none of the others (holes). */
export function polygonContains(rings: readonly (readonly (readonly number[])[])[], x: number, y: number) {
  const [exterior, ...holes] = rings;
  if (!exterior || !ringContains(exterior, x, y)) return false;
  return holes.every((hole) => !ringContains(hole, x, y));
}

function distanceToSegment(point: PlanarPoint, start: PlanarPoint, end: PlanarPoint): number {
  const dx = end[0] - start[0];
  const dy = end[1] - start[1];
  const lengthSquared = dx * dx + dy * dy;
  const along =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / lengthSquared));
  return Math.hypot(point[0] - (start[0] + along * dx), point[1] - (start[1] + along * dy));
}

export function distanceToRing(point: PlanarPoint, ring: readonly PlanarPoint[]): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (let index = 0; index < ring.length; index++) {
    const start = ring[index] as PlanarPoint;
    const end = ring[(index + 1) % ring.length] as PlanarPoint;
    nearest = Math.min(nearest, distanceToSegment(point, start, end));
  }
  return nearest;
}

/**
 * Keeps the part of a ring where normal · p ≤ limit (Sutherland–Hodgman against one half-plane).
 * For a non-convex ring the result may hold zero-width bridges along the cut line, but its
 * shoelace area is still exact, which is all the weight iteration needs.
 */
export function clipByHalfPlane(ring: readonly PlanarPoint[], normal: PlanarPoint, limit: number): Ring {
  const output: Ring = [];
  const side = (point: PlanarPoint) => normal[0] * point[0] + normal[1] * point[1] - limit;
  for (let index = 0; index < ring.length; index++) {
    const current = ring[index] as PlanarPoint;
    const following = ring[(index + 1) % ring.length] as PlanarPoint;
    const currentSide = side(current);
    const followingSide = side(following);
    if (currentSide <= 0) output.push(current);
    if (currentSide <= 0 !== followingSide <= 0) {
      const fraction = currentSide / (currentSide - followingSide);
      output.push([
        current[0] + fraction * (following[0] - current[0]),
        current[1] + fraction * (following[1] - current[1]),
      ]);
    }
  }
  return output;
}
