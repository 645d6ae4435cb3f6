// The incident heatmap. A fixed intensity paints a dense district one maroon blanket and a sparse
// one nothing at all; here the intensity at each zoom is worked out from how many incidents are
// shown per km², so the average ground reads as the ramp's coolest colour and only real
// concentrations (several times the average) reach its hottest.
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { shownNow } from "./layers-coverage";
import { type IncidentDensity, LAYER_IDS, type MapViewState, SOURCE_IDS } from "./map-state";
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

function intensityExpression(density: IncidentDensity | null | undefined): ExpressionSpecification | number {
  if (!density || density.perKm2 <= 0) return 1;
  const stops = INTENSITY_ZOOMS.flatMap((zoom) => [
    zoom,
    Number(heatIntensity(density, zoom).toPrecision(3)),
  ]);
  return ["interpolate", ["linear"], ["zoom"], ...stops] as ExpressionSpecification;
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
      // A per-feature test of the window: any change re-tiles the source (measured: about
      // 3.5 s at 100,000 points), so it is only present while the heatmap is the style shown.
      "heatmap-weight": state.incidents.style === "heatmap" ? ["case", shownNow, 1, 0] : 1,
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
