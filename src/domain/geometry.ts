// Pure geometry helpers for checking and normalising rings, and a small spatial index for the
// location join. No turf here: the join runs for every incident (100 000 and more), so it must
// not allocate a GeoJSON object per point.
import type { MultiPolygon, Polygon, Position } from "geojson";

export type Ring = Position[];

/** Signed area (shoelace), in squared coordinate units; positive when the ring runs counter-clockwise. */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [x1 = 0, y1 = 0] = ring[previous] ?? [];
    const [x2 = 0, y2 = 0] = ring[index] ?? [];
    sum += (x1 - x2) * (y1 + y2);
  }
  return sum / 2;
}

export function isCounterClockwise(ring: readonly Position[]): boolean {
  return ringSignedArea(ring) > 0;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

function isRingClosed(ring: readonly Position[]): boolean {
  return ring.length > 0 && samePosition(ring[0], ring[ring.length - 1]);
}

export interface RingRepair {
  ring: Ring;
  closed: boolean;
  duplicatesRemoved: number;
}

/**
 * Drops repeated consecutive vertices (exports often double the vertices where tiles were cut)
 * and closes an open ring by repeating its first vertex.
 */
export function cleanRing(ring: readonly Position[]): RingRepair {
  const cleaned: Ring = [];
  let duplicatesRemoved = 0;
  for (const position of ring) {
    if (samePosition(cleaned[cleaned.length - 1], position)) duplicatesRemoved++;
    else cleaned.push(position);
  }
  const first = cleaned[0];
  const closed = first !== undefined && !isRingClosed(cleaned);
  if (closed && first !== undefined) cleaned.push([...first]);
  return { ring: cleaned, closed, duplicatesRemoved };
}

/** A closed ring needs at least four positions (a triangle plus the repeated first one). */
export function isDegenerateRing(ring: readonly Position[]): boolean {
  return ring.length < 4 || ringSignedArea(ring) === 0;
}

/** RFC 7946: exterior rings counter-clockwise, holes clockwise. */
function rewindPolygonRings(rings: readonly Ring[]): { rings: Ring[]; changed: boolean } {
  let changed = false;
  const rewound = rings.map((ring, index) => {
    const wantCounterClockwise = index === 0;
    if (isCounterClockwise(ring) === wantCounterClockwise) return ring;
    changed = true;
    return [...ring].reverse();
  });
  return { rings: rewound, changed };
}

export function rewindGeometry<G extends Polygon | MultiPolygon>(
  geometry: G,
): { geometry: G; changed: boolean } {
  if (geometry.type === "Polygon") {
    const { rings, changed } = rewindPolygonRings(geometry.coordinates);
    return { geometry: { ...geometry, coordinates: rings }, changed };
  }
  let changed = false;
  const coordinates = geometry.coordinates.map((polygon) => {
    const result = rewindPolygonRings(polygon);
    changed ||= result.changed;
    return result.rings;
  });
  return { geometry: { ...geometry, coordinates }, changed };
}

export type PositionProblem = "not-a-position" | "not-finite" | "longitude-range" | "latitude-range";

/** Why a position cannot be a WGS84 longitude/latitude pair, or null when it can. */
export function positionProblem(position: unknown): PositionProblem | null {
  if (!Array.isArray(position) || position.length < 2) return "not-a-position";
  const [longitude, latitude] = position as unknown[];
  if (typeof longitude !== "number" || typeof latitude !== "number") return "not-finite";
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return "not-finite";
  if (longitude < -180 || longitude > 180) return "longitude-range";
  if (latitude < -90 || latitude > 90) return "latitude-range";
  return null;
}

type BoundingBox = [west: number, south: number, east: number, north: number];

function ringsBoundingBox(rings: readonly (readonly Position[])[]): BoundingBox {
  const box: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** Even-odd ray casting over flat [x0, y0, x1, y1, …] rings: holes fall out without special cases. */
function insideRings(rings: readonly Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    const count = ring.length / 2;
    for (let index = 0, previous = count - 1; index < count; previous = index++) {
      const xi = ring[index * 2] as number;
      const yi = ring[index * 2 + 1] as number;
      const xj = ring[previous * 2] as number;
      const yj = ring[previous * 2 + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

interface IndexedPolygon<Key> {
  key: Key;
  box: BoundingBox;
  rings: Float64Array[];
}

export interface UnitIndex<Key> {
  /** The key of the first polygon that contains the point, or null. */
  locate(longitude: number, latitude: number): Key | null;
}

/**
 * Built once per dataset. Each polygon of a MultiPolygon gets its own bounding box, so a point
 * near a far-flung part is only tested against that part.
 */
export function buildUnitIndex<Key>(
  entries: readonly { key: Key; geometry: Polygon | MultiPolygon }[],
): UnitIndex<Key> {
  const polygons: IndexedPolygon<Key>[] = [];
  for (const { key, geometry } of entries) {
    const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of parts) {
      if (rings.length === 0) continue;
      polygons.push({
        key,
        box: ringsBoundingBox(rings),
        rings: rings.map((ring) => Float64Array.from(ring.flatMap(([x = 0, y = 0]) => [x, y]))),
      });
    }
  }
  return {
    locate(longitude, latitude) {
      for (const { key, box, rings } of polygons) {
        if (longitude < box[0] || longitude > box[2] || latitude < box[1] || latitude > box[3]) continue;
        if (insideRings(rings, longitude, latitude)) return key;
      }
      return null;
    },
  };
}
