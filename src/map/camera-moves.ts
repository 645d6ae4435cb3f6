// The camera moves the app makes, each tagged so that `moveend` tells them from the user's: the
// app hears only of moves it did not make itself, and a URL update never echoes back.
import type { MapLike } from "./map-like";
import type { BoundingBox, Camera } from "./map-state";

// Passed as `eventData`; MapLibre copies it onto the resulting move events.
const FROM_APP = { fromApp: true } as const;

type Move = (map: MapLike) => void;

export function movedByApp(event: unknown): boolean {
  return (event as Partial<typeof FROM_APP>).fromApp === true;
}

export function cameraOf(map: MapLike): Camera {
  const center = map.getCenter();
  return { center: [center.lng, center.lat], zoom: map.getZoom() };
}

export const jumpTo =
  (camera: Camera): Move =>
  (map) =>
    map.jumpTo({ center: camera.center, zoom: camera.zoom }, FROM_APP);

export const flyTo =
  (camera: Camera): Move =>
  (map) =>
    map.flyTo({ center: camera.center, zoom: camera.zoom, essential: true }, FROM_APP);

/** Free room kept around a framed area, in CSS pixels: a number for every side, or one per side. */
export type FramePadding = number | { top: number; bottom: number; left: number; right: number };

export const DEFAULT_FRAME_PADDING = 40;

export const fitBounds =
  (
    [west, south, east, north]: BoundingBox,
    animate: boolean,
    padding: FramePadding = DEFAULT_FRAME_PADDING,
  ): Move =>
  (map) =>
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding, maxZoom: 15, animate },
      FROM_APP,
    );
