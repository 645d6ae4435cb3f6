// The same look drawn from a tile archive (`geodata tiles`) instead of GeoJSON sources: makeLayers'
// layers, each pointed at the archive's layer of the same data. Past the size the app states
// (data/tiles/tiled-dataset.ts) the nation comes this way, read by HTTP range requests from the
// app's own server (the pmtiles protocol in maplibre-init.ts refuses any other origin).
import type { LayerSpecification, SourceSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { ExpressionSpecification } from "maplibre-gl";
import { monthCategoryCountKey, monthCountKey } from "../domain/cluster-counts";
import { INCIDENT_CATEGORIES } from "../domain/types";
import { type IncidentDisplay, LAYER_IDS, SOURCE_IDS } from "./map-state";

/** What the map needs of the archive: an absolute same-origin URL and the data's extent. */
export interface MapTiles {
  url: string;
  bounds: [number, number, number, number] | null;
  /** First and last month with incidents (year × 12 + month − 1), from the archive's table. */
  months: [number, number] | null;
}

export const TILES_SOURCE = "data-tiles";

// Our GeoJSON source → the archive's layer holding the same features.
const SOURCE_LAYERS: Record<string, string> = {
  [SOURCE_IDS.units]: "units",
  [SOURCE_IDS.unitLabels]: "unit-labels",
  [SOURCE_IDS.hamlets]: "hamlets",
  [SOURCE_IDS.sites]: "sites",
  [SOURCE_IDS.incidents]: "incidents",
  [SOURCE_IDS.incidentsPlain]: "incidents",
};
const MONTH_SOURCE = /^incidents-month-(\d+)$/u;
// Points only: below zoom 12 the archive's incidents layer holds clusters.
const NOT_CLUSTER: ExpressionSpecification = ["!", ["has", "point_count"]];
/**
 * Hamlets and sites from the zoom of a province: over the whole country, 100,000 hamlet dots
 * and hundreds of model stars covered it and hid every cluster (seen on the generated nation).
 * The clusters and the communes tell the story at that scale.
 */
export const TILED_MARKS_MIN_ZOOM = 7;
const MARK_LAYERS = new Set(["hamlets", "sites"]);

export function tiledSources(tiles: MapTiles | null | undefined): Record<string, SourceSpecification> {
  if (!tiles) return {};
  return {
    [TILES_SOURCE]: {
      type: "vector",
      url: `pmtiles://${tiles.url}`,
      promoteId: { units: "code", "unit-labels": "code", hamlets: "code", sites: "code", incidents: "id" },
      ...(tiles.bounds ? { bounds: tiles.bounds } : {}),
    },
  };
}

function withFilter(
  filter: ExpressionSpecification | undefined,
  extra: ExpressionSpecification,
): ExpressionSpecification {
  return filter ? ["all", filter, extra] : extra;
}

/** The archive's province names (`geodata tiles`, map/province-labels.ts), drawn below this zoom. */
export const PROVINCE_LABELS_LAYER = "province-labels";
const COMMUNE_LABEL_LAYERS = new Set<string>([LAYER_IDS.unitsLabels, LAYER_IDS.modelUnitLabel]);

/**
 * Over the country, province names in the commune names' style, a little larger; from the zoom
 * of a province the communes are named instead (3,321 commune names at once left none readable).
 */
function provinceLabels(communeLabels: LayerSpecification): LayerSpecification {
  if (communeLabels.type !== "symbol") return communeLabels;
  const { filter: _communesOnly, minzoom: _fromProvince, ...rest } = communeLabels;
  const size = communeLabels.layout?.["text-size"];
  return {
    ...rest,
    id: PROVINCE_LABELS_LAYER,
    "source-layer": PROVINCE_LABELS_LAYER,
    maxzoom: TILED_MARKS_MIN_ZOOM,
    layout: {
      ...communeLabels.layout,
      // The commune names' size at close zoom: a zoom curve cannot be shifted inside an expression.
      "text-size": typeof size === "number" ? size : Array.isArray(size) ? Number(size.at(-1)) : 16,
      // The provinces with most communes are named first where names compete.
      "symbol-sort-key": ["-", 0, ["get", "communes"]],
    },
  };
}

/**
 * A cluster's incidents inside the window and categories shown, from the counts per month (and
 * per month and category) the archive's clusters carry; null when everything is shown, where
 * `point_count` says it. Literal months and categories: a step re-tiles the archive's incidents
 * either way (a filter or a global state they read), and a literal sum reads only the window's.
 */
export function windowCount(
  display: IncidentDisplay,
  months: [number, number] | null,
): ExpressionSpecification | null {
  const allCategories = INCIDENT_CATEGORIES.every((category) => display.categories.includes(category));
  if (display.fromMonth === null && display.toMonth === null && allCategories) return null;
  if (!months) return ["+", 0, 0];
  const first = Math.max(months[0], display.fromMonth ?? months[0]);
  const last = Math.min(months[1], display.toMonth ?? months[1]);
  const keys: string[] = [];
  for (let month = first; month <= last; month++) {
    if (allCategories) keys.push(monthCountKey(month));
    else for (const category of display.categories) keys.push(monthCategoryCountKey(month, category));
  }
  const terms = keys.map((key): ExpressionSpecification => ["coalesce", ["get", key], 0]);
  return ["+", 0, 0, ...terms] as ExpressionSpecification;
}

/** 950, 1.2k, 12k: how MapLibre (and the archive) abbreviate `point_count`, for any count. */
function abbreviated(count: ExpressionSpecification): ExpressionSpecification {
  return [
    "case",
    [">=", count, 10_000],
    ["concat", ["to-string", ["round", ["/", count, 1000]]], "k"],
    [">=", count, 1000],
    ["concat", ["to-string", ["/", ["round", ["/", count, 100]], 10]], "k"],
    ["to-string", count],
  ];
}

function replaceCounts(value: unknown, count: ExpressionSpecification): unknown {
  if (!Array.isArray(value)) return value;
  if (value[0] === "get" && value[1] === "point_count" && value.length === 2) return count;
  if (value[0] === "get" && value[1] === "point_count_abbreviated" && value.length === 2)
    return abbreviated(count);
  return value.map((item) => replaceCounts(item, count));
}

const replaceIn = (properties: Record<string, unknown> | undefined, count: ExpressionSpecification) =>
  properties &&
  Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, replaceCounts(value, count)]));

