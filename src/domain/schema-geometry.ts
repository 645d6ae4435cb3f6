// Geometry checks per kind: the right type, readable WGS84 coordinates, and rings repaired to
// RFC 7946 so that fills and areas come out right in every renderer.
import type { Geometry, MultiPolygon, Point, Polygon, Position } from "geojson";
import { cleanRing, isDegenerateRing, positionProblem, type Ring, rewindGeometry } from "./geometry";
import type { Issue } from "./schema-rules";
import { describeFound } from "./schema-rules";

export type GeometryRule = "point" | "area" | "none";

export interface GeometryCheck<G> {
  geometry: G | undefined;
  issues: Issue[];
  repaired: boolean;
}

const EXPECTED_TYPES: Record<GeometryRule, readonly string[]> = {
  point: ["Point"],
  area: ["Polygon", "MultiPolygon"],
  none: ["null"],
};

function issue(level: Issue["level"], code: Issue["code"], found: string | null, rule?: GeometryRule): Issue {
  const expected = rule
    ? { type: "geometry" as const, values: EXPECTED_TYPES[rule] }
    : { type: "position" as const };
  return { level, code, property: "geometry", expected, found };
}

/**
 * Coordinates in the hundred-thousands are almost always VN-2000 metres exported without
 * reprojection; saying so helps more than "out of range".
 */
function badPositionIssue(position: unknown): Issue | null {
  const problem = positionProblem(position);
  if (problem === null) return null;
  const [x, y] = Array.isArray(position) ? (position as unknown[]) : [];
  const projected =
    typeof x === "number" && typeof y === "number" && Math.abs(x) > 1000 && Math.abs(y) > 1000;
  return issue("error", projected ? "coordinates-projected" : "coordinates-invalid", describeFound(position));
}

function checkPoint(geometry: Point): GeometryCheck<Point> {
  const problem = badPositionIssue(geometry.coordinates);
  if (problem) return { geometry: undefined, issues: [problem], repaired: false };
  return { geometry: { type: "Point", coordinates: geometry.coordinates }, issues: [], repaired: false };
}

function checkRings(polygons: unknown[][], issues: Issue[]): Ring[][] | undefined {
  const result: Ring[][] = [];
  let unclosed = 0;
  let duplicates = 0;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      issues.push({
        ...issue("error", "ring-degenerate", describeFound(polygon)),
        expected: { type: "ring" },
      });
      return undefined;
    }
    const rings: Ring[] = [];
    for (const ring of polygon) {
      if (!Array.isArray(ring)) {
        issues.push({
          ...issue("error", "ring-degenerate", describeFound(ring)),
          expected: { type: "ring" },
        });
        return undefined;
      }
      for (const position of ring) {
        const problem = badPositionIssue(position);
        if (problem) {
          issues.push(problem);
          return undefined;
        }
      }
      const repair = cleanRing(ring as Position[]);
      if (repair.closed) unclosed++;
      duplicates += repair.duplicatesRemoved;
      if (isDegenerateRing(repair.ring)) {
        issues.push({
          ...issue("error", "ring-degenerate", `${repair.ring.length} positions`),
          expected: { type: "ring" },
        });
        return undefined;
      }
      rings.push(repair.ring);
    }
    result.push(rings);
  }
  if (unclosed > 0)
    issues.push({ ...issue("warning", "ring-unclosed", `${unclosed}`), expected: { type: "ring" } });
  if (duplicates > 0) {
    issues.push({ ...issue("info", "ring-duplicate-vertices", `${duplicates}`), expected: { type: "ring" } });
  }
  return result;
}

function checkArea(geometry: Polygon | MultiPolygon): GeometryCheck<Polygon | MultiPolygon> {
  const issues: Issue[] = [];
  const coordinates = geometry.coordinates as unknown;
  if (!Array.isArray(coordinates)) {
    return {
      geometry: undefined,
      issues: [issue("error", "coordinates-invalid", describeFound(coordinates))],
      repaired: false,
    };
  }
  const polygons = geometry.type === "Polygon" ? [coordinates] : coordinates;
  const rings = checkRings(polygons as unknown[][], issues);
  if (rings === undefined) return { geometry: undefined, issues, repaired: false };
  const cleaned: Polygon | MultiPolygon =
    geometry.type === "Polygon"
      ? { type: "Polygon", coordinates: rings[0] ?? [] }
      : { type: "MultiPolygon", coordinates: rings };
  const rewound = rewindGeometry(cleaned);
  if (rewound.changed) {
    issues.push({ ...issue("info", "ring-rewound", "clockwise"), expected: { type: "ring" } });
  }
  return { geometry: rewound.geometry, issues, repaired: issues.length > 0 };
}

function geometryTypeName(geometry: unknown): string {
  if (geometry === null || geometry === undefined) return "null";
  if (typeof geometry === "object" && "type" in geometry)
    return describeFound((geometry as { type: unknown }).type);
  return describeFound(geometry);
}

export function checkGeometry(rule: GeometryRule, geometry: unknown): GeometryCheck<Geometry | null> {
  if (rule === "none") {
    if (geometry === null || geometry === undefined) return { geometry: null, issues: [], repaired: false };
    return {
      geometry: undefined,
      issues: [issue("error", "geometry-not-null", geometryTypeName(geometry), rule)],
      repaired: false,
    };
  }
  if (geometry === null || geometry === undefined) {
    return {
      geometry: undefined,
      issues: [issue("error", "geometry-missing", "null", rule)],
      repaired: false,
    };
  }
  const type = typeof geometry === "object" ? (geometry as { type?: unknown }).type : undefined;
  if (rule === "point" && type === "Point") return checkPoint(geometry as Point);
  if (rule === "area" && (type === "Polygon" || type === "MultiPolygon"))
    return checkArea(geometry as Polygon);
  return {
    geometry: undefined,
    issues: [issue("error", "geometry-type", geometryTypeName(geometry), rule)],
    repaired: false,
  };
}
