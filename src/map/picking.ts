// Which feature a click or hover means, and what text a rendered label shows. Pure functions over
// MapLibre's rendered features, kept apart from the controller so their rules are easy to read.
import type { MapGeoJSONFeature } from "maplibre-gl";
import {
  CLICKABLE_LAYERS,
  LAYER_IDS,
  type LayerGroup,
  type MapLanguage,
  type MapSelection,
} from "./map-state";

export interface Hit {
  feature: MapGeoJSONFeature;
  layerId: string;
  group: LayerGroup;
}

/** The feature of the highest-priority clickable layer among those under the pointer. */
export function pickClickable(features: readonly MapGeoJSONFeature[]): Hit | null {
  for (const { layerId, group } of CLICKABLE_LAYERS) {
    const feature = features.find((candidate) => candidate.layer.id === layerId);
    if (feature) return { feature, layerId, group };
  }
  return null;
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
  if (feature.layer.id === LAYER_IDS.unitsLabels)
    return String(properties[language === "vi" ? "labelVi" : "labelEn"]);
  if (feature.layer.id === LAYER_IDS.hamletsLabels) return String(properties.name);
  return String(properties.point_count_abbreviated);
}
