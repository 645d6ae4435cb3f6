// The style as data: pure functions from the app's layers and view state to a MapLibre style.
// Nothing here touches a map, so the output can be checked by the style-spec validator in tests.
// Privacy: no basemap, tiles, glyphs or sprite; the only URLs are the bundled font files.
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Layers } from "../domain/types";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { unitLabelPoints } from "./geometry";
import {
  ICON_IDS,
  LAYER_IDS,
  type LayerGroup,
  type MapLanguage,
  type MapViewState,
  SELECTED_STATE,
  SOURCE_IDS,
  type SourceId,
} from "./map-state";
import { PALETTE } from "./palette";

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

/** The data each source shows; derived sources (labels) come from the same input layer. */
export function sourceData(layers: Layers): Record<SourceId, GeoJSONSourceSpecification["data"]> {
  return {
    [SOURCE_IDS.units]: layers.units,
    [SOURCE_IDS.unitLabels]: unitLabelPoints(layers.units),
    [SOURCE_IDS.hamlets]: layers.hamlets,
    [SOURCE_IDS.sites]: layers.sites,
    [SOURCE_IDS.incidents]: layers.incidents,
  };
}

export function makeSources(layers: Layers): Record<SourceId, GeoJSONSourceSpecification> {
  const data = sourceData(layers);
  return {
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

/** The `text-field` of the commune labels for a language. */
export function unitLabelField(language: MapLanguage): ExpressionSpecification {
  return ["get", language === "vi" ? "labelVi" : "labelEn"];
}

const selected: ExpressionSpecification = ["boolean", ["feature-state", SELECTED_STATE], false];
const whenSelected = (yes: number | string, no: number | string): ExpressionSpecification => [
  "case",
  selected,
  yes,
  no,
];
const textPaint = { "text-color": PALETTE.ink, "text-halo-color": PALETTE.halo, "text-halo-width": 2 };

export function makeLayers(state: MapViewState): LayerSpecification[] {
  const visibility = (group: LayerGroup) => visibilityOf(state, group);
  const status = PALETTE.hamletStatus;
  const layers: LayerSpecification[] = [
    { id: LAYER_IDS.background, type: "background", paint: { "background-color": PALETTE.background } },
    {
      id: LAYER_IDS.unitsFill,
      type: "fill",
      source: SOURCE_IDS.units,
      layout: { visibility: visibility("units") },
      paint: { "fill-color": PALETTE.unitFill, "fill-opacity": whenSelected(0.4, 0.14) },
    },
    {
      id: LAYER_IDS.unitsOutline,
      type: "line",
      source: SOURCE_IDS.units,
      layout: { visibility: visibility("units"), "line-join": "round" },
      paint: {
        "line-color": whenSelected(PALETTE.selection, PALETTE.unitOutline),
        "line-width": [
          "interpolate",
          ["linear"],
          ["zoom"],
          8,
          whenSelected(4, 1.5),
          13,
          whenSelected(7, 2.5),
        ],
      },
    },
    {
      id: LAYER_IDS.incidentsClusters,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: ["has", "point_count"],
      layout: { visibility: visibility("incidents") },
      paint: {
        "circle-color": PALETTE.incident,
        // Slightly see-through, and drawn under the hamlets: a cluster must not hide what is there.
        "circle-opacity": 0.85,
        "circle-radius": ["step", ["get", "point_count"], 12, 10, 15, 50, 19, 200, 23],
        "circle-stroke-color": PALETTE.ink,
        "circle-stroke-width": 1.5,
      },
    },
    {
      id: LAYER_IDS.incidentsPoints,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: ["!", ["has", "point_count"]],
      layout: { visibility: visibility("incidents") },
      paint: {
        "circle-color": PALETTE.incident,
        "circle-radius": whenSelected(9, 6),
        "circle-stroke-color": whenSelected(PALETTE.selection, PALETTE.ink),
        "circle-stroke-width": whenSelected(4, 1.5),
      },
    },
    {
      id: LAYER_IDS.hamletsCircles,
      type: "circle",
      source: SOURCE_IDS.hamlets,
      layout: { visibility: visibility("hamlets") },
      paint: {
        "circle-color": [
          "match",
          ["get", "modelStatus"],
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
          ["match", ["get", "modelStatus"], "model-point", 7, "none", 3.5, 4.5],
          14,
          ["match", ["get", "modelStatus"], "model-point", 12, "none", 7, 9],
        ],
        "circle-stroke-color": whenSelected(PALETTE.selection, PALETTE.ink),
        "circle-stroke-width": whenSelected(4, 1.5),
      },
    },
    {
      // Icons cannot read feature-state, so a selected site gets a ring drawn beneath it.
      id: LAYER_IDS.sitesHighlight,
      type: "circle",
      source: SOURCE_IDS.sites,
      layout: { visibility: visibility("sites") },
      paint: {
        "circle-radius": 21,
        "circle-color": PALETTE.halo,
        "circle-opacity": whenSelected(0.9, 0),
        "circle-stroke-color": PALETTE.selection,
        "circle-stroke-width": 4,
        "circle-stroke-opacity": whenSelected(1, 0),
      },
    },
    {
      id: LAYER_IDS.sitesIcons,
      type: "symbol",
      source: SOURCE_IDS.sites,
      layout: {
        visibility: visibility("sites"),
        "icon-image": ["match", ["get", "siteType"], "model", ICON_IDS.modelSite, ICON_IDS.policePost],
        "icon-size": ["match", ["get", "siteType"], "model", 1.2, 1],
        "icon-allow-overlap": true,
        // Model stars draw over police posts where they overlap.
        "symbol-sort-key": ["match", ["get", "siteType"], "model", 1, 0],
      },
    },
    {
      id: LAYER_IDS.incidentsClusterCounts,
      type: "symbol",
      source: SOURCE_IDS.incidents,
      filter: ["has", "point_count"],
      layout: {
        visibility: visibility("incidents"),
        "text-field": ["get", "point_count_abbreviated"],
        "text-font": [FONT_BOLD],
        "text-size": 14,
        // Commune names win over counts where they collide; the circle still shows the cluster.
        "text-allow-overlap": false,
      },
      paint: { "text-color": PALETTE.clusterText },
    },
    {
      id: LAYER_IDS.hamletsLabels,
      type: "symbol",
      source: SOURCE_IDS.hamlets,
      minzoom: 11.5,
      layout: {
        visibility: visibility("hamlets"),
        "text-field": ["get", "name"],
        "text-font": [FONT_REGULAR],
        "text-size": 13,
        "text-anchor": "top",
        "text-offset": [0, 0.9],
        "text-max-width": 8,
      },
      paint: textPaint,
    },
    {
      id: LAYER_IDS.unitsLabels,
      type: "symbol",
      source: SOURCE_IDS.unitLabels,
      layout: {
        visibility: visibility("units"),
        "text-field": unitLabelField(state.language),
        "text-font": [FONT_BOLD],
        "text-size": ["interpolate", ["linear"], ["zoom"], 8, 12, 12, 18],
        "text-max-width": 7,
        "text-padding": 4,
      },
      paint: { ...textPaint, "text-halo-width": 2.5 },
    },
  ];
  return layers;
}

export function makeStyle(
  state: MapViewState,
  fontFaces: FontFacesSpecification,
  layers: Layers = EMPTY_LAYERS,
): StyleSpecification {
  return {
    version: 8,
    name: "Bình Yên",
    "font-faces": fontFaces,
    sources: makeSources(layers),
    layers: makeLayers(state),
  };
}
