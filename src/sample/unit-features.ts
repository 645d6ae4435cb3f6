import { featureCollection, area as geodesicArea, intersect, polygon } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import type { UnitProperties } from "../domain/types";
import type { CellPlan, DistrictGeometry } from "./district-geometry";
import { DISTRICT_NAME, PROVINCE_NAME } from "./district-table";
import type { Ring } from "./planar";
import { toLongitudeLatitude } from "./projection";

// Turns the planned cells into GeoJSON units in longitude/latitude: exact intersection with the
// outline (turf/polyclip handles cells that the outline splits in two), six-decimal rounding,
// and one shared vertex wherever two cells meet, so neighbours carry identical edges.

export type UnitFeatureRaw = Feature<Polygon | MultiPolygon, UnitProperties>;

function closed(ring: Ring): Position[] {
  const positions: Position[] = ring.map(([x, y]) => [x, y]);
  const first = positions[0];
  if (first) positions.push([...first]);
  return positions;
}

function planarPolygons(cell: CellPlan, outline: Ring): Position[][][] {
  if (cell.ownRing) return [[closed(cell.ownRing)]];
  if (!cell.convexCell) return [];
  const clipped = intersect(
    featureCollection([polygon([closed(outline)]), polygon([closed(cell.convexCell)])]),
  );
  if (!clipped) throw new Error(`the cell of ${cell.seed.name} is empty`);
  const parts =
    clipped.geometry.type === "Polygon" ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
  // The town lies strictly inside its host, so it is a hole of whichever part holds it.
  return parts.map((rings, index) => (index === 0 ? [...rings, ...cell.holes.map(closed)] : rings));
}

function ringSignedArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let index = 0; index + 1 < ring.length; index++) {
    const [x1 = 0, y1 = 0] = ring[index] as Position;
    const [x2 = 0, y2 = 0] = ring[index + 1] as Position;
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

/** Snaps every vertex to one canonical copy within a tenth of a metre, keyed on a coarse grid. */
class VertexSnapper {
  private readonly seen = new Map<string, Position[]>();
  snap(position: Position): Position {
    const [longitude = 0, latitude = 0] = position;
    const column = Math.round(longitude * 1e5);
    const row = Math.round(latitude * 1e5);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const known of this.seen.get(`${column + dx}:${row + dy}`) ?? []) {
          if (
            Math.abs((known[0] ?? 0) - longitude) <= 2.1e-6 &&
            Math.abs((known[1] ?? 0) - latitude) <= 2.1e-6
          ) {
            return known;
          }
        }
      }
    }
    const key = `${column}:${row}`;
    this.seen.set(key, [...(this.seen.get(key) ?? []), position]);
    return position;
  }
}

function finishRing(ring: Position[], snapper: VertexSnapper, exterior: boolean): Position[] {
  const cleaned: Position[] = [];
  for (const planar of ring) {
    const position = snapper.snap(toLongitudeLatitude(planar));
    const previous = cleaned[cleaned.length - 1];
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) cleaned.push(position);
  }
  const first = cleaned[0];
  const last = cleaned[cleaned.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) cleaned.push(first);
  // RFC 7946: exteriors counter-clockwise, holes clockwise.
  const counterClockwise = ringSignedArea(cleaned) > 0;
  const oriented = counterClockwise === exterior ? cleaned : [...cleaned].reverse();
  return oriented.map((position) => [position[0] ?? 0, position[1] ?? 0]);
}

export function buildUnitFeatures(geometry: DistrictGeometry): UnitFeatureRaw[] {
  const snapper = new VertexSnapper();
  return geometry.cells.map((cell) => {
    const polygons = planarPolygons(cell, geometry.outline).map((rings) =>
      rings.map((ring, index) => finishRing(ring, snapper, index === 0)),
    );
    const shape: Polygon | MultiPolygon =
      polygons.length === 1
        ? { type: "Polygon", coordinates: polygons[0] as Position[][] }
        : { type: "MultiPolygon", coordinates: polygons };
    const properties: UnitProperties = {
      code: cell.seed.code,
      name: cell.seed.name,
      unitType: cell.seed.unitType,
      district: DISTRICT_NAME,
      province: PROVINCE_NAME,
      areaKm2: Math.round(geodesicArea(shape) / 1e5) / 10,
      approximate: true,
    };
    return { type: "Feature", properties, geometry: shape };
  });
}
