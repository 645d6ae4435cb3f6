// The deployer's own basemap (geodata/config.json): a PMTiles archive in the Protomaps schema on
// the app's own server, drawn with the Protomaps style made for it, and optionally a hillshade.
// Labels use the bundled Noto Sans like ours (no `glyphs`), and the style's icons (shields,
// points of interest, one-way arrows) are left out: there is no sprite, and no request for one.
import type { LayerSpecification, SourceSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { layers, namedFlavor } from "@protomaps/basemaps";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import type { MapLanguage } from "./map-state";
import type { MapTheme } from "./palette";

/** Protomaps' style builder: loaded with the first configured basemap (ui/deploy-config.tsx),
 * not with the page, since most deployments have none. */
export interface BasemapStyle {
  layers: typeof layers;
  namedFlavor: typeof namedFlavor;
}

/** What the map needs of the configured basemap: absolute same-origin URLs, and its style builder. */
export interface MapBasemap {
  style: BasemapStyle;
  url: string;
  hillshadeUrl: string | null;
  hillshadeEncoding: "terrarium" | "mapbox";
  /** The layer list's switch. */
  visible: boolean;
}

export const BASEMAP_SOURCE = "basemap";
export const HILLSHADE_SOURCE = "basemap-hillshade";
/** Every basemap layer's id starts with this; nothing else's does. */
export const BASEMAP_LAYER_PREFIX = "basemap-";

const FLAVOR_BY_THEME: Record<MapTheme, string> = {
  standard: "light",
  "projector-light": "white",
  "projector-dark": "black",
};

// Layers that draw icons from a sprite the archive's style would fetch; we have none.
const WITH_SPRITE = new Set(["roads_oneway", "roads_shields", "pois", "background"]);
const FONT_NAMES: Record<string, string> = {
  "Noto Sans Regular": FONT_REGULAR,
  "Noto Sans Medium": FONT_BOLD,
  "Noto Sans Italic": FONT_REGULAR,
};

function withOurFonts<T>(value: T): T {
  if (typeof value === "string") return (FONT_NAMES[value] ?? value) as T;
  if (Array.isArray(value)) return value.map(withOurFonts) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withOurFonts(item)])) as T;
  return value;
}

export function basemapSources(basemap: MapBasemap | null | undefined): Record<string, SourceSpecification> {
  if (!basemap) return {};
  return {
    [BASEMAP_SOURCE]: { type: "vector", url: `pmtiles://${basemap.url}` },
    ...(basemap.hillshadeUrl
      ? {
          [HILLSHADE_SOURCE]: {
            type: "raster-dem",
            url: `pmtiles://${basemap.hillshadeUrl}`,
            encoding: basemap.hillshadeEncoding,
            tileSize: 512,
          },
        }
      : {}),
  };
}

/**
 * The basemap's layers for a theme and language, to go between our background and our data.
 * Their ids name the flavour and language, so a theme or language change swaps whole layers.
 */
export function basemapLayers(
  basemap: MapBasemap | null | undefined,
  theme: MapTheme,
  language: MapLanguage,
): LayerSpecification[] {
  if (!basemap) return [];
  const flavor = FLAVOR_BY_THEME[theme];
  const visibility = basemap.visible ? "visible" : "none";
  const prefix = `${BASEMAP_LAYER_PREFIX}${flavor}-${language}-`;
  const layers: LayerSpecification[] = [];
  const { style } = basemap;
  for (const layer of style.layers(BASEMAP_SOURCE, style.namedFlavor(flavor), { lang: language })) {
    if (WITH_SPRITE.has(layer.id)) continue;
    const ours = withOurFonts(layer) as LayerSpecification & { layout?: Record<string, unknown> };
    const layout: Record<string, unknown> = { ...(ours.layout ?? {}), visibility };
    delete layout["icon-image"];
    layers.push({ ...ours, id: `${prefix}${layer.id}`, layout } as LayerSpecification);
    // The hillshade goes over the land cover and under water, roads and labels.
    if (layer.id === "landcover" && basemap.hillshadeUrl)
      layers.push({
        id: `${prefix}hillshade`,
        type: "hillshade",
        source: HILLSHADE_SOURCE,
        layout: { visibility },
        paint: {
          "hillshade-exaggeration": 0.4,
          "hillshade-shadow-color": theme === "projector-dark" ? "#000000" : "#5a5a5a",
          "hillshade-highlight-color": theme === "projector-dark" ? "#333333" : "#ffffff",
        },
      });
  }
  return layers;
}
