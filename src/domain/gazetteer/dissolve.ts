// The union of neighbouring units that share their boundary vertex for vertex (generated data,
// exports from one topological source): every edge walked one way by one unit and the other way by
// its neighbour is an inner border and cancels; what is left chains into the outline. Linear in the
// number of vertices, where a general polygon union (turf's, on exact arithmetic) takes seconds at
// province scale. Returns null when the result is not one piece, so the caller can fall back to
// the general union (neighbours whose vertices differ, or parts that do not touch).
import type { MultiPolygon, Polygon, Position } from "geojson";
import { ringSignedArea } from "../geometry";

/** Vertices closer than this (degrees, about a centimetre) are the same vertex. */
const GRID = 1e7;

type Key = string;

const keyOf = (position: Position): Key =>
  `${Math.round((position[0] ?? 0) * GRID)},${Math.round((position[1] ?? 0) * GRID)}`;

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

/** Rings follow RFC 7946 (exteriors counter-clockwise), as the import and the check leave them. */
export function dissolveShared(geometries: readonly (Polygon | MultiPolygon)[]): Polygon | null {
  const positions = new Map<Key, Position>();
  // Directed edges "from>to" left after cancelling pairs walked both ways.
  const edges = new Set<string>();
  let cancelled = 0;
  for (const geometry of geometries) {
    for (const ring of ringsOf(geometry)) {
      for (let index = 0; index + 1 < ring.length; index++) {
        const from = keyOf(ring[index] as Position);
        const to = keyOf(ring[index + 1] as Position);
        if (from === to) continue;
        positions.set(from, ring[index] as Position);
        const reverse = `${to}>${from}`;
        if (edges.delete(reverse)) cancelled++;
        else edges.add(`${from}>${to}`);
      }
    }
  }
  if (cancelled === 0 && geometries.length > 1) return null;
  const outgoing = new Map<Key, Key[]>();
  for (const edge of edges) {
    const [from, to] = edge.split(">") as [Key, Key];
    outgoing.set(from, [...(outgoing.get(from) ?? []), to]);
  }
  const rings: Position[][] = [];
  for (const [start, targets] of outgoing) {
    while (targets.length > 0) {
      const ring: Position[] = [positions.get(start) as Position];
      let at = start;
      for (let steps = 0; steps <= edges.size; steps++) {
        const next = outgoing.get(at)?.pop();
        if (next === undefined) return null;
        ring.push(positions.get(next) as Position);
        at = next;
        if (at === start) break;
      }
      if (at !== start) return null;
      rings.push(ring);
    }
  }
  const exteriors = rings.filter((ring) => ringSignedArea(ring) > 0);
  if (exteriors.length !== 1) return null;
  const holes = rings.filter((ring) => ringSignedArea(ring) < 0);
  return { type: "Polygon", coordinates: [exteriors[0] as Position[], ...holes] };
}
