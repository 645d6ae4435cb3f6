// How a change of view state or coverage becomes the fewest map calls. Kept apart from the
// controller so each rule can be tested against a fake map without MapLibre.
import type { LayerSpecification, Map as MaplibreMap } from "maplibre-gl";
import { ownValue } from "../domain/records";
import { makeLayers } from "./layers";
import { globalStateRead } from "./layers-coverage";
import { unitLabelField } from "./layers-labels";
import { TILES_SOURCE } from "./layers-tiled";
import {
  type CoverageMapData,
  LAYER_IDS,
  type MapSelection,
  type MapViewState,
  RATIO_STATE,
  REACH_SHOWN_STATE,
  SELECTED_STATE,
  SOURCE_BY_GROUP,
  SOURCE_IDS,
  STATUS_STATE,
} from "./map-state";
import { propertyChanges } from "./style-diff";

type SyncMap = Pick<
  MaplibreMap,
  | "setLayoutProperty"
  | "setPaintProperty"
  | "setGlobalStateProperty"
  | "setFeatureState"
  | "addLayer"
  | "removeLayer"
  | "setFilter"
>;

/** The layer specifications of the state applied last and of the state to apply, made once. */
export interface LayerChange {
  before: readonly LayerSpecification[];
  after: readonly LayerSpecification[];
}

export function layerChange(previous: MapViewState, next: MapViewState): LayerChange {
  return { before: makeLayers(previous), after: makeLayers(next) };
}

/**
 * Layers that come and go with the state (one per month of incidents, which depends on the
 * data) are added and removed in place, in the order makeLayers gives; filters that changed are
 * set. Returns how many calls were made.
 */
export function applyLayerSet(map: SyncMap, layers: LayerChange): number {
  const before = new Map(layers.before.map((layer) => [layer.id, layer]));
  const after = layers.after;
  const afterIds = new Set(after.map((layer) => layer.id));
  let calls = 0;
  for (const id of before.keys()) {
    if (afterIds.has(id)) continue;
    map.removeLayer(id);
    calls += 1;
  }
  after.forEach((layer, index) => {
    const old = before.get(layer.id);
    if (!old) {
      // Insert below the next layer that already exists, so the drawing order stays makeLayers'.
      const beneath = after.slice(index + 1).find((candidate) => before.has(candidate.id));
      map.addLayer(layer, beneath?.id);
      calls += 1;
      return;
    }
    const oldFilter = "filter" in old ? old.filter : undefined;
    const newFilter = "filter" in layer ? layer.filter : undefined;
    if (JSON.stringify(oldFilter) !== JSON.stringify(newFilter)) {
      map.setFilter(layer.id, newFilter ?? null);
      calls += 1;
    }
  });
  return calls;
}

function visibilities(layers: readonly LayerSpecification[]): Map<string, unknown> {
  return new Map(layers.map((layer) => [layer.id, layer.layout?.visibility ?? "visible"]));
}

/**
 * Layer visibility follows from several parts of the state (the layer toggles, the view mode,
 * the incident style), so it is compared layer by layer rather than by toggle.
 * Returns how many layers changed.
 */
export function applyVisibility(map: SyncMap, layers: LayerChange): number {
  const before = visibilities(layers.before);
  let changed = 0;
  for (const [layerId, visibility] of visibilities(layers.after)) {
    if (before.get(layerId) === visibility) continue;
    map.setLayoutProperty(layerId, "visibility", visibility as "visible" | "none");
    changed += 1;
  }
  return changed;
}

/**
 * Paint and layout values that follow the state within one theme (the months shown in the points
 * style are the ones with opacity above 0; marks step back in the coverage view; the focus
 * commune's hamlets are labelled first). A theme change is applyTheme's, visibility
 * applyVisibility's and the labels' language applyLanguage's. Returns how many values were set.
 */
const LANGUAGE_LAYERS: readonly string[] = [LAYER_IDS.unitsLabels, LAYER_IDS.modelUnitLabel];