/**
 * The clusters style over the archive follows the time window and categories as the GeoJSON
 * clusters do: each cluster counts (and is sized and labelled by) its incidents in the window,
 * a cluster with none there is not drawn, and close up only the window's incidents show.
 */
function clustersInWindow(
  layer: LayerSpecification,
  display: IncidentDisplay,
  months: [number, number] | null,
): LayerSpecification {
  const count = windowCount(display, months);
  if (
    !count ||
    !("source" in layer) ||
    layer.source !== TILES_SOURCE ||
    layer["source-layer"] !== "incidents"
  )
    return layer;
  const filter = "filter" in layer ? (layer.filter as ExpressionSpecification | undefined) : undefined;
  const isCluster = layer.id !== LAYER_IDS.incidentsPoints;
  const shown: ExpressionSpecification = isCluster
    ? [">", count, 0]
    : [
        "all",
        [">=", ["get", "month"], display.fromMonth ?? Number.MIN_SAFE_INTEGER],
        ["<=", ["get", "month"], display.toMonth ?? Number.MAX_SAFE_INTEGER],
        ["in", ["get", "category"], ["literal", [...display.categories]]],
      ];
  const paint = replaceIn((layer as { paint?: Record<string, unknown> }).paint, count);
  const layout = replaceIn((layer as { layout?: Record<string, unknown> }).layout, count);
  return {
    ...layer,
    filter: withFilter(filter, shown),
    ...(paint ? { paint } : {}),
    ...(layout ? { layout } : {}),
  } as LayerSpecification;
}

const CLUSTERED_LAYERS = new Set<string>([
  LAYER_IDS.incidentsClusters,
  LAYER_IDS.incidentsClusterCounts,
  LAYER_IDS.clustersCollision,
  LAYER_IDS.incidentsPoints,
]);

/** The layers as they are, each reading the archive instead of its GeoJSON source. */
export function toTiledLayers(
  layers: readonly LayerSpecification[],
  display?: IncidentDisplay,
  months: [number, number] | null = null,
): LayerSpecification[] {
  const tiled = layers.map((layer) => {
    if (!("source" in layer) || typeof layer.source !== "string") return layer;
    const month = MONTH_SOURCE.exec(layer.source);
    const sourceLayer = month ? "incidents" : SOURCE_LAYERS[layer.source];
    if (!sourceLayer) return layer;
    const filter = "filter" in layer ? (layer.filter as ExpressionSpecification | undefined) : undefined;
    const pointsOnly =
      month !== null || layer.source === SOURCE_IDS.incidentsPlain
        ? withFilter(
            filter,
            month ? ["all", NOT_CLUSTER, ["==", ["get", "month"], Number(month[1])]] : NOT_CLUSTER,
          )
        : filter;
    const marksFromProvince =
      MARK_LAYERS.has(sourceLayer) || COMMUNE_LABEL_LAYERS.has(layer.id)
        ? { minzoom: Math.max(layer.minzoom ?? 0, TILED_MARKS_MIN_ZOOM) }
        : {};
    return {
      ...layer,
      ...marksFromProvince,
      source: TILES_SOURCE,
      "source-layer": sourceLayer,
      ...(pointsOnly ? { filter: pointsOnly } : {}),
    } as LayerSpecification;
  });
  if (display)
    tiled.forEach((layer, index) => {
      if (CLUSTERED_LAYERS.has(layer.id)) tiled[index] = clustersInWindow(layer, display, months);
    });
  const communeNames = tiled.findIndex((layer) => layer.id === LAYER_IDS.unitsLabels);
  const communeLabels = tiled[communeNames];
  if (communeLabels) tiled.splice(communeNames + 1, 0, provinceLabels(communeLabels));
  return tiled;
}
