// A map drawn off screen at an exact pixel size, for slide images: a hidden container and a
// second controller, so the map on screen is neither resized nor moved. The canvas keeps its
// drawing buffer (preserveDrawingBuffer), otherwise WebGL clears it after each frame and the
// copy comes out blank.
import "./maplibre-init";
import * as maplibregl from "maplibre-gl";
import type { Layers } from "../domain/types";
import { MapController, type MapLike } from "./controller";
import type { Camera, MapViewState } from "./map-state";

export interface SnapshotRequest {
  layers: Layers;
  state: MapViewState;
  /** null frames the whole district, as the app does. */
  camera: Camera | null;
  width: number;
  height: number;
  /** A metric scale bar in the bottom-left corner (the DOM scale control is not in the canvas). */
  scaleBar?: boolean;
}

const EARTH_CIRCUMFERENCE_METRES = 40_075_016.686;

/** Ground metres per CSS pixel at a latitude, for MapLibre's 512-pixel tiles. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_METRES * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest round length (1, 2 or 5 × 10ⁿ metres) that fits in `maxPixels`. */
export function roundScaleLength(metresPerPixelValue: number, maxPixels: number): number {
  const maxMetres = metresPerPixelValue * maxPixels;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((factor) => factor * magnitude <= maxMetres) ?? 1;
  return step * magnitude;
}

function drawScaleBar(context: CanvasRenderingContext2D, camera: Camera, height: number): void {
  const scale = Math.max(height / 600, 1);
  const perPixel = metresPerPixel(camera.center[1], camera.zoom);
  const metres = roundScaleLength(perPixel, 220 * scale);
  const length = metres / perPixel;
  const left = 20 * scale;
  const bottom = height - 20 * scale;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  context.font = `700 ${Math.round(20 * scale)}px "Noto Sans", sans-serif`;
  const textWidth = context.measureText(label).width;
  context.fillStyle = "#FFFFFF";
  context.fillRect(
    left - 8 * scale,
    bottom - 44 * scale,
    Math.max(length, textWidth) + 16 * scale,
    52 * scale,
  );
  context.fillStyle = "#000000";
  context.textBaseline = "alphabetic";
  context.textAlign = "left";
  context.fillText(label, left, bottom - 18 * scale);
  context.fillRect(left, bottom - 10 * scale, length, 6 * scale);
  context.fillRect(left, bottom - 16 * scale, 3 * scale, 12 * scale);
  context.fillRect(left + length - 3 * scale, bottom - 16 * scale, 3 * scale, 12 * scale);
}

const FALLBACK_CAMERA: Camera = { center: [103.66, 21.43], zoom: 9.5 };

export interface SnapshotSession {
  /** Draws one view at the session's size and returns a copy of the pixels. */
  render(
    state: MapViewState,
    camera: Camera | null,
    options?: { scaleBar?: boolean },
  ): Promise<HTMLCanvasElement>;
  destroy(): void;
}

/**
 * One off-screen map reused for several pictures of the same data (a whole deck): creating a
 * WebGL context and tiling the sources again for every slide costs most of the time.
 */
export function createSnapshotSession(
  layers: Layers,
  size: { width: number; height: number },
): SnapshotSession {
  const container = document.createElement("div");
  // Off screen but laid out: MapLibre sizes its canvas from the container's box.
  Object.assign(container.style, {
    position: "fixed",
    left: "-20000px",
    top: "0",
    width: `${size.width}px`,
    height: `${size.height}px`,
    visibility: "hidden",
    pointerEvents: "none",
  });
  container.setAttribute("aria-hidden", "true");
  document.body.append(container);
  let map: maplibregl.Map | null = null;
  let controller: MapController | null = null;
  const start = (state: MapViewState, camera: Camera) =>
    new MapController({
      container,
      layers,
      state,
      camera,
      handlers: { onSelect: () => {}, onCamera: () => {} },
      createMap: (options) => {
        map = new maplibregl.Map({
          ...options,
          pixelRatio: 1,
          interactive: false,
          fadeDuration: 0,
          canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
        });
        return map as MapLike;
      },
    });
  return {
    async render(state, camera, options = {}) {
      if (!controller) controller = start(state, camera ?? FALLBACK_CAMERA);
      else controller.setState(state);
      if (camera) controller.setCamera(camera);
      else controller.resetView({ animate: false });
      await controller.whenIdle();
      const source = (map as maplibregl.Map | null)?.getCanvas();
      if (!source) throw new Error("the off-screen map did not start");
      const copy = document.createElement("canvas");
      copy.width = size.width;
      copy.height = size.height;
      const context = copy.getContext("2d");
      context?.drawImage(source, 0, 0, size.width, size.height);
      if (context && options.scaleBar !== false) drawScaleBar(context, controller.getCamera(), size.height);
      return copy;
    },
    destroy() {
      controller?.destroy();
      controller = null;
      container.remove();
    },
  };
}

/** Draws the map once at width × height CSS pixels (device pixel ratio 1) and returns a copy. */
export async function renderMapSnapshot(request: SnapshotRequest): Promise<HTMLCanvasElement> {
  const session = createSnapshotSession(request.layers, request);
  try {
    return await session.render(request.state, request.camera, { scaleBar: request.scaleBar });
  } finally {
    session.destroy();
  }
}
