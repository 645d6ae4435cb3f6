// The time window of the points and heatmap styles as feature-state on their one source. A paint
// value that compares each incident's month with the window in global state re-tiles the whole
// source on every slider step (MapLibre lays a data-driven paint value out again when the state it
// reads changes: 100,000 points, several software-drawn frames as the tiles come back); a paint
// change of any kind costs a second frame (the style's change event asks for one). Feature-state
// changes only the paint values of the features named, in the tiles already there, drawn in the
// next and only frame: a step names the incidents of the month entering the window and of the one
// leaving it. Incidents carry no state until they leave the window, so showing all costs nothing.
import type { FeatureCollection, Point } from "geojson";
import type { IncidentProperties } from "../domain/types";
import { incidentsByMonth } from "./layers-coverage";
import { type MapViewState, OUT_OF_WINDOW_STATE, SOURCE_IDS } from "./map-state";

type IncidentCollection = FeatureCollection<Point, IncidentProperties>;

/** The window whose out-of-window states the incidents' source holds, and for which incidents. */
export interface WindowState {
  incidents: IncidentCollection;
  fromMonth: number | null;
  toMonth: number | null;
}

interface StateMap {
  setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): void;
  removeFeatureState(feature: { source: string }): void;
}

const outside = (window: WindowState | null, month: number) =>
  window !== null &&
  ((window.fromMonth !== null && month < window.fromMonth) ||
    (window.toMonth !== null && month > window.toMonth));

/** The styles drawn from the incidents' plain source, whose window is feature-state. */
export const WINDOW_STATE_STYLES: readonly string[] = ["points", "heatmap"];

/**
 * Brings the plain source's states from `applied` to the window of `next`, only while the points
 * or the heatmap are the style shown (hidden, they need not follow), and only on GeoJSON incidents
 * (a tile archive's features are not known to the page). Returns the window now applied and how
 * many features were given a state.
 */
export function applyWindowState(
  map: StateMap,
  incidents: IncidentCollection,
  applied: WindowState | null,
  next: MapViewState,
): { applied: WindowState | null; changed: number } {
  if (!WINDOW_STATE_STYLES.includes(next.incidents.style) || next.tiles) return { applied, changed: 0 };
  const target: WindowState = {
    incidents,
    fromMonth: next.incidents.fromMonth,
    toMonth: next.incidents.toMonth,
  };
  let before = applied;
  if (before && before.incidents !== incidents) {
    // Another dataset: the old incidents' states go, the new ones start with none.
    map.removeFeatureState({ source: SOURCE_IDS.incidentsPlain });
    before = null;
  }
  if (before && before.fromMonth === target.fromMonth && before.toMonth === target.toMonth)
    return { applied: before, changed: 0 };
  let changed = 0;
  for (const [month, collection] of incidentsByMonth(incidents)) {
    const out = outside(target, month);
    if (outside(before, month) === out) continue;
    for (const feature of collection.features) {
      map.setFeatureState(
        { source: SOURCE_IDS.incidentsPlain, id: feature.properties.id },
        { [OUT_OF_WINDOW_STATE]: out },
      );
      changed += 1;
    }
  }
  return { applied: target, changed };
}
