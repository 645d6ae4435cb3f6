// The coverage view's part of the style, and the incidents drawn under a time window.
// Time filtering must not re-tile (MapLibre's setFilter re-tiles 100,000 points in about 0.5 s):
// every incident carries its month as a number, and paint expressions compare it with the
// window held in the style's global state, so a slider step changes a uniform, not the tiles.
import type {
  ExpressionSpecification,
  LayerSpecification,
  StateSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection, Point } from "geojson";
import type { IncidentProperties } from "../domain/types";
import {
  type IncidentDisplay,
  LAYER_IDS,
  type MapViewState,
  OUT_OF_WINDOW_STATE,
  RATIO_STATE,
  REACH_SHOWN_STATE,
  SELECTED_STATE,
  SOURCE_IDS,
} from "./map-state";
import type { Palette } from "./palette";

/** Months since year 0: "2021-03-15" → 2021 × 12 + 2. */
export function monthIndex(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

type IncidentCollection = FeatureCollection<Point, IncidentProperties>;
type MonthlyIncidents = FeatureCollection<Point, IncidentProperties & { month: number }>;

const withMonths = new WeakMap<IncidentCollection, MonthlyIncidents>();

/** The incidents with a numeric `month`, computed once per collection (same object back). */
export function incidentsWithMonth(incidents: IncidentCollection): MonthlyIncidents {
  const cached = withMonths.get(incidents);
  if (cached) return cached;
  const result: MonthlyIncidents = {
    type: "FeatureCollection",
    features: incidents.features.map((feature) => ({
      ...feature,
      properties: { ...feature.properties, month: monthIndex(feature.properties.date) },
    })),
  };
  withMonths.set(incidents, result);
  return result;
}

const monthRanges = new WeakMap<IncidentCollection, [number, number] | null>();

/** The first and last month with an incident, computed once per collection. */
export function incidentMonthRange(incidents: IncidentCollection): [number, number] | null {
  if (monthRanges.has(incidents)) return monthRanges.get(incidents) ?? null;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const feature of incidents.features) {
    const month = monthIndex(feature.properties.date);
    if (!Number.isFinite(month)) continue;
    if (month < first) first = month;
    if (month > last) last = month;
  }
  const range: [number, number] | null = first <= last ? [first, last] : null;
  monthRanges.set(incidents, range);
  return range;
}

export const ALL_MONTHS = { from: -1, to: Number.MAX_SAFE_INTEGER };

/** The global state the time-window paint expressions read. */
export function incidentGlobalState(display: IncidentDisplay): Record<string, unknown> {
  return {
    fromMonth: display.fromMonth ?? ALL_MONTHS.from,
    toMonth: display.toMonth ?? ALL_MONTHS.to,
    categories: [...display.categories],
  };
}

/**
 * The part of that state the layers of `state` read: the window only from a tile archive (on
 * GeoJSON it is feature-state, window-state.ts), the categories only for the heatmap. Any global
 * state change costs a frame, even one no layer reads: a clusters step drew the old picture once
 * more (about 0.3 s in software) before its new clusters came.
 */
export function globalStateRead(state: MapViewState): Record<string, unknown> {
  const all = incidentGlobalState(state.incidents);
  if (state.tiles) return all;
  return state.incidents.style === "heatmap" ? { categories: all.categories } : {};
}

export function incidentStateDefaults(display: IncidentDisplay): StateSpecification {
  return Object.fromEntries(
    Object.entries(incidentGlobalState(display)).map(([name, value]) => [name, { default: value }]),
  ) as StateSpecification;
}

/** True for an incident inside the window and categories held in the style's global state. */
export const shownNow: ExpressionSpecification = [
  "all",
  [">=", ["get", "month"], ["global-state", "fromMonth"]],
  ["<=", ["get", "month"], ["global-state", "toMonth"]],
  ["in", ["get", "category"], ["global-state", "categories"]],
];

/** Coverage classes: share of a unit's hamlets covered. Upper bounds, inclusive. */
export const RATIO_CLASSES = [
  { upTo: 0, label: "0%" },
  { upTo: 0.25, label: "1–25%" },
  { upTo: 0.5, label: "26–50%" },
  { upTo: 0.75, label: "51–75%" },
  { upTo: 1, label: "76–100%" },
] as const;

function ratioColour(palette: Palette): ExpressionSpecification {
  // A unit without hamlets has a ratio of null: `to-number` would read that as 0 and paint it as
  // "0 % covered"; coalesce passes over null, so it falls to −1, "no hamlets".
  const ratio: ExpressionSpecification = ["to-number", ["coalesce", ["feature-state", RATIO_STATE], -1]];
  const colours = palette.coverageClasses;
  // step() needs ascending stops: below 0 means "no hamlets"; exactly 0 is its own class.
  return [
    "step",
    ratio,
    palette.noData,
    0,
    colours[0],
    0.000001,
    colours[1],
    0.250001,
    colours[2],
    0.500001,
    colours[3],
    0.750001,
    colours[4],
  ];
}

export function makeCoverageLayers(state: MapViewState, palette: Palette): LayerSpecification[] {
  const coverageVisibility = state.mode === "coverage" && state.visible.units ? "visible" : "none";
  return [
    {
      // The coverage view's lead: opaque enough to read on a washed-out projector, and drawn
      // under every mark, which step back in this view (see layers-marks.ts).
      id: LAYER_IDS.unitsChoropleth,
      type: "fill",
      source: SOURCE_IDS.units,
      layout: { visibility: coverageVisibility },
      paint: { "fill-color": ratioColour(palette), "fill-opacity": palette.choroplethOpacity },
    },
  ];
}

