// The style as data: pure functions from the app's layers and view state to a MapLibre style.
// Nothing here touches a map, so the output can be checked by the style-spec validator in tests.
// Privacy: no basemap, tiles, glyphs or sprite; the only URLs are the bundled font files.
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import type { Layers } from "../domain/types";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { forMap } from "./for-map";
import { unitLabelPoints } from "./geometry";
import {
  incidentStateDefaults,
  incidentsForClusters,
  incidentsWithMonth,
  makeCoverageLayers,
  makeIncidentTimeLayers,
  monthSources,
} from "./layers-coverage";
import { makePlanOverLayers, makePlanSources, makePlanUnderLayers } from "./layers-plan";
import {
  ALL_VISIBLE_STATE,
  ICON_IDS,
  type IncidentDisplay,
  LAYER_IDS,
  type LayerGroup,
  type MapLanguage,
  type MapViewState,
  SELECTED_STATE,
  SOURCE_IDS,
  type SourceId,
  STATUS_STATE,
} from "./map-state";
import { type Palette, paletteFor } from "./palette";

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
  const months = incidents.style === "points" ? monthSources(layers.incidents, incidents.months) : {};
  return {
    // The month sources only exist while the points style is shown: tiling 48 of them for a map
    // that draws clusters would only slow the first frame.
    ...Object.fromEntries(Object.entries(months).map(([id, month]) => [id, forMap(month)])),
    [SOURCE_IDS.units]: forMap(layers.units),
    [SOURCE_IDS.unitLabels]: forMap(unitLabelPoints(layers.units)),
    [SOURCE_IDS.hamlets]: forMap(layers.hamlets),
    [SOURCE_IDS.sites]: forMap(layers.sites),
    [SOURCE_IDS.incidents]: forMap(incidentsForClusters(layers.incidents, incidents)),
    // Only the heatmap reads this one: 5,000 or 100,000 points sent to the map's worker and
    // indexed there for a layer nobody sees would delay the first frame.
    [SOURCE_IDS.incidentsPlain]:
      incidents.style === "heatmap" ? forMap(incidentsWithMonth(layers.incidents)) : NO_FEATURES,
    [SOURCE_IDS.reach]: forMap(reach),
  };
}

