// The view (the store's, or a slide's) as the map controller's state: one mapping for the live
// map and for the off-screen map of exported slides, so both draw the same thing.
import type { Layers } from "../domain/types";
import type { MapBasemap } from "../map/basemap";
import { incidentMonthRange, monthIndex } from "../map/layers-coverage";
import type { MapViewState } from "../map/map-state";
import type { ViewState } from "../state/view";

type MapRelevantView = Pick<
  ViewState,
  "visible" | "selected" | "language" | "theme" | "mode" | "window" | "incidentStyle" | "categories"
>;

export function mapStateOf(
  view: MapRelevantView,
  layers: Layers | null,
  basemap: MapBasemap | null = null,
): MapViewState {
  return {
    basemap,
    visible: view.visible,
    selected: view.selected,
    language: view.language,
    theme: view.theme,
    mode: view.mode,
    incidents: {
      style: view.incidentStyle,
      months: layers ? incidentMonthRange(layers.incidents) : null,
      // Outside the coverage view every incident shows, whatever window was last chosen.
      fromMonth: view.mode === "coverage" && view.window.from ? monthIndex(view.window.from) : null,
      toMonth: view.mode === "coverage" && view.window.to ? monthIndex(view.window.to) : null,
      categories: view.categories,
    },
  };
}
