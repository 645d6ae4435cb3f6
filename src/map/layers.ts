// The style as data: pure functions from the app's layers and view state to a MapLibre style.
// Nothing here touches a map, so the output can be checked by the style-spec validator in tests.
// Privacy: no glyphs or sprite; the only tiles are the deployer's own basemap on the same server.
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import type { Layers } from "../domain/types";
import { basemapLayers, basemapSources } from "./basemap";
import { incidentsForClusters } from "./cluster-window";
import { forMap } from "./for-map";
import { unitLabelPoints } from "./geometry";
import {
  incidentStateDefaults,
  incidentsWithMonth,
  makeCoverageLayers,
  makeIncidentTimeLayers,
  makeReachLayers,
} from "./layers-coverage";
import { makeHeatmapLayer } from "./layers-heat";
import { makeClusterCountLayer, makeHamletLabelLayers, makeUnitLabelLayers } from "./layers-labels";
import {
  makeCollisionLayers,
  makeHamletLayer,
  makeIncidentMarkLayers,
  makeSiteHighlightLayer,
  makeSiteIconLayer,
} from "./layers-marks";
import { makePlanOverLayers, makePlanSources, makePlanUnderLayers } from "./layers-plan";
import { tiledSources, toTiledLayers } from "./layers-tiled";
import {
  ALL_VISIBLE_STATE,
  type IncidentDisplay,
  LAYER_IDS,
  type LayerGroup,
  type MapViewState,
  SELECTED_STATE,
  SOURCE_IDS,
  type SourceId,
} from "./map-state";
import { paletteFor } from "./palette";
import { WINDOW_STATE_STYLES } from "./window-state";

export const EMPTY_LAYERS: Layers = {
  units: { type: "FeatureCollection", features: [] },
  hamlets: { type: "FeatureCollection", features: [] },
  sites: { type: "FeatureCollection", features: [] },
  incidents: { type: "FeatureCollection", features: [] },
  activities: { type: "FeatureCollection", features: [] },
};

/** Above this zoom incidents show one by one; below it they gather into counted clusters. */
export const CLUSTER_MAX_ZOOM = 12;

// ---------------------------------------------------------------------------------------------
// Sources

const NO_FEATURES: FeatureCollection = { type: "FeatureCollection", features: [] };

/**
 * The data each source shows; derived sources (labels, incidents with their month) come from the
 * same input layer and are memoised, so an unchanged input yields the very same object and the
 * controller sends nothing.
 */
export function sourceData(
  layers: Layers,
  incidents: IncidentDisplay = ALL_VISIBLE_STATE.incidents,
  reach: FeatureCollection = NO_FEATURES,
): Record<SourceId, GeoJSONSourceSpecification["data"]> & Record<string, GeoJSONSourceSpecification["data"]> {
  // Every collection goes through forMap: what MapLibre's serialiser can copy, labels cut short.
  return {
    [SOURCE_IDS.units]: forMap(layers.units),
    [SOURCE_IDS.unitLabels]: forMap(unitLabelPoints(layers.units, layers)),
    [SOURCE_IDS.hamlets]: forMap(layers.hamlets),
    [SOURCE_IDS.sites]: forMap(layers.sites),
    [SOURCE_IDS.incidents]: incidentsForClusters(layers.incidents, incidents),
    // Only the points and the heatmap read this one: 5,000 or 100,000 points sent to the map's
    // worker and indexed there for layers nobody sees would delay the first frame.
    [SOURCE_IDS.incidentsPlain]: WINDOW_STATE_STYLES.includes(incidents.style)
      ? forMap(incidentsWithMonth(layers.incidents))
      : NO_FEATURES,
    [SOURCE_IDS.reach]: forMap(reach),
  };
}