export function makeSources(
  layers: Layers,
  incidents: IncidentDisplay = ALL_VISIBLE_STATE.incidents,
): Record<string, GeoJSONSourceSpecification> {
  const data = sourceData(layers, incidents);
  const months =
    incidents.style === "points" ? Object.keys(monthSources(layers.incidents, incidents.months)) : [];
  return {
    ...Object.fromEntries(
      months.map((id) => [
        id,
        { type: "geojson", data: data[id] as FeatureCollection, promoteId: "id" } as const,
      ]),
    ),
    [SOURCE_IDS.incidentsPlain]: { type: "geojson", data: data["incidents-plain"], promoteId: "id" },
    [SOURCE_IDS.reach]: { type: "geojson", data: data.reach },
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
// In the coverage view a hamlet shows its status as of the window's end (feature-state set by the
// controller); elsewhere, its status as recorded.
const hamletStatus: ExpressionSpecification = [
  "coalesce",
  ["feature-state", STATUS_STATE],
  ["get", "modelStatus"],
];

const textPaint = (palette: Palette) => ({
  "text-color": palette.ink,
  "text-halo-color": palette.halo,
  "text-halo-width": palette.widths.halo,
});

export function makeLayers(state: MapViewState): LayerSpecification[] {
  const visibility = (group: LayerGroup) => visibilityOf(state, group);
  // The clustered layers are one of three incident styles; the other two are in layers-coverage.
  const clusterVisibility =
    state.visible.incidents && state.incidents.style === "clusters" ? "visible" : "none";
  const palette = paletteFor(state.theme);
  const status = palette.hamletStatus;
  const [outline8, outline13] = palette.widths.outline;
  const markWidth = palette.widths.mark;
  const layers: LayerSpecification[] = [
    { id: LAYER_IDS.background, type: "background", paint: { "background-color": palette.background } },
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
    ...makeCoverageLayers(state, palette),
    ...makePlanUnderLayers(state, palette),
    {
      id: LAYER_IDS.incidentsClusters,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: ["has", "point_count"],
      layout: { visibility: clusterVisibility },
      paint: {
        "circle-color": palette.incident,
        // Slightly see-through, and drawn under the hamlets: a cluster must not hide what is there.
        "circle-opacity": 0.85,
        "circle-radius": ["step", ["get", "point_count"], 12, 10, 15, 50, 19, 200, 23],
        "circle-stroke-color": palette.markOutline,
        "circle-stroke-width": markWidth,
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
        "circle-radius": whenSelected(9, 6),
        "circle-stroke-color": whenSelected(palette.selection, palette.markOutline),
        "circle-stroke-width": whenSelected(4, markWidth),
      },
    },
    ...makeIncidentTimeLayers(state, palette),
    {
      id: LAYER_IDS.hamletsCircles,
      type: "circle",
      source: SOURCE_IDS.hamlets,
      layout: { visibility: visibility("hamlets") },
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
          ["match", hamletStatus, "model-point", 7, "none", 3.5, 4.5],
          14,
          ["match", hamletStatus, "model-point", 12, "none", 7, 9],
        ],
        "circle-stroke-color": whenSelected(palette.selection, palette.markOutline),
        "circle-stroke-width": whenSelected(4, markWidth),
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
        "circle-color": palette.halo,
        "circle-opacity": whenSelected(0.9, 0),
        "circle-stroke-color": palette.selection,
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
    ...makePlanOverLayers(state, palette),
    {
      id: LAYER_IDS.incidentsClusterCounts,
      type: "symbol",
      source: SOURCE_IDS.incidents,
      filter: ["has", "point_count"],
      layout: {
        visibility: clusterVisibility,
        "text-field": ["get", "point_count_abbreviated"],
        "text-font": [FONT_BOLD],
        "text-size": palette.textSizes.cluster,
        // Commune names win over counts where they collide; the circle still shows the cluster.
        "text-allow-overlap": false,
      },
      paint: { "text-color": palette.clusterText },
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
        "text-size": palette.textSizes.hamlet,
        "text-anchor": "top",
        "text-offset": [0, 0.9],
        "text-max-width": 8,
      },
      paint: textPaint(palette),
    },
    {
      id: LAYER_IDS.unitsLabels,
      type: "symbol",
      source: SOURCE_IDS.unitLabels,
      layout: {
        visibility: visibility("units"),
        "text-field": unitLabelField(state.language),
        "text-font": [FONT_BOLD],
        "text-size": [
          "interpolate",
          ["linear"],
          ["zoom"],
          8,
          palette.textSizes.unit[0],
          12,
          palette.textSizes.unit[1],
        ],
        "text-max-width": 7,
        "text-padding": 4,
      },
      paint: { ...textPaint(palette), "text-halo-width": palette.widths.halo + 0.5 },
    },
  ];
  return layers;
}

// No `glyphs`, `sprite` or `font-faces`: labels are drawn in the page with the bundled Noto Sans,
// registered with `document.fonts` under the `text-font` names before the map exists (fonts.ts),
// and icons are drawn in code. The style holds no URL at all.
export function makeStyle(state: MapViewState, layers: Layers = EMPTY_LAYERS): StyleSpecification {
  return {
    version: 8,
    name: "Bình Yên",
    // No paint transitions: a recolour is applied at once, and `idle` is not held back 300 ms.
    transition: { duration: 0, delay: 0 },
    state: incidentStateDefaults(state.incidents),
    sources: { ...makeSources(layers, state.incidents), ...makePlanSources() },
    layers: makeLayers(state),
  };
}
