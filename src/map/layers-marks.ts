// The marks drawn over the communes: incident clusters and points, hamlet dots, model sites and
// police posts. In the coverage view they step back (smaller, lighter, police posts only when
// zoomed in), so the communes' coverage colours lead. Symbols that reserve room (the site icons,
// blank squares over the dots and clusters) are placed before the labels, so no label is laid
// over a mark: MapLibre places symbol layers from the top of the style down.
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { COLLISION_ICON_SIZE } from "./icons";
import { PLAN_SOURCE_IDS } from "./layers-plan";
import {
  ICON_IDS,
  LAYER_IDS,
  type LayerGroup,
  type MapViewState,
  SELECTED_STATE,
  SOURCE_IDS,
  STATUS_STATE,
} from "./map-state";
import type { Palette } from "./palette";

const selected: ExpressionSpecification = ["boolean", ["feature-state", SELECTED_STATE], false];
const whenSelected = (yes: number | string, no: number | string): ExpressionSpecification => [
  "case",
  selected,
  yes,
  no,
];

// In the coverage view a hamlet shows its status as of the window's end (feature-state set by the
// controller); elsewhere, its status as recorded.
const hamletStatus: ExpressionSpecification = [
  "coalesce",
  ["feature-state", STATUS_STATE],
  ["get", "modelStatus"],
];

const visibility = (state: MapViewState, group: LayerGroup) => (state.visible[group] ? "visible" : "none");

/** Cluster radius by count: [fewer than 10, 10+, 50+, 200+]. Smaller in the coverage view. */
export function clusterRadii(state: MapViewState): [number, number, number, number] {
  return state.mode === "coverage" ? [9, 11, 14, 17] : [11, 13, 16, 19];
}

const byCount = (values: readonly number[]): ExpressionSpecification => [
  "step",
  ["get", "point_count"],
  values[0] ?? 0,
  10,
  values[1] ?? 0,
  50,
  values[2] ?? 0,
  200,
  values[3] ?? 0,
];

export function makeIncidentMarkLayers(state: MapViewState, palette: Palette): LayerSpecification[] {
  const clusterVisibility =
    state.visible.incidents && state.incidents.style === "clusters" ? "visible" : "none";
  const coverage = state.mode === "coverage";
  return [
    {
      id: LAYER_IDS.incidentsClusters,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: ["has", "point_count"],
      layout: { visibility: clusterVisibility },
      paint: {
        "circle-color": palette.incident,
        // See-through, and drawn under the hamlets: a cluster must not hide what is there.
        "circle-opacity": coverage ? 0.6 : 0.85,
        "circle-radius": byCount(clusterRadii(state)),
        "circle-stroke-color": coverage ? palette.halo : palette.markOutline,
        "circle-stroke-width": coverage ? 1.5 : palette.widths.mark,
      },
    },
    {
      id: LAYER_IDS.incidentsPoints,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: ["!", ["has", "point_count"]],
      layout: { visibility: clusterVisibility },
      paint: {
        "circle-color": palette.incident,
        "circle-radius": whenSelected(9, coverage ? 4 : 6),
        "circle-stroke-color": whenSelected(palette.selection, palette.markOutline),
        "circle-stroke-width": whenSelected(4, coverage ? 1 : palette.widths.mark),
      },
    },
  ];
}

/** A hamlet dot's radius at zooms 8 and 14, by status: [model point, covered or planned, none]. */
export function hamletRadii(state: MapViewState): { zoom8: number[]; zoom14: number[] } {
  return state.mode === "coverage"
    ? { zoom8: [5, 3, 2], zoom14: [10, 7, 5] }
    : { zoom8: [7, 4.5, 2.5], zoom14: [12, 9, 7] };
}

const radiusByStatus = (status: ExpressionSpecification, [model, other, none]: number[]) =>
  ["match", status, "model-point", model ?? 0, "none", none ?? 0, other ?? 0] as ExpressionSpecification;

export function makeHamletLayer(state: MapViewState, palette: Palette): LayerSpecification {
  const status = palette.hamletStatus;
  const radii = hamletRadii(state);
  const coverage = state.mode === "coverage";
  // In the coverage view hamlets without the model say nothing the commune's colour does not:
  // they fade in only once zoomed in far enough to tell them apart.
  // Elsewhere they show at every zoom, through an expression of the same shape: MapLibre draws
  // with the old tiles' buffers until they are rebuilt, and a switch between a data-driven value
  // and a constant crashes that frame ("interpolationFactor is not a function").
  const noneOpacity: ExpressionSpecification = [
    "interpolate",
    ["linear"],
    ["zoom"],
    10.5,
    ["match", hamletStatus, "none", coverage ? 0 : 1, 1],
    11.5,
    1,
  ];
  return {
    id: LAYER_IDS.hamletsCircles,
    type: "circle",
    source: SOURCE_IDS.hamlets,
    layout: { visibility: visibility(state, "hamlets") },
    paint: {
      "circle-color": [
        "match",
        hamletStatus,
        "model-point",
        status["model-point"],
        "replicated",
        status.replicated,
        "planned",
        status.planned,
        status.none,
      ],
      // The model point stands out by size as well as colour, for readers who cannot tell hues.
      "circle-radius": [
        "interpolate",
        ["linear"],
        ["zoom"],
        8,
        radiusByStatus(hamletStatus, radii.zoom8),
        14,
        radiusByStatus(hamletStatus, radii.zoom14),
      ],
      "circle-opacity": noneOpacity,
      "circle-stroke-opacity": noneOpacity,
      "circle-stroke-color": whenSelected(palette.selection, palette.markOutline),
      "circle-stroke-width": whenSelected(
        4,
        coverage ? Math.min(1.5, palette.widths.mark) : palette.widths.mark,
      ),
    },
  };
}

