// The view (the store's, or a slide's) as the map controller's state: one mapping for the live
// map and for the off-screen map of exported slides, so both draw the same thing.
import type { Layers } from "../domain/types";
import type { MapBasemap } from "../map/basemap";
import { incidentDensity } from "../map/incident-density";
import { incidentMonthRange, monthIndex } from "../map/layers-coverage";
import type { MapTiles } from "../map/layers-tiled";
import type { MapViewState } from "../map/map-state";
import type { Selection, ViewState } from "../state/view";

type MapRelevantView = Pick<
  ViewState,
  "visible" | "selected" | "language" | "theme" | "mode" | "window" | "incidentStyle" | "categories"
>;

/** The commune a selection is about: the commune itself, or a hamlet's commune. */
export function focusUnitOf(selected: Selection | null, layers: Layers | null): string | null {
  if (selected?.layer === "units") return selected.id;
  if (selected?.layer !== "hamlets" || !layers) return null;
  const hamlet = layers.hamlets.features.find((feature) => feature.properties.code === selected.id);
  return hamlet?.properties.unitCode ?? null;
}

export function mapStateOf(
  view: MapRelevantView,
  layers: Layers | null,
  basemap: MapBasemap | null = null,
  tiles: MapTiles | null = null,
): MapViewState {
  // Outside the coverage view every incident shows, whatever window was last chosen.
  const fromMonth = view.mode === "coverage" && view.window.from ? monthIndex(view.window.from) : null;
  const toMonth = view.mode === "coverage" && view.window.to ? monthIndex(view.window.to) : null;
  return {
    basemap,
    ...(tiles ? { tiles } : {}),
    visible: view.visible,
    selected: view.selected,
    language: view.language,
    theme: view.theme,
    mode: view.mode,
    focusUnit: focusUnitOf(view.selected, layers),
    incidents: {
      style: view.incidentStyle,
      months: tiles ? tiles.months : layers ? incidentMonthRange(layers.incidents) : null,
      fromMonth,
      toMonth,
      categories: view.categories,
      // Only the heatmap reads it: other styles need not follow every slider step.
      density:
        layers && view.incidentStyle === "heatmap"
          ? incidentDensity(layers, fromMonth, toMonth, view.categories)
          : null,
    },
  };
}
