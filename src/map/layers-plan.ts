// The expansion planner's part of the style: candidates ringed by score class, the plan's picks
// as numbered markers with their new reach (vermilion, apart from the models' blue reach), and the
// timeline's year. Candidate classes and the timeline are feature-state on the hamlets source, so
// re-ranking recolours 391 hamlets without sending geometry to the map's worker.
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Map as MaplibreMap } from "maplibre-gl";
import { ownValue } from "../domain/records";
import { FONT_BOLD } from "./fonts";
import { forMap } from "./for-map";
import type { MapViewState, PlanMapData } from "./map-state";
import { SOURCE_IDS } from "./map-state";
import type { Palette } from "./palette";

export const PLAN_SOURCE_IDS = { picks: "plan-picks", reach: "plan-reach" } as const;

export const PLAN_LAYER_IDS = {
  reachFill: "plan-reach-fill",
  reachOutline: "plan-reach-outline",
  candidates: "plan-candidates",
  timeline: "plan-timeline",
  picks: "plan-picks-circles",
  pickNumbers: "plan-picks-numbers",
} as const;

/** Feature-state keys on the hamlets source. */
export const CANDIDATE_STATE = "candidateClass";
export const TIMELINE_STATE = "timeline";

/** Score classes, worst to best: upper bounds of the score (0–1), inclusive. */
export const SCORE_CLASSES = [0.25, 0.5, 0.75, 1] as const;

export function scoreClass(score: number): number {
  const index = SCORE_CLASSES.findIndex((upTo) => score <= upTo);
  return index < 0 ? SCORE_CLASSES.length - 1 : index;
}

export interface PlanColours {
  /** Candidate rings, worst to best: light to dark so the order survives a washed-out lamp. */
  classes: [string, string, string, string];
  pick: string;
  pickText: string;
  reach: string;
  timelineDone: string;
  timelineNew: string;
}

export function planColours(palette: Palette): PlanColours {
  return {
    classes: ["#FDD49E", "#FC8D59", "#D7301F", "#7F0000"],
    // Near-black with a vermilion ring: apart from every status, score and incident colour.
    pick: "#1A1A1A",
    pickText: "#FFFFFF",
    reach: "#D55E00",
    timelineDone: palette.hamletStatus.replicated,
    timelineNew: "#F0E442",
  };
}

const EMPTY: GeoJSONSourceSpecification["data"] = { type: "FeatureCollection", features: [] };

export function makePlanSources(): Record<string, GeoJSONSourceSpecification> {
  return {
    [PLAN_SOURCE_IDS.picks]: { type: "geojson", data: EMPTY, promoteId: "code" },
    [PLAN_SOURCE_IDS.reach]: { type: "geojson", data: EMPTY },
  };
}

const inPlanner = (state: MapViewState) => (state.mode === "planner" ? "visible" : "none");

/** Drawn under the hamlets: the reach the picks would add. */
export function makePlanUnderLayers(state: MapViewState, palette: Palette): LayerSpecification[] {
  const colours = planColours(palette);
  return [
    {
      id: PLAN_LAYER_IDS.reachFill,
      type: "fill",
      source: PLAN_SOURCE_IDS.reach,
      layout: { visibility: inPlanner(state) },
      paint: { "fill-color": colours.reach, "fill-opacity": 0.14 },
    },
    {
      id: PLAN_LAYER_IDS.reachOutline,
      type: "line",
      source: PLAN_SOURCE_IDS.reach,
      layout: { visibility: inPlanner(state) },
      paint: { "line-color": colours.reach, "line-width": 2.5 },
    },
  ];
}

/** Drawn over the hamlets and sites: candidate rings, the timeline's year, the numbered picks. */
export function makePlanOverLayers(state: MapViewState, palette: Palette): LayerSpecification[] {
  const colours = planColours(palette);
  const candidateClass: ExpressionSpecification = ["to-number", ["feature-state", CANDIDATE_STATE], -1];
  const timeline: ExpressionSpecification = ["to-string", ["feature-state", TIMELINE_STATE]];
  const hamletsShown = state.mode === "planner" && state.visible.hamlets ? "visible" : "none";
  return [
    {
      // A ring, not a fill: the hamlet's own status colour stays readable inside it.
      id: PLAN_LAYER_IDS.candidates,
      type: "circle",
      source: SOURCE_IDS.hamlets,
      layout: { visibility: hamletsShown },
      paint: {
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 8, 6, 14, 12],
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-width": ["interpolate", ["linear"], ["zoom"], 8, 2.5, 14, 4],
        "circle-stroke-color": [
          "step",
          candidateClass,
          "rgba(0,0,0,0)",
          0,
          colours.classes[0],
          1,
          colours.classes[1],
          2,
          colours.classes[2],
          3,
          colours.classes[3],
        ],
      },
    },
    {
      id: PLAN_LAYER_IDS.timeline,
      type: "circle",
      source: SOURCE_IDS.hamlets,
      layout: { visibility: hamletsShown },
      paint: {
        "circle-radius": ["match", timeline, "new", 9, "done", 6, 4],
        "circle-color": [
          "match",
          timeline,
          "new",
          colours.timelineNew,
          "done",
          colours.timelineDone,
          palette.background,
        ],
        "circle-opacity": ["match", timeline, "new", 1, "done", 1, "later", 0.9, 0],
        "circle-stroke-color": palette.markOutline,
        "circle-stroke-width": ["match", timeline, "new", 2.5, "done", 1.5, "later", 1, 0],
      },
    },
    {
      id: PLAN_LAYER_IDS.picks,
      type: "circle",
      source: PLAN_SOURCE_IDS.picks,
      layout: { visibility: inPlanner(state) },
      paint: {
        "circle-radius": 12,
        "circle-color": colours.pick,
        "circle-stroke-color": colours.reach,
        "circle-stroke-width": 3.5,
      },
    },
    {
      id: PLAN_LAYER_IDS.pickNumbers,
      type: "symbol",
      source: PLAN_SOURCE_IDS.picks,
      layout: {
        visibility: inPlanner(state),
        "text-field": ["to-string", ["get", "order"]],
        "text-font": [FONT_BOLD],
        "text-size": 14,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": colours.pickText },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Applying plan data to a map: only what changed, like applyCoverageState in view-sync.ts.

type PlanSyncMap = Pick<MaplibreMap, "setFeatureState" | "getSource">;

/** Returns how many calls it made. */
export function applyPlanData(
  map: PlanSyncMap,
  previous: PlanMapData | null,
  next: PlanMapData | null,
): number {
  let changed = 0;
  const sync = (
    key: string,
    before: Record<string, unknown> | null | undefined,
    after: Record<string, unknown> | null | undefined,
  ) => {
    for (const id of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
      const value = ownValue(after, id) ?? null;
      if ((ownValue(before, id) ?? null) === value) continue;
      map.setFeatureState({ source: SOURCE_IDS.hamlets, id }, { [key]: value });
      changed += 1;
    }
  };
  sync(CANDIDATE_STATE, previous?.candidateClass, next?.candidateClass);
  sync(TIMELINE_STATE, previous?.timeline, next?.timeline);
  const setData = (sourceId: string, before: unknown, after: PlanMapData["picks"] | undefined) => {
    if (before === after) return;
    const source = map.getSource(sourceId) as { setData?: (data: unknown) => unknown } | undefined;
    source?.setData?.(after ? forMap(after) : EMPTY);
    changed += 1;
  };
  setData(PLAN_SOURCE_IDS.picks, previous?.picks, next?.picks);
  setData(PLAN_SOURCE_IDS.reach, previous?.reach, next?.reach);
  return changed;
}
