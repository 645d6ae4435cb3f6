// MapLibre's own words (its controls' titles, the map's accessible name), from the catalogue.
import type { Language } from "./entry";
import { type PlainTextKey, text } from "./translate";

export function mapLibreLocale(language: Language): Record<string, string> {
  const t = (key: PlainTextKey) => text(language, key);
  return {
    "Map.Title": t("map.label"),
    "NavigationControl.ZoomIn": t("map.zoomIn"),
    "NavigationControl.ZoomOut": t("map.zoomOut"),
    "NavigationControl.ResetBearing": t("map.resetBearing"),
    "FullscreenControl.Enter": t("map.fullscreenEnter"),
    "FullscreenControl.Exit": t("map.fullscreenExit"),
    "Popup.Close": t("map.popupClose"),
    // Our own control (map-furniture.ts), named with MapLibre's so it is relabelled with them.
    "NorthArrow.Letter": t("briefing.north"),
    "NorthArrow.Title": t("briefing.northLabel"),
    "Marker.Title": t("map.marker"),
    "CooperativeGesturesHandler.WindowsHelpText": t("map.cooperativeWindows"),
    "CooperativeGesturesHandler.MacHelpText": t("map.cooperativeMac"),
    "CooperativeGesturesHandler.MobileHelpText": t("map.cooperativeMobile"),
  };
}
