// The map's words: commune names, hamlet names and cluster counts. Labels never overlap a mark or
// each other (text-allow-overlap stays false, and the marks reserve their room first, see
// layers-marks.ts); where not all fit, the order decides which stay: the model's commune, then
// the communes with most hamlets; hamlets of the commune in focus, the model point first. Each
// label may move around its point (variable anchors) before it gives way.
import type {
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { LAYER_IDS, type LayerGroup, type MapLanguage, type MapViewState, SOURCE_IDS } from "./map-state";
import type { Palette } from "./palette";

/** The `text-field` of the commune labels for a language. */
export function unitLabelField(language: MapLanguage): ExpressionSpecification {
  return ["get", language === "vi" ? "labelVi" : "labelEn"];
}

const visibility = (state: MapViewState, group: LayerGroup) => (state.visible[group] ? "visible" : "none");

const textPaint = (palette: Palette) => ({
  "text-color": palette.ink,
  "text-halo-color": palette.halo,
  "text-halo-width": palette.widths.halo,
});

/** Projector themes: big type for the back of the room, so fewer names, and only where it matters. */
const onProjector = (state: MapViewState) => (state.theme ?? "standard") !== "standard";

/** From this zoom hamlets are named (a district overview has no room for 391 names). */
export const HAMLET_LABEL_MIN_ZOOM = 11.5;

/** Hamlet labels' placing order: the focus commune's first, then the model point, covered, planned. */
export function hamletLabelOrder(focusUnit: string | null | undefined): ExpressionSpecification {
  const status: ExpressionSpecification = [
    "match",
    ["get", "modelStatus"],
    "model-point",
    0,
    "replicated",
    1,
    "planned",
    2,
    3,
  ];
  if (!focusUnit) return status;
  return ["+", ["case", ["==", ["get", "unitCode"], focusUnit], 0, 10], status];
}

export function makeClusterCountLayer(state: MapViewState, palette: Palette): LayerSpecification {
  const clusterVisibility =
    state.visible.incidents && state.incidents.style === "clusters" ? "visible" : "none";
  return {
    id: LAYER_IDS.incidentsClusterCounts,
    type: "symbol",
    source: SOURCE_IDS.incidents,
    filter: ["has", "point_count"],
    layout: {
      visibility: clusterVisibility,
      "text-field": ["get", "point_count_abbreviated"],
      "text-font": [FONT_BOLD],
      "text-size":
        state.mode === "coverage" ? Math.min(14, palette.textSizes.cluster) : palette.textSizes.cluster,
      // Inside its own circle, whose room is already reserved; it takes none from the labels.
      "text-allow-overlap": true,
      "text-ignore-placement": true,
    },
    paint: { "text-color": palette.clusterText },
  };
}

/**
 * Hamlet names: model points in a layer of their own, placed before the others (sort keys order
 * labels within a tile only, and a model point's name must not lose to a neighbour's in the next
 * tile), then the rest.
 */
export function makeHamletLabelLayers(
  state: MapViewState,
  palette: Palette,
): [LayerSpecification, LayerSpecification] {
  const focus = state.focusUnit ?? null;
  // On a projector a close-up names only the hamlets of the commune in focus, which the camera
  // frames with room to spare: names of the neighbours' hamlets were cut by the frame's edge.
  const onlyFocus = onProjector(state) && focus !== null;
  const modelPoint: ExpressionSpecification = ["==", ["get", "modelStatus"], "model-point"];
  const inFocus: ExpressionSpecification = ["==", ["get", "unitCode"], focus ?? ""];
  const layer = (id: string, filter: ExpressionSpecification): LayerSpecification => ({
    id,
    type: "symbol",
    source: SOURCE_IDS.hamlets,
    minzoom: HAMLET_LABEL_MIN_ZOOM,
    filter: onlyFocus ? ["all", filter, inFocus] : filter,
    layout: {
      visibility: visibility(state, "hamlets"),
      "text-field": ["get", "name"],
      "text-font": [FONT_REGULAR],
      "text-size": palette.textSizes.hamlet,
      "text-variable-anchor": ["top", "bottom", "right", "left"],
      // Clear of a model site's star, which stands on its hamlet's dot.
      "text-radial-offset": 1.15,
      "text-justify": "auto",
      "text-max-width": 8,
      "text-padding": 3,
      "symbol-sort-key": hamletLabelOrder(focus),
    },
    paint: textPaint(palette),
  });
  return [layer(LAYER_IDS.hamletsLabels, ["!", modelPoint]), layer(LAYER_IDS.modelPointLabels, modelPoint)];
}

const MODEL_LABEL_ANCHORS: NonNullable<SymbolLayerSpecification["layout"]>["text-variable-anchor-offset"] = [
  "center",
  [0, 0],
  "bottom",
  [0, -1.2],
  "top",
  [0, 1.2],
  "left",
  [1.2, 0],
  "right",
  [-1.2, 0],
  "bottom-left",
  [0.6, -0.8],
  "bottom-right",
  [-0.6, -0.8],
  "top-left",
  [0.6, 0.8],
  "top-right",
  [-0.6, 0.8],
];

/**
 * Commune names: the model's commune in a layer of its own, placed before the marks' reserved
 * room (it gives way only to the site icons), so it is named even where its replicated hamlets
 * leave no room at all; the others after, giving way to every mark.
 */
export function makeUnitLabelLayers(
  state: MapViewState,
  palette: Palette,
): [LayerSpecification, LayerSpecification] {
  const layout: SymbolLayerSpecification["layout"] = {
    visibility: visibility(state, "units"),
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
    // At the label point if there is room, else beside it, clear of the mark it gave way to.
    "text-variable-anchor-offset": [
      "center",
      [0, 0],
      "top",
      [0, 0.9],
      "bottom",
      [0, -0.9],
      "left",
      [0.9, 0],
      "right",
      [-0.9, 0],
    ],
    "text-justify": "auto",
    "symbol-sort-key": ["get", "rank"],
  };
  const paint = { ...textPaint(palette), "text-halo-width": palette.widths.halo + 0.5 };
  // On a projector a close-up names only its own commune: its neighbours' names, near the frame's
  // edge, came out cut in half.
  const focus = onProjector(state) ? (state.focusUnit ?? null) : null;
  const others: ExpressionSpecification = focus
    ? ["all", [">", ["get", "rank"], 0], ["==", ["get", "code"], focus]]
    : [">", ["get", "rank"], 0];
  const model: ExpressionSpecification = focus
    ? ["all", ["==", ["get", "rank"], 0], ["==", ["get", "code"], focus]]
    : ["==", ["get", "rank"], 0];
  return [
    {
      id: LAYER_IDS.unitsLabels,
      type: "symbol",
      source: SOURCE_IDS.unitLabels,
      filter: others,
      layout,
      paint,
    },
    {
      id: LAYER_IDS.modelUnitLabel,
      type: "symbol",
      source: SOURCE_IDS.unitLabels,
      filter: model,
      // More places to try, the corners included: it must not give up.
      layout: { ...layout, "text-variable-anchor-offset": MODEL_LABEL_ANCHORS, "text-padding": 1 },
      paint,
    },
  ];
}
