import type { Position } from "geojson";
import { maxOf, minOf } from "../domain/arrays";
import { distanceToRing, polygonContains } from "./planar";
import { type PlanarPoint, positionToPlanar, toLongitudeLatitude } from "./projection";
import type { Random } from "./random";
import type { RawUnit } from "./raw-types";

// A unit's final (rounded) polygon back in planar kilometres, for placing points inside it. The
// tests check the rounded output with turf, so points are checked against the rounded polygon.

export class UnitShape {
  private readonly polygons: PlanarPoint[][][];
  private readonly west: number;
  private readonly south: number;
  private readonly east: number;
  private readonly north: number;

  constructor(readonly unit: RawUnit) {
    const geometry = unit.geometry;
    const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    this.polygons = parts.map((rings) => rings.map((ring) => ring.slice(0, -1).map(positionToPlanar)));
    const points = this.polygons.flatMap((rings) => rings[0] ?? []);
    this.west = minOf(
      points.map((point) => point[0]),
      Number.POSITIVE_INFINITY,
    );
    this.east = maxOf(
      points.map((point) => point[0]),
      Number.NEGATIVE_INFINITY,
    );
    this.south = minOf(
      points.map((point) => point[1]),
      Number.POSITIVE_INFINITY,
    );
    this.north = maxOf(
      points.map((point) => point[1]),
      Number.NEGATIVE_INFINITY,
    );
  }

  /** Inside, and at least `margin` km from every edge (holes included). */
  holds(point: PlanarPoint, margin: number): boolean {
    return this.polygons.some(
      (rings) =>
        polygonContains(rings, point[0], point[1]) &&
        rings.every((ring) => distanceToRing(point, ring) >= margin),
    );
  }

  /** A uniform point at least `margin` km inside, by rejection from the bounding box. */
  randomPoint(random: Random, margin: number): PlanarPoint {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const point: PlanarPoint = [
        random.between(this.west, this.east),
        random.between(this.south, this.north),
      ];
      if (this.holds(point, margin)) return point;
    }
    throw new Error(`no room ${margin} km inside ${this.unit.properties.name}`);
  }
}

/** Rounds a planar point to output coordinates, then reports it as planar again. */
export function roundedPosition(point: PlanarPoint): { position: Position; planar: PlanarPoint } {
  const position = toLongitudeLatitude(point);
  return { position, planar: positionToPlanar(position) };
}
