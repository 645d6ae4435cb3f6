// Geometry the style needs that MapLibre does not provide: one label point per commune and the
// extent of a collection. Pure functions over GeoJSON.
import type { FeatureCollection, Point, Position } from "geojson";
import type { Layers, UnitFeature, UnitProperties } from "../domain/types";
import { unitLabelRanks } from "./label-priority";
import { roomiestPoint } from "./label-room";
import type { BoundingBox } from "./map-state";

export interface UnitLabelProperties {
  code: string;
  labelVi: string;
  labelEn: string;
  /** Labelling order, 0 first (see label-priority.ts). */
  rank: number;
}

// ---------------------------------------------------------------------------------------------
// Label points. One point per commune, computed once: a symbol layer placed on the polygons
// themselves repeats the name on every tile the polygon crosses.

function ringArea(ring: Position[]): number {
  let twiceArea = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [x1 = 0, y1 = 0] = ring[previous] ?? [];
    const [x2 = 0, y2 = 0] = ring[index] ?? [];
    twiceArea += x1 * y2 - x2 * y1;
  }
  return twiceArea / 2;
}

function ringCentroid(ring: Position[]): Position {
  const area = ringArea(ring);
  let x = 0;
  let y = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [x1 = 0, y1 = 0] = ring[previous] ?? [];
    const [x2 = 0, y2 = 0] = ring[index] ?? [];
    const cross = x1 * y2 - x2 * y1;
    x += (x1 + x2) * cross;
    y += (y1 + y2) * cross;
  }
  return area === 0 ? (ring[0] ?? [0, 0]) : [x / (6 * area), y / (6 * area)];
}