/**
 * The reach of the model sites: a dashed line only. A filled circle spilling over the district's
 * edge read as a sixth coverage class (its tint over the background was the grey of "no hamlets").
 */
export function makeReachLayers(state: MapViewState, palette: Palette): LayerSpecification[] {
  const reachVisibility = state.mode === "coverage" && state.visible.sites ? "visible" : "none";
  return [
    {
      id: LAYER_IDS.reachOutline,
      type: "line",
      source: SOURCE_IDS.reach,
      layout: { visibility: reachVisibility, "line-join": "round" },
      paint: {
        "line-color": palette.reach,
        "line-width": palette.widths.reach,
        "line-dasharray": [2, 1.5],
        // The source holds every model site's circle; those not active by the window's end hide.
        "line-opacity": ["case", ["boolean", ["feature-state", REACH_SHOWN_STATE], false], 1, 0],
      },
    },
  ];
}

/** The id of the points layer that draws one month's incidents, and of its source. */
export const monthLayerId = (month: number) => `${LAYER_IDS.incidentsPlainPoints}-${month}`;
export const monthSourceId = (month: number) => `incidents-month-${month}`;

const byMonth = new WeakMap<IncidentCollection, Map<number, MonthlyIncidents>>();

/** Each month's incidents as a collection of its own, computed once per input collection. */
export function incidentsByMonth(incidents: IncidentCollection): Map<number, MonthlyIncidents> {
  const cached = byMonth.get(incidents);
  if (cached) return cached;
  const months = new Map<number, MonthlyIncidents>();
  for (const feature of incidentsWithMonth(incidents).features) {
    const month = feature.properties.month;
    let collection = months.get(month);
    if (!collection) {
      collection = { type: "FeatureCollection", features: [] };
      months.set(month, collection);
    }
    collection.features.push(feature);
  }
  byMonth.set(incidents, months);
  return months;
}

/**
 * From a tile archive the points style keeps each month in a layer of its own, all of them
 * visible: a slider step sets two constant paint values (opacity 1 ↔ 0) on the month entering the
 * window and the one leaving it, and MapLibre skips drawing a circle layer whose fill and stroke
 * opacities are both the constant 0. (The page does not know the archive's features, so it cannot
 * name them in feature-state as it does for GeoJSON: see plainPointsLayer.)
 */
function monthLayers(state: MapViewState, palette: Palette): LayerSpecification[] {
  const months = state.incidents.months;
  if (months === null || state.incidents.style !== "points") return [];
  const shown = state.visible.incidents;
  const from = state.incidents.fromMonth ?? ALL_MONTHS.from;
  const to = state.incidents.toMonth ?? ALL_MONTHS.to;
  const selected: ExpressionSpecification = ["boolean", ["feature-state", SELECTED_STATE], false];
  const layers: LayerSpecification[] = [];
  for (let month = months[0]; month <= months[1]; month++) {
    layers.push({
      id: monthLayerId(month),
      type: "circle",
      source: monthSourceId(month),
      filter: ["in", ["get", "category"], ["literal", [...state.incidents.categories]]],
      layout: { visibility: shown ? "visible" : "none" },
      paint: {
        "circle-color": palette.incident,
        "circle-radius": ["interpolate", ["linear"], ["zoom"], 8, 2.5, 14, 6],
        "circle-opacity": month >= from && month <= to ? 0.9 : 0,
        "circle-stroke-color": ["case", selected, palette.selection, palette.markOutline],
        "circle-stroke-width": ["case", selected, 3, 0.75],
        "circle-stroke-opacity": month >= from && month <= to ? 1 : 0,
      },
    });
  }
  return layers;
}

/**
 * The points style from GeoJSON: one layer over the plain source (the heatmap's), each incident
 * outside the window drawn with radius and stroke 0 by feature-state (window-state.ts), so a
 * slider step changes the paint values of two months' incidents in the tiles already there, in one
 * frame. Measured on 100,000 points: a global-state window in a paint value re-tiled everything
 * (about 3.5 s a step); a source and layer per month with constant opacities re-tiled nothing but
 * cost a second frame per step (any paint change does) and 48 sources to tile at start.
 */
function plainPointsLayer(state: MapViewState, palette: Palette): LayerSpecification {
  const shown = state.visible.incidents && state.incidents.style === "points";
  const out: ExpressionSpecification = ["boolean", ["feature-state", OUT_OF_WINDOW_STATE], false];
  const selected: ExpressionSpecification = ["boolean", ["feature-state", SELECTED_STATE], false];
  return {
    id: LAYER_IDS.incidentsPlainPoints,
    type: "circle",
    source: SOURCE_IDS.incidentsPlain,
    filter: ["in", ["get", "category"], ["literal", [...state.incidents.categories]]],
    layout: { visibility: shown ? "visible" : "none" },
    paint: {
      "circle-color": palette.incident,
      // A zoom curve must be the outermost expression: the window's test sits at each stop.
      "circle-radius": [
        "interpolate",
        ["linear"],
        ["zoom"],
        8,
        ["case", out, 0, 2.5],
        14,
        ["case", out, 0, 6],
      ],
      "circle-opacity": 0.9,
      "circle-stroke-color": ["case", selected, palette.selection, palette.markOutline],
      "circle-stroke-width": ["case", out, 0, selected, 3, 0.75],
      "circle-stroke-opacity": 1,
    },
  };
}

export function makeIncidentTimeLayers(state: MapViewState, palette: Palette): LayerSpecification[] {
  return state.tiles ? monthLayers(state, palette) : [plainPointsLayer(state, palette)];
}