export function applyPaint(
  map: SyncMap,
  previous: MapViewState,
  next: MapViewState,
  layers: LayerChange,
): number {
  if ((previous.theme ?? "standard") !== (next.theme ?? "standard")) return 0;
  let changed = 0;
  for (const change of propertyChanges(layers.before, layers.after, { skipLayout: ["visibility"] })) {
    // The communes' names follow the language through applyLanguage; other text (an archive's
    // cluster counts under a time window) is set here.
    if (change.property === "text-field" && LANGUAGE_LAYERS.includes(change.layerId)) continue;
    // The names and values come from our own layer specifications.
    if (change.kind === "paint")
      map.setPaintProperty(change.layerId, change.property as never, change.value as never);
    else map.setLayoutProperty(change.layerId, change.property as never, change.value as never);
    changed += 1;
  }
  return changed;
}

/** The global state the layers read (the heatmap's categories, a tile archive's window) when it changed. */
export function applyIncidentWindow(map: SyncMap, previous: MapViewState, next: MapViewState): number {
  const before = globalStateRead(previous);
  let changed = 0;
  for (const [name, value] of Object.entries(globalStateRead(next))) {
    if (JSON.stringify(before[name]) === JSON.stringify(value)) continue;
    map.setGlobalStateProperty(name, value);
    changed += 1;
  }
  return changed;
}

/**
 * Coverage colours and which reach circles show are feature-state: a new window recolours the
 * communes and hamlets and shows the circles of the model sites active by then without sending
 * any geometry to the map's worker (a re-tiled source costs frames). Only values that changed are sent.
 */
export function applyCoverageState(
  map: SyncMap,
  previous: CoverageMapData | null,
  next: CoverageMapData | null,
  tiled = false,
): number {
  let changed = 0;
  const sync = (
    target: { source: string; sourceLayer?: string },
    key: string,
    before: Record<string, unknown> | undefined,
    after: Record<string, unknown> | undefined,
  ) => {
    for (const id of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
      const value = ownValue(after, id) ?? null;
      if ((ownValue(before, id) ?? null) === value) continue;
      map.setFeatureState({ ...target, id }, { [key]: value });
      changed += 1;
    }
  };
  // From a tile archive the communes and hamlets are the archive's layers of those names.
  const units = tiled ? { source: TILES_SOURCE, sourceLayer: "units" } : { source: SOURCE_IDS.units };
  const hamlets = tiled ? { source: TILES_SOURCE, sourceLayer: "hamlets" } : { source: SOURCE_IDS.hamlets };
  sync(units, RATIO_STATE, previous?.unitRatio, next?.unitRatio);
  sync(hamlets, STATUS_STATE, previous?.hamletStatus, next?.hamletStatus);
  sync({ source: SOURCE_IDS.reach }, REACH_SHOWN_STATE, previous?.reachShown, next?.reachShown);
  return changed;
}

/**
 * Sets only the paint and layout values a new palette changes. Compared against the same state in
 * the old theme, so visibility and language stay with their own rules.
 */
export function applyTheme(
  map: SyncMap,
  previous: MapViewState,
  next: MapViewState,
  layers: LayerChange,
): number {
  if ((previous.theme ?? "standard") === (next.theme ?? "standard")) return 0;
  const before = makeLayers({ ...next, theme: previous.theme });
  const changes = propertyChanges(before, layers.after, { skipLayout: ["visibility"] });
  for (const change of changes) {
    // The names and values come from our own layer specifications.
    if (change.kind === "paint")
      map.setPaintProperty(change.layerId, change.property as never, change.value as never);
    else map.setLayoutProperty(change.layerId, change.property as never, change.value as never);
  }
  return changes.length;
}

/** Commune labels carry both names; the language picks the field. */
export function applyLanguage(map: SyncMap, previous: MapViewState, next: MapViewState): number {
  if (previous.language === next.language) return 0;
  for (const id of LANGUAGE_LAYERS) map.setLayoutProperty(id, "text-field", unitLabelField(next.language));
  return 2;
}

/** The selection is feature-state: clear the old feature's, set the new one's. */
export function applySelection(map: SyncMap, previous: MapViewState, next: MapViewState): number {
  const before = previous.selected;
  const after = next.selected;
  if (before?.layer === after?.layer && before?.id === after?.id) return 0;
  const mark = (selection: MapSelection, selected: boolean) =>
    map.setFeatureState(
      { source: SOURCE_BY_GROUP[selection.layer], id: selection.id },
      { [SELECTED_STATE]: selected },
    );
  if (before) mark(before, false);
  if (after) mark(after, true);
  return 1;
}
