// Which feature a click or hover means, and what text a rendered label shows. Pure functions over
// MapLibre's rendered features, kept apart from the controller so their rules are easy to read.
import type { MapGeoJSONFeature } from "maplibre-gl";
import { makeLayers } from "./layers";
import {
  CLICKABLE_LAYERS,
  LAYER_IDS,
  type LayerGroup,
  type MapLanguage,
  type MapSelection,
  type MapViewState,
} from "./map-state";

export interface Hit {
  feature: MapGeoJSONFeature;
  layerId: string;
  group: LayerGroup;
}

// A clickable entry also covers its numbered family ("incidents-plain-points-24253", one per month).
const belongsTo = (layerId: string, clickable: string) =>
  layerId === clickable || layerId.startsWith(`${clickable}-`);

/** The feature of the highest-priority clickable layer among those under the pointer. */
export function pickClickable(features: readonly MapGeoJSONFeature[]): Hit | null {
  for (const { layerId, group } of CLICKABLE_LAYERS) {
    const feature = features.find((candidate) => belongsTo(candidate.layer.id, layerId));
    if (feature) return { feature, layerId: feature.layer.id, group };
  }
  return null;
}

const clickableCache = new WeakMap<MapViewState, string[]>();

/** The clickable layers the style has for a state (queryRenderedFeatures refuses unknown ids). */
export function clickableLayerIds(state: MapViewState): string[] {
  const cached = clickableCache.get(state);
  if (cached) return cached;
  const ids = makeLayers(state)
    .map((layer) => layer.id)
    .filter((id) => CLICKABLE_LAYERS.some((clickable) => belongsTo(id, clickable.layerId)));
  clickableCache.set(state, ids);
  return ids;
}

/** The selection a hit stands for, by the id the source promoted (`code`, or `id` for incidents). */
export function selectionOf(hit: Hit): MapSelection | null {
  const key = hit.group === "incidents" ? "id" : "code";
  const id = hit.feature.id ?? hit.feature.properties[key];
  return id === undefined || id === null ? null : { layer: hit.group, id: String(id) };
}

/** The text a label feature shows, read from the property its layer's `text-field` names. */
export function labelText(feature: MapGeoJSONFeature, language: MapLanguage): string {
  const properties = feature.properties;
  if (feature.layer.id === LAYER_IDS.unitsLabels || feature.layer.id === LAYER_IDS.modelUnitLabel)
    return String(properties[language === "vi" ? "labelVi" : "labelEn"]);
  if (feature.layer.id === LAYER_IDS.hamletsLabels || feature.layer.id === LAYER_IDS.modelPointLabels)
    return String(properties.name);
  return String(properties.point_count_abbreviated);
}
