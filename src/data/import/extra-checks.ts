// Checks the schema does not make but imports need: boundaries that cross themselves, and values
// so long they would swamp a panel. Both keep the feature and say so.
import { kinks } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { Message } from "../../domain/types";
import { importMessage } from "../import-messages";
import type { MessageCap } from "../limits";

const HUGE_VALUE = 10_000;
/** kinks compares every pair of segments; beyond this a check would stall the import. */
const MAX_VERTICES_FOR_KINKS = 4_000;

function vertexCount(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, rings) => sum + rings.reduce((inner, ring) => inner + ring.length, 0), 0);
}

/** Appends to messages rather than returning an array: one array per feature is garbage at scale. */
export function extraChecks(
  file: string,
  feature: { geometry: unknown; properties: Record<string, unknown> },
  index: number,
  id: string | null,
  messages: Message[],
  cap: MessageCap,
): void {
  const properties = feature.properties;
  for (const property in properties) {
    const value = properties[property];
    if (typeof value === "string" && value.length > HUGE_VALUE) {
      cap.add(
        messages,
        importMessage(
          "value-huge",
          { file, featureIndex: index, featureId: id, property },
          { found: String(value.length) },
        ),
      );
    }
  }
  const geometry = feature.geometry as Polygon | MultiPolygon | null;
  if (
    geometry !== null &&
    (geometry.type === "Polygon" || geometry.type === "MultiPolygon") &&
    vertexCount(geometry) <= MAX_VERTICES_FOR_KINKS
  ) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    let crossings = 0;
    let example = "";
    for (const coordinates of polygons) {
      const polygon: Feature<Polygon> = {
        type: "Feature",
        geometry: { type: "Polygon", coordinates },
        properties: {},
      };
      const found = kinks(polygon).features;
      crossings += found.length;
      if (!example && found[0])
        example = `[${found[0].geometry.coordinates.map((value) => value.toFixed(5)).join(", ")}]`;
    }
    if (crossings > 0) {
      cap.add(
        messages,
        importMessage(
          "ring-self-intersection",
          { file, featureIndex: index, featureId: id, property: "geometry" },
          { count: crossings, found: example },
        ),
      );
    }
  }
}
