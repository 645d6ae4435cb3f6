// A view (the store's, or a slide's merged into it) as the map controller's state, for the
// off-screen map of an exported slide.
// The coverage view's data (unit shares, reach circles) is not handed to the off-screen map yet.

import { monthIndex } from "../../../map/layers-coverage";
import type { MapViewState } from "../../../map/map-state";
import type { ViewState } from "../../../state/view";

export function mapStateOf(view: ViewState): MapViewState {
  return {
    visible: view.visible,
    selected: view.selected,
    language: view.language,
    theme: view.theme,
    mode: view.mode,
    incidents: {
      style: view.incidentStyle,
      // As on screen (MapView): the time window filters incidents in the coverage view only.
      fromMonth: view.mode === "coverage" && view.window.from ? monthIndex(view.window.from) : null,
      toMonth: view.mode === "coverage" && view.window.to ? monthIndex(view.window.to) : null,
      categories: view.categories,
    },
  };
}
