// From the ranking, the plan and the timeline's year to what the map draws. Pure; the map
// controller applies it (setPlan).
import { circle } from "@turf/turf";
import type { Feature, Point, Polygon } from "geojson";
import type { PlanPick, RankedCandidate } from "../../domain/planner/planner-types";
import type { TimelineYear } from "../../domain/planner/timeline";
import { dictionary } from "../../domain/records";
import { scoreClass } from "../../map/layers-plan";
import type { PlanMapData } from "../../map/map-state";

type MapPick = Pick<PlanPick, "code" | "name" | "order" | "longitude" | "latitude">;

export function planMapData(
  ranked: readonly RankedCandidate[],
  picks: readonly MapPick[],
  radiusKm: number,
  timeline: Record<string, "done" | "new" | "later"> | null = null,
): PlanMapData {
  const candidateClass = dictionary<number>();
  for (const candidate of ranked) candidateClass[candidate.code] = scoreClass(candidate.score);
  const points: Feature<Point>[] = picks.map((pick) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [pick.longitude, pick.latitude] },
    properties: { code: pick.code, name: pick.name, order: pick.order },
  }));
  const reach: Feature<Polygon>[] = picks.map((pick) =>
    circle([pick.longitude, pick.latitude], radiusKm, {
      units: "kilometers",
      steps: 64,
      properties: { code: pick.code },
    }),
  );
  return {
    candidateClass,
    picks: { type: "FeatureCollection", features: points },
    reach: { type: "FeatureCollection", features: reach },
    timeline,
  };
}

/** Each hamlet's state in the year shown: adopted before it, that year, or later in the plan. */
export function timelineState(
  timeline: readonly TimelineYear[],
  year: number,
): Record<string, "done" | "new" | "later"> {
  const state: Record<string, "done" | "new" | "later"> = {};
  for (const entry of timeline) {
    const value = entry.year < year ? "done" : entry.year === year ? "new" : "later";
    for (const code of entry.codes) state[code] = value;
  }
  return state;
}
