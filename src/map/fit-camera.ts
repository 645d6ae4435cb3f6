// The camera that frames a box in a picture of a given size, worked out without a map: the
// off-screen pictures (print, slides) know their size and their subject before any map exists,
// and a camera computed up front is one the tests can check. Same projection as MapLibre: Web
// Mercator on 512-pixel tiles, so `jumpTo` with this camera shows what `fitBounds` would.

import { maxOf, minOf } from "../domain/arrays";
import type { BoundingBox, Camera } from "./map-state";

const TILE_SIZE = 512;
// Beyond this latitude Web Mercator runs off to infinity (MapLibre clamps at the same value).
const MAX_LATITUDE = 85.051129;

export interface PixelSize {
  width: number;
  height: number;
}

export interface FitOptions {
  /** Free margin kept on every side (or on each side), in CSS pixels. */
  padding?: number | { top: number; bottom: number; left: number; right: number };
  /** A tiny or single-point box would otherwise zoom in without end. */
  maxZoom?: number;
}

/** Longitude and latitude as fractions of the world (0..1 west→east, north→south). */
export function toMercator(longitude: number, latitude: number): [x: number, y: number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
  const sine = Math.sin((clamped * Math.PI) / 180);
  return [(longitude + 180) / 360, 0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)];
}

export function fromMercator(x: number, y: number): [longitude: number, latitude: number] {
  const latitude = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, latitude];
}

/** Where a point lands in a picture of `size` CSS pixels drawn with `camera`. */
export function projectToPixels(
  camera: Camera,
  size: PixelSize,
  longitude: number,
  latitude: number,
): [x: number, y: number] {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const [centreX, centreY] = toMercator(camera.center[0], camera.center[1]);
  const [x, y] = toMercator(longitude, latitude);
  return [size.width / 2 + (x - centreX) * worldSize, size.height / 2 + (y - centreY) * worldSize];
}

/** The smallest box holding all the given ones; null when none is given. */
export function unionBounds(...boxes: (BoundingBox | null | undefined)[]): BoundingBox | null {
  const present = boxes.filter((box): box is BoundingBox => Boolean(box));
  if (present.length === 0) return null;
  return [
    minOf(
      present.map((box) => box[0]),
      0,
    ),
    minOf(
      present.map((box) => box[1]),
      0,
    ),
    maxOf(
      present.map((box) => box[2]),
      0,
    ),
    maxOf(
      present.map((box) => box[3]),
      0,
    ),
  ];
}

/**
 * The camera showing all of `bounds` as large as it fits inside `size` less `padding` on each
 * side, centred; the box touches the padding on its tighter axis.
 */
export function fitCamera(bounds: BoundingBox, size: PixelSize, options: FitOptions = {}): Camera {
  const given = options.padding ?? 0;
  const padding =
    typeof given === "number" ? { top: given, bottom: given, left: given, right: given } : given;
  const maxZoom = options.maxZoom ?? 22;
  const [west, south, east, north] = bounds;
  const [left, bottom] = toMercator(west, south);
  const [right, top] = toMercator(east, north);
  // A padding larger than the picture leaves at least one pixel to draw in.
  const roomX = Math.max(size.width - padding.left - padding.right, 1);
  const roomY = Math.max(size.height - padding.top - padding.bottom, 1);
  const spanX = right - left;
  const spanY = bottom - top;
  const scales = [
    spanX > 0 ? roomX / (spanX * TILE_SIZE) : Infinity,
    spanY > 0 ? roomY / (spanY * TILE_SIZE) : Infinity,
  ];
  const scale = Math.min(scales[0] as number, scales[1] as number);
  const zoom = Number.isFinite(scale) ? Math.min(Math.log2(scale), maxZoom) : maxZoom;
  // Unequal sides move the box off the picture's middle: the centre moves the other way.
  const worldSize = TILE_SIZE * 2 ** zoom;
  const shiftX = (padding.right - padding.left) / 2 / worldSize;
  const shiftY = (padding.bottom - padding.top) / 2 / worldSize;
  const [longitude, latitude] = fromMercator((left + right) / 2 + shiftX, (top + bottom) / 2 + shiftY);
  return { center: [longitude, latitude], zoom };
}
