// The same look drawn from a tile archive (`geodata tiles`) instead of GeoJSON sources: makeLayers'
// layers, each pointed at the archive's layer of the same data. Past the size the app states
// (data/tiles/tiled-dataset.ts) the nation comes this way, read by HTTP range requests from the
// app's own server (the pmtiles protocol in maplibre-init.ts refuses any other origin).
import type { LayerSpecification, SourceSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { ExpressionSpecification } from "maplibre-gl";
import { LAYER_IDS, SOURCE_IDS } from "./map-state";

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

/** The layers as they are, each reading the archive instead of its GeoJSON source. */
export function toTiledLayers(layers: readonly LayerSpecification[]): LayerSpecification[] {
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
  const communeNames = tiled.findIndex((layer) => layer.id === LAYER_IDS.unitsLabels);
  const communeLabels = tiled[communeNames];
  if (communeLabels) tiled.splice(communeNames + 1, 0, provinceLabels(communeLabels));
  return tiled;
}