export function makeSources(
  layers: Layers,
  incidents: IncidentDisplay = ALL_VISIBLE_STATE.incidents,
): Record<string, GeoJSONSourceSpecification> {
  const data = sourceData(layers, incidents);
  return {
    [SOURCE_IDS.incidentsPlain]: { type: "geojson", data: data["incidents-plain"], promoteId: "id" },
    [SOURCE_IDS.reach]: { type: "geojson", data: data.reach, promoteId: "code" },
    [SOURCE_IDS.units]: { type: "geojson", data: data.units, promoteId: "code" },
    [SOURCE_IDS.unitLabels]: { type: "geojson", data: data["unit-labels"], promoteId: "code" },
    [SOURCE_IDS.hamlets]: { type: "geojson", data: data.hamlets, promoteId: "code" },
    [SOURCE_IDS.sites]: { type: "geojson", data: data.sites, promoteId: "code" },
    [SOURCE_IDS.incidents]: {
      type: "geojson",
      data: data.incidents,
      promoteId: "id",
      cluster: true,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterRadius: 48,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Layers

export function visibilityOf(state: MapViewState, group: LayerGroup): "visible" | "none" {
  return state.visible[group] ? "visible" : "none";
}

const selected: ExpressionSpecification = ["boolean", ["feature-state", SELECTED_STATE], false];
const whenSelected = (yes: number | string, no: number | string): ExpressionSpecification => [
  "case",
  selected,
  yes,
  no,
];

/**
 * Drawing order, bottom to top: communes (the coverage colours leading), the reach, incidents,
 * hamlets, sites' rings, labels; then the symbols that reserve room, the site icons and the plan.
 * MapLibre places symbols from the top down, so the site icons and the blank squares over dots
 * and clusters are placed before any label, and the labels give way to them.
 */
export function makeLayers(state: MapViewState): LayerSpecification[] {
  const layers = makeGeojsonLayers(state);
  return state.tiles ? toTiledLayers(layers, state.incidents, state.tiles.months) : layers;
}

function makeGeojsonLayers(state: MapViewState): LayerSpecification[] {
  const visibility = (group: LayerGroup) => visibilityOf(state, group);
  const palette = paletteFor(state.theme);
  const [outline8, outline13] = palette.widths.outline;
  const [unitLabels, modelUnitLabel] = makeUnitLabelLayers(state, palette);
  const [hamletLabels, modelPointLabels] = makeHamletLabelLayers(state, palette);
  const [hamletsRoom, clustersRoom, picksRoom] = makeCollisionLayers(state);
  return [
    { id: LAYER_IDS.background, type: "background", paint: { "background-color": palette.background } },
    ...basemapLayers(state.basemap, state.theme ?? "standard", state.language),
    {
      id: LAYER_IDS.unitsFill,
      type: "fill",
      source: SOURCE_IDS.units,
      layout: { visibility: visibility("units") },
      paint: {
        "fill-color": palette.unitFill,
        "fill-opacity": whenSelected(palette.unitFillOpacity.selected, palette.unitFillOpacity.normal),
      },
    },
    ...makeCoverageLayers(state, palette),
    {
      id: LAYER_IDS.unitsOutline,
      type: "line",
      source: SOURCE_IDS.units,
      layout: { visibility: visibility("units"), "line-join": "round" },
      paint: {
        "line-color": whenSelected(palette.selection, palette.unitOutline),
        "line-width": [
          "interpolate",
          ["linear"],
          ["zoom"],
          8,
          whenSelected(outline8 + 2.5, outline8),
          13,
          whenSelected(outline13 + 4.5, outline13),
        ],
      },
    },
    ...makeReachLayers(state, palette),
    ...makePlanUnderLayers(state, palette),
    makeHeatmapLayer(state, palette),
    ...makeIncidentMarkLayers(state, palette),
    ...makeIncidentTimeLayers(state, palette),
    makeHamletLayer(state, palette),
    makeSiteHighlightLayer(state, palette),
    makeClusterCountLayer(state, palette),
    // Above the communes' names, so placed before them: close up, a hamlet's name is the story.
    unitLabels,
    hamletLabels,
    hamletsRoom,
    // The model's commune is named even over its own hamlets' dots, never over a cluster or a star;
    // close up (where hamlets are named) the model point's name comes first of all.
    modelUnitLabel,
    modelPointLabels,
    clustersRoom,
    picksRoom,
    makeSiteIconLayer(state),
    // The planner's numbered picks over everything: they take no room from the labels.
    ...makePlanOverLayers(state, palette),
  ];
}

// No `glyphs`, `sprite` or `font-faces`: labels are drawn in the page with the bundled Noto Sans,
// registered with `document.fonts` under the `text-font` names before the map exists (fonts.ts),
// and icons are drawn in code. The only URLs are the configured basemap's, on the app's server.
export function makeStyle(state: MapViewState, layers: Layers = EMPTY_LAYERS): StyleSpecification {
  return {
    version: 8,
    name: "Bình Yên",
    // No paint transitions: a recolour is applied at once, and `idle` is not held back 300 ms.
    transition: { duration: 0, delay: 0 },
    state: incidentStateDefaults(state.incidents),
    sources: {
      ...basemapSources(state.basemap),
      ...makeSources(layers, state.incidents),
      ...makePlanSources(),
      ...tiledSources(state.tiles),
    },
    layers: makeLayers(state),
  };
}
