// Between reading and checking: our property names copied from the file's columns (the originals
// stay), and areas turned into representative points where the kind needs points.
import { pointOnFeature } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { setOwn } from "../../domain/records";
import { KIND_RULES } from "../../domain/schema-kinds";
import type { Kind } from "../../domain/types";

export interface Prepared {
  features: unknown[];
  /** Columns the mapping named that no feature has. */
  unusedFields: string[];
  areasToPoints: number;
}

function isArea(geometry: unknown): geometry is Polygon | MultiPolygon {
  const type = (geometry as { type?: unknown } | null)?.type;
  return type === "Polygon" || type === "MultiPolygon";
}

function featureGeometry(feature: unknown): unknown {
  return typeof feature === "object" && feature !== null
    ? (feature as { geometry?: unknown }).geometry
    : undefined;
}

function representativePoint(geometry: Polygon | MultiPolygon): unknown {
  try {
    const feature: Feature<Polygon | MultiPolygon> = { type: "Feature", geometry, properties: {} };
    return pointOnFeature(feature).geometry;
  } catch {
    return geometry;
  }
}

export function prepareFeatures(
  features: readonly unknown[],
  kind: Kind,
  fields: Record<string, string>,
): Prepared {
  const pairs = Object.entries(fields).filter(([ours, theirs]) => ours !== theirs);
  const wantsPoints = KIND_RULES[kind].geometry === "point";
  const seen = new Set<string>();
  let areasToPoints = 0;
  // Nothing to copy and no areas to turn into points: the features as they came.
  if (pairs.length === 0 && (!wantsPoints || !features.some((feature) => isArea(featureGeometry(feature)))))
    return { features: features as unknown[], unusedFields: [], areasToPoints: 0 };
  const prepared = features.map((feature) => {
    if (typeof feature !== "object" || feature === null) return feature;
    const object = feature as { properties?: unknown; geometry?: unknown };
    let result = object;
    if (pairs.length > 0 && typeof object.properties === "object" && object.properties !== null) {
      const properties = { ...(object.properties as Record<string, unknown>) };
      for (const [ours, theirs] of pairs) {
        if (!Object.hasOwn(properties, theirs)) continue;
        seen.add(theirs);
        setOwn(properties, ours, properties[theirs]);
      }
      result = { ...result, properties };
    }
    if (wantsPoints && isArea(object.geometry)) {
      const point = representativePoint(object.geometry);
      if (point !== object.geometry) {
        areasToPoints++;
        result = { ...result, geometry: point };
      }
    }
    return result;
  });
  const unusedFields =
    features.length === 0 ? [] : pairs.filter(([, theirs]) => !seen.has(theirs)).map(([ours]) => ours);
  return { features: prepared, unusedFields, areasToPoints };
}