/** Where a horizontal line at `latitude` crosses the polygon's rings, sorted west to east. */
function crossings(rings: Position[][], latitude: number): number[] {
  const found: number[] = [];
  for (const ring of rings) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      const [x1 = 0, y1 = 0] = ring[index] ?? [];
      const [x2 = 0, y2 = 0] = ring[previous] ?? [];
      if (y1 > latitude !== y2 > latitude) found.push(x1 + ((latitude - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  return found.sort((a, b) => a - b);
}

/**
 * A point inside the commune's largest part: its centroid when that falls inside (the usual
 * case), else the middle of the widest inside stretch along the centroid's latitude.
 */
export function labelPoint(feature: UnitFeature): Position {
  const { geometry } = feature;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce<Position[][] | undefined>(
    (best, polygon) =>
      !best || Math.abs(ringArea(polygon[0] ?? [])) > Math.abs(ringArea(best[0] ?? [])) ? polygon : best,
    undefined,
  );
  if (!largest?.[0]) return [0, 0];
  const [centreX = 0, centreY = 0] = ringCentroid(largest[0]);
  const xs = crossings(largest, centreY);
  let best: Position = largest[0][0] ?? [0, 0];
  let widest = -1;
  for (let index = 0; index + 1 < xs.length; index += 2) {
    const west = xs[index] ?? 0;
    const east = xs[index + 1] ?? 0;
    if (centreX >= west && centreX <= east) return [centreX, centreY];
    if (east - west > widest) {
      widest = east - west;
      best = [(west + east) / 2, centreY];
    }
  }
  return best;
}

const TYPE_PREFIX = /^(xã|thị trấn|phường)\s+/iu;

/**
 * On the map a commune is named without "Xã", as on printed district maps: the prefix repeated
 * 28 times is clutter on a projector. Towns keep a short "TT." so they are not taken for communes.
 */
export function unitLabelVietnamese(properties: UnitProperties): string {
  const bare = properties.name.replace(TYPE_PREFIX, "");
  if (properties.unitType === "town") return `TT. ${bare}`;
  if (properties.unitType === "ward") return `P. ${bare}`;
  return bare;
}

export function unitLabelEnglish(properties: UnitProperties): string {
  const bare = properties.name.replace(TYPE_PREFIX, "");
  if (properties.unitType === "town") return `${bare} town`;
  if (properties.unitType === "ward") return `${bare} ward`;
  return bare;
}

export type LabelPoints = FeatureCollection<Point, UnitLabelProperties>;
type Marks = Pick<Layers, "hamlets" | "sites">;
const NO_MARKS: Marks = {
  hamlets: { type: "FeatureCollection", features: [] },
  sites: { type: "FeatureCollection", features: [] },
};
const labelCache = new WeakMap<Layers["units"], { marks: Marks; points: LabelPoints }>();

/** Each commune's marks (hamlets and sites), by commune code. */
function marksByUnit(marks: Marks): Map<string, Position[]> {
  const byUnit = new Map<string, Position[]>();
  for (const { geometry, properties } of [...marks.hamlets.features, ...marks.sites.features]) {
    if (!properties.unitCode) continue;
    const list = byUnit.get(properties.unitCode) ?? [];
    list.push(geometry.coordinates);
    byUnit.set(properties.unitCode, list);
  }
  return byUnit;
}

function largestPolygon(feature: UnitFeature): Position[][] {
  const { geometry } = feature;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce<Position[][]>(
    (best, polygon) =>
      Math.abs(ringArea(polygon[0] ?? [])) > Math.abs(ringArea(best[0] ?? [])) ? polygon : best,
    polygons[0] ?? [],
  );
}

/**
 * One label point per commune, where its name has most room among its own marks (label-room.ts);
 * memoised on the collections, so unchanged layers yield the very same label object.
 */
export function unitLabelPoints(units: Layers["units"], marks: Marks = NO_MARKS): LabelPoints {
  const cached = labelCache.get(units);
  if (cached?.marks.hamlets === marks.hamlets && cached.marks.sites === marks.sites) return cached.points;
  const ranks = unitLabelRanks(units, marks.hamlets);
  const obstacles = marksByUnit(marks);
  const points: LabelPoints = {
    type: "FeatureCollection",
    features: units.features.map((feature) => ({
      type: "Feature",
      geometry: {
        type: "Point",
        coordinates:
          roomiestPoint(largestPolygon(feature), obstacles.get(feature.properties.code) ?? []) ??
          labelPoint(feature),
      },
      properties: {
        code: feature.properties.code,
        labelVi: unitLabelVietnamese(feature.properties),
        labelEn: unitLabelEnglish(feature.properties),
        rank: ranks.get(feature.properties.code) ?? 0,
      },
    })),
  };
  labelCache.set(units, { marks: { hamlets: marks.hamlets, sites: marks.sites }, points });
  return points;
}

/** The west, south, east, north extent of a collection's coordinates; null when empty. */
export function featureBounds(collection: FeatureCollection): BoundingBox | null {
  const bounds: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number" && typeof value[1] === "number") {
      bounds[0] = Math.min(bounds[0], value[0]);
      bounds[1] = Math.min(bounds[1], value[1]);
      bounds[2] = Math.max(bounds[2], value[0]);
      bounds[3] = Math.max(bounds[3], value[1]);
      return;
    }
    for (const inner of value) visit(inner);
  };
  for (const feature of collection.features) {
    if (feature.geometry && "coordinates" in feature.geometry) visit(feature.geometry.coordinates);
  }
  return bounds[0] <= bounds[2] ? bounds : null;
}

/**
 * True when new data covers another area than the old (less than half of the two boxes in
 * common): another province imported, or a district's data replaced by a province's. The camera
 * then frames the new area. Today's communes over the same district's old units are one area.
 */
export function anotherArea(before: BoundingBox | null, after: BoundingBox | null): boolean {
  if (!before || !after) return false;
  const area = ([west, south, east, north]: BoundingBox) =>
    Math.max(0, east - west) * Math.max(0, north - south);
  const common = area([
    Math.max(before[0], after[0]),
    Math.max(before[1], after[1]),
    Math.min(before[2], after[2]),
    Math.min(before[3], after[3]),
  ]);
  const union = area(before) + area(after) - common;
  return union > 0 && common / union < 0.5;
}