export function makeSiteHighlightLayer(state: MapViewState, palette: Palette): LayerSpecification {
  // Icons cannot read feature-state, so a selected site gets a ring drawn beneath it.
  return {
    id: LAYER_IDS.sitesHighlight,
    type: "circle",
    source: SOURCE_IDS.sites,
    layout: { visibility: visibility(state, "sites") },
    paint: {
      "circle-radius": 21,
      "circle-color": palette.halo,
      "circle-opacity": whenSelected(0.9, 0),
      "circle-stroke-color": palette.selection,
      "circle-stroke-width": 4,
      "circle-stroke-opacity": whenSelected(1, 0),
    },
  };
}

/**
 * The zoom from which police posts show. Zoomed out, one shield per commune says nothing a reader
 * needs (every commune has one) and takes the room of the commune's name; the stars of the model
 * sites show at every zoom.
 */
export const POLICE_POST_ZOOM = 11;

export function makeSiteIconLayer(state: MapViewState): LayerSpecification {
  const coverage = state.mode === "coverage";
  return {
    id: LAYER_IDS.sitesIcons,
    type: "symbol",
    source: SOURCE_IDS.sites,
    filter: ["any", ["==", ["get", "siteType"], "model"], [">=", ["zoom"], POLICE_POST_ZOOM]],
    layout: {
      visibility: visibility(state, "sites"),
      "icon-image": ["match", ["get", "siteType"], "model", ICON_IDS.modelSite, ICON_IDS.policePost],
      "icon-size": coverage
        ? ["match", ["get", "siteType"], "model", 0.9, 0.8]
        : ["match", ["get", "siteType"], "model", 1.2, 1],
      "icon-allow-overlap": true,
      // Model stars are placed (and drawn) over police posts where they overlap.
      "symbol-sort-key": ["match", ["get", "siteType"], "model", 0, 1],
    },
  };
}

/** From this zoom every hamlet dot keeps its room; below it only those with the model do. */
export const RESERVE_EVERY_HAMLET_ZOOM = 11;

const collisionSize = (diameter: number) => Number((diameter / COLLISION_ICON_SIZE).toFixed(3));

/**
 * Blank squares the size of each hamlet dot and incident cluster: circles take no part in
 * MapLibre's label placement, these symbols do, so the labels placed after them keep clear.
 */
/** The planner's numbered picks: a circle of this radius with a ring (layers-plan.ts). */
const PICK_RADIUS_WITH_RING = 16;

export function makeCollisionLayers(
  state: MapViewState,
): [hamlets: LayerSpecification, clusters: LayerSpecification, picks: LayerSpecification] {
  const radii = hamletRadii(state);
  // Layout values cannot read feature-state: the recorded status sizes the room kept.
  const recorded: ExpressionSpecification = ["get", "modelStatus"];
  const diameter = (values: number[]) => values.map((radius) => collisionSize(radius * 2 + 2));
  // On the desk's plain map, sixty clusters at the district's zoom left no commune a name: there
  // names win and the clusters lie under them. Where the room reads from afar (the coverage view,
  // whose clusters are small, and the projector) the clusters keep their room.
  const clustersKeepRoom = state.mode === "coverage" || (state.theme ?? "standard") !== "standard";
  const clusterVisibility =
    clustersKeepRoom && state.visible.incidents && state.incidents.style === "clusters" ? "visible" : "none";
  // Zoomed out, hamlets without the model keep no room: 300 small hollow dots would leave no
  // commune a name. They are the smallest marks, and a name's halo does not hide what they say.
  // (A filter, not a size of 0: a box of no size still blocks a label laid over it.)
  const reserving: ExpressionSpecification = [
    "any",
    ["!=", recorded, "none"],
    [">=", ["zoom"], RESERVE_EVERY_HAMLET_ZOOM],
  ];
  return [
    {
      id: LAYER_IDS.hamletsCollision,
      type: "symbol",
      source: SOURCE_IDS.hamlets,
      filter: reserving,
      layout: {
        visibility: visibility(state, "hamlets"),
        "icon-image": ICON_IDS.collision,
        "icon-size": [
          "interpolate",
          ["linear"],
          ["zoom"],
          8,
          radiusByStatus(recorded, diameter(radii.zoom8)),
          14,
          radiusByStatus(recorded, diameter(radii.zoom14)),
        ],
        "icon-allow-overlap": true,
      },
    },
    {
      id: LAYER_IDS.clustersCollision,
      type: "symbol",
      source: SOURCE_IDS.incidents,
      filter: ["has", "point_count"],
      layout: {
        visibility: clusterVisibility,
        "icon-image": ICON_IDS.collision,
        "icon-size": byCount(clusterRadii(state).map((radius) => collisionSize(radius * 2 + 2))),
        "icon-allow-overlap": true,
      },
    },
    {
      // The planner's picks take no room of their own (their numbers ignore placement).
      id: LAYER_IDS.picksCollision,
      type: "symbol",
      source: PLAN_SOURCE_IDS.picks,
      layout: {
        visibility: state.mode === "planner" ? "visible" : "none",
        "icon-image": ICON_IDS.collision,
        "icon-size": collisionSize(PICK_RADIUS_WITH_RING * 2),
        "icon-allow-overlap": true,
      },
    },
  ];
}
