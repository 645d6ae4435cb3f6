// Where a commune's name has room: the point inside the commune farthest from its edge and from
// its own marks (hamlets, sites), measured as a label needs it, about four times wider than tall.
// At the centroid a name sat on the commune police post and the commune's busiest hamlets, and
// gave way to them at projector sizes; here it starts in the commune's emptiest stretch.
import type { Position } from "geojson";

type Ring = Position[];

/** Horizontal room counts this much less than vertical room: names are wide and short. */
const ASPECT = 4;
const GRID = 24;

function inside(rings: Ring[], x: number, y: number): boolean {
  let result = false;
  for (const ring of rings) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      const [x1 = 0, y1 = 0] = ring[index] ?? [];
      const [x2 = 0, y2 = 0] = ring[previous] ?? [];
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) result = !result;
    }
  }
  return result;
}

/** Distance in label-shaped units: a point 4 km to the side is as close as one 1 km above. */
function labelDistance(dx: number, dy: number): number {
  return Math.max(Math.abs(dx) / ASPECT, Math.abs(dy));
}

function edgeDistance(rings: Ring[], x: number, y: number, xScale: number): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      const [x1 = 0, y1 = 0] = ring[previous] ?? [];
      const [x2 = 0, y2 = 0] = ring[index] ?? [];
      const dx = (x2 - x1) * xScale;
      const dy = y2 - y1;
      const px = (x - x1) * xScale;
      const py = y - y1;
      const along = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy || 1)));
      nearest = Math.min(nearest, labelDistance(px - along * dx, py - along * dy));
    }
  }
  return nearest;
}

/**
 * The grid point inside `rings` (the commune's largest part) with the most room, given the
 * obstacles (marks inside or near it); null when no grid point falls inside (a sliver). Ties go
 * to the point nearer the middle, so an empty commune is named in its middle.
 */
export function roomiestPoint(rings: Ring[], obstacles: readonly Position[]): Position | null {
  const outer = rings[0];
  if (!outer || outer.length < 4) return null;
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [x = 0, y = 0] of outer) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  // Degrees of longitude shrink with latitude: scale them to the latitude's length.
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const middle = [(west + east) / 2, (south + north) / 2] as const;
  const span = Math.max((east - west) * xScale, north - south) || 1;
  let best: { point: Position; score: number } | null = null;
  for (let column = 0; column < GRID; column++) {
    for (let row = 0; row < GRID; row++) {
      const x = west + ((column + 0.5) / GRID) * (east - west);
      const y = south + ((row + 0.5) / GRID) * (north - south);
      if (!inside(rings, x, y)) continue;
      let room = edgeDistance(rings, x, y, xScale);
      for (const [ox = 0, oy = 0] of obstacles)
        room = Math.min(room, labelDistance((x - ox) * xScale, y - oy));
      const offCentre = Math.hypot((x - middle[0]) * xScale, y - middle[1]) / span;
      const score = room * (1 - 0.25 * offCentre);
      if (!best || score > best.score) best = { point: [x, y], score };
    }
  }
  return best?.point ?? null;
}
