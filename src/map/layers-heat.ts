// The incident heatmap. A fixed intensity paints a dense district one maroon blanket and a sparse
// one nothing at all; here the intensity at each zoom is worked out from how many incidents are
// shown per km², so the average ground reads as the ramp's coolest colour and only real
// concentrations (several times the average) reach its hottest.
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { shownNow } from "./layers-coverage";
import {
  type IncidentDensity,
  LAYER_IDS,
  type MapViewState,
  OUT_OF_WINDOW_STATE,
  SOURCE_IDS,
} from "./map-state";
import type { Palette } from "./palette";

const EARTH_CIRCUMFERENCE_KM = 40_075.016686;

/** The kernel's radius in pixels at zooms 8, 11 and 14: wide enough to merge, small enough to place. */
export const HEAT_RADIUS: readonly [zoom: number, pixels: number][] = [
  [8, 10],
  [11, 16],
  [14, 28],
];

/** The density the average ground should have (the ramp is transparent below 0.1). */
export const HEAT_TARGET = 0.16;

// MapLibre's kernel is weight × intensity × 0.3989 × exp(−4.5 (d/R)²); summed over a plane of
// points it gives 0.3989 × π / 4.5 × R² ≈ 0.2785 R² per point per pixel².
const KERNEL_AREA = (0.3989422804014327 * Math.PI) / 4.5;

function radiusAt(zoom: number): number {
  const [first, ...rest] = HEAT_RADIUS;
  if (!first || zoom <= first[0]) return first?.[1] ?? 10;
  let previous = first;
  for (const stop of rest) {
    if (zoom <= stop[0]) {
      const share = (zoom - previous[0]) / (stop[0] - previous[0]);
      return previous[1] + share * (stop[1] - previous[1]);
    }
    previous = stop;
  }
  return previous[1];
}

/** The intensity that gives the average ground HEAT_TARGET at `zoom`. */
export function heatIntensity(density: IncidentDensity, zoom: number): number {
  const kmPerPixel =
    (EARTH_CIRCUMFERENCE_KM * Math.cos((density.latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
  const perPixel = density.perKm2 * kmPerPixel ** 2;
  const radius = radiusAt(zoom);
  const expected = perPixel * KERNEL_AREA * radius ** 2;
  // Bounded: a handful of incidents must not glow like a city, nor 100,000 vanish.
  return expected > 0 ? Math.min(4, Math.max(0.005, HEAT_TARGET / expected)) : 1;
}

const INTENSITY_ZOOMS = [6, 8, 9, 10, 11, 12, 13, 14, 15];

/**
 * The density rounded to a quarter power of two (within 9%, which the eye does not tell apart on
 * the ramp), so a slider step seldom changes the intensity: windows of the same length hold about
 * as many incidents, and any paint change costs MapLibre a second frame (its style's change event
 * asks for another), 0.3–0.7 s where WebGL is drawn in software.
 */
export function roundedDensity(density: IncidentDensity): IncidentDensity {
  return { ...density, perKm2: 2 ** (Math.round(Math.log2(density.perKm2) * 4) / 4) };
}

function intensityExpression(density: IncidentDensity | null | undefined): ExpressionSpecification | number {
  if (!density || density.perKm2 <= 0) return 1;
  const rounded = roundedDensity(density);
  const stops = INTENSITY_ZOOMS.flatMap((zoom) => [
    zoom,
    Number(heatIntensity(rounded, zoom).toPrecision(3)),
  ]);
  return ["interpolate", ["linear"], ["zoom"], ...stops] as ExpressionSpecification;
}

/**
 * Each incident's weight: 1 when shown, 0 otherwise. On GeoJSON the window is feature-state set by
 * window-state.ts (a step changes no tile) and only the categories come from global state; a
 * tile archive's features are not known to the page, so there the window is global state too
 * (every step re-tiles). Hidden, the weight is a constant: no state change reaches its source.
 */
function heatWeight(state: MapViewState): ExpressionSpecification | number {
  if (state.incidents.style !== "heatmap") return 1;
  if (state.tiles) return ["case", shownNow, 1, 0];
  return [
    "case",
    [
      "all",
      ["in", ["get", "category"], ["global-state", "categories"]],
      ["!", ["boolean", ["feature-state", OUT_OF_WINDOW_STATE], false]],
    ],
    1,
    0,
  ];
}

export function makeHeatmapLayer(state: MapViewState, palette: Palette): LayerSpecification {
  const shown = state.visible.incidents && state.incidents.style === "heatmap";
  return {
    id: LAYER_IDS.incidentsHeatmap,
    type: "heatmap",
    source: SOURCE_IDS.incidentsPlain,
    maxzoom: 15,
    layout: { visibility: shown ? "visible" : "none" },
    paint: {
      "heatmap-weight": heatWeight(state),
      "heatmap-radius": ["interpolate", ["linear"], ["zoom"], ...HEAT_RADIUS.flat()],
      "heatmap-intensity": intensityExpression(state.incidents.density),
      // See-through enough that the communes' coverage colours still read beneath.
      "heatmap-opacity": 0.8,
      "heatmap-color": [
        "interpolate",
        ["linear"],
        ["heatmap-density"],
        0,
        "rgba(0,0,0,0)",
        0.1,
        "rgba(0,0,0,0)",
        0.2,
        palette.heat[0],
        0.45,
        palette.heat[1],
        0.7,
        palette.heat[2],
        1,
        palette.heat[3],
      ],
    },
  };
}
