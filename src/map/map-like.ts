// The slice of MapLibre the controller works through: the methods it calls (tests stand a fake
// in for them), the real map with its controls, and the icons every map shares.
import * as maplibregl from "maplibre-gl";
import { mapLibreLocale } from "../i18n/maplibre-locale";
import { makeIcons } from "./icons";
import { NorthArrowControl } from "./map-furniture";
import type { Camera, MapLanguage } from "./map-state";

/** The part of `maplibregl.Map` the controller uses; tests stand a fake in for it. */
export type MapLike = Pick<
  maplibregl.Map,
  | "on"
  | "off"
  | "once"
  | "triggerRepaint"
  | "getSource"
  | "setLayoutProperty"
  | "setPaintProperty"
  | "setGlobalStateProperty"
  | "addSource"
  | "addLayer"
  | "removeLayer"
  | "setFilter"
  | "setFeatureState"
  | "removeFeatureState"
  | "queryRenderedFeatures"
  | "getCanvas"
  | "jumpTo"
  | "flyTo"
  | "fitBounds"
  | "easeTo"
  | "getCenter"
  | "getZoom"
  | "addImage"
  | "hasImage"
  | "setMissingStyleImageResolver"
  | "remove"
>;

// Painting the icons takes a few tens of milliseconds: do it once per page, not once per map.
let iconCache: ReturnType<typeof makeIcons> | null = null;
export function icons(): ReturnType<typeof makeIcons> {
  iconCache ??= makeIcons();
  return iconCache;
}

/** The one set of options every map of the app starts with. */
export function mapOptions(
  container: HTMLElement,
  style: maplibregl.StyleSpecification,
  camera: Camera,
  language: MapLanguage,
  maxBounds?: [number, number, number, number] | null,
): maplibregl.MapOptions {
  return {
    ...(maxBounds ? { maxBounds } : {}),
    container,
    // MapLibre's own words (the zoom buttons' titles, the map's accessible name).
    locale: mapLibreLocale(language),
    style,
    center: camera.center,
    zoom: camera.zoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxPitch: 0,
    renderWorldCopies: false,
    // Labels appear at once instead of fading in over 300 ms: each fade step is a full repaint,
    // which a software renderer (and an old laptop on a projector) pays for at every change.
    fadeDuration: 0,
  };
}

export function createMaplibreMap(options: maplibregl.MapOptions): MapLike {
  const map = new maplibregl.Map(options);
  const words = (options.locale ?? {}) as Record<string, string>;
  map.addControl(new maplibregl.ScaleControl({ unit: "metric", maxWidth: 160 }), "bottom-left");
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  map.addControl(
    new NorthArrowControl(words["NorthArrow.Letter"] ?? "B", words["NorthArrow.Title"] ?? ""),
    "top-left",
  );
  return map;
}

// MapLibre writes its words into a control when it makes it; a later language is written here.
const LABELLED: readonly [selector: string, key: string][] = [
  [".maplibregl-ctrl-zoom-in", "NavigationControl.ZoomIn"],
  [".maplibregl-ctrl-zoom-out", "NavigationControl.ZoomOut"],
  [".maplibregl-ctrl-compass", "NavigationControl.ResetBearing"],
  [".binhyen-north-arrow", "NorthArrow.Title"],
];

/** Relabels the map's canvas and the controls beside it (in the map's container) for `language`. */
export function relabelMapControls(canvas: HTMLElement, language: MapLanguage): void {
  const locale = mapLibreLocale(language);
  canvas.setAttribute?.("aria-label", locale["Map.Title"] ?? "");
  const container = canvas.closest?.(".maplibregl-map");
  if (!container) return;
  for (const [selector, key] of LABELLED) {
    for (const element of container.querySelectorAll(selector)) {
      element.setAttribute("title", locale[key] ?? "");
      element.setAttribute("aria-label", locale[key] ?? "");
    }
  }
  for (const letter of container.querySelectorAll(".binhyen-north-letter"))
    letter.textContent = locale["NorthArrow.Letter"] ?? "";
}
