// A map drawn off screen at an exact pixel size, for slide images and the planner's printout: a
// hidden container and a second controller, so the map on screen is neither resized nor moved.
// The canvas keeps its drawing buffer (preserveDrawingBuffer), otherwise WebGL clears it after
// each frame and the copy comes out blank.
import "./maplibre-init";
import * as maplibregl from "maplibre-gl";
import type { Layers } from "../domain/types";
import { MapController, type MapControllerOptions, type MapLike } from "./controller";
import type { Camera, MapViewState, PlanMapData } from "./map-state";

export interface SnapshotSize {
  /** CSS pixels: what the map lays out in, and what its labels and marks are sized against. */
  width: number;
  height: number;
  /**
   * Device pixels per CSS pixel (1 when absent): a printed picture drawn at the printed size with
   * a ratio of 2 keeps labels at a readable size on paper and still prints sharp.
   */
  pixelRatio?: number;
}

export interface SnapshotOptions {
  /** A metric scale bar in the bottom-left corner (the DOM scale control is not in the canvas). */
  scaleBar?: boolean;
  /** The expansion planner's candidates, picks and their reach; none when absent. */
  plan?: PlanMapData | null;
}

export interface SnapshotRequest extends SnapshotSize, SnapshotOptions {
  layers: Layers;
  state: MapViewState;
  /** null frames the whole district, as the app does. */
  camera: Camera | null;
}

/** Tests stand a fake map and font loader in for the real ones (WebGL needs a browser). */
export type SnapshotTesting = Pick<MapControllerOptions, "createMap" | "loadFonts" | "baseUri">;

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

// The canvas does not wait for a web font: without this the scale bar's figures may come out in
// the fallback face on the first picture.
async function loadScaleBarFont(): Promise<void> {
  await globalThis.document?.fonts?.load?.('700 20px "Noto Sans"', "0123456789 km m")?.catch(() => {});
}

export interface SnapshotSession {
  /** Draws one view at the session's size and returns a copy of the pixels. */
  render(state: MapViewState, camera: Camera | null, options?: SnapshotOptions): Promise<HTMLCanvasElement>;
  destroy(): void;
}

/**
 * One off-screen map reused for several pictures of the same data (a whole deck): creating a
 * WebGL context and tiling the sources again for every slide costs most of the time.
 */
export function createSnapshotSession(
  layers: Layers,
  size: SnapshotSize,
  testing: SnapshotTesting = {},
): SnapshotSession {
  const pixelRatio = size.pixelRatio ?? 1;
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
  let map: MapLike | null = null;
  let controller: MapController | null = null;
  const createMap = testing.createMap ?? ((options: maplibregl.MapOptions) => new maplibregl.Map(options));
  const start = (state: MapViewState, camera: Camera) =>
    new MapController({
      container,
      layers,
      state,
      camera,
      handlers: { onSelect: () => {}, onCamera: () => {} },
      loadFonts: testing.loadFonts,
      baseUri: testing.baseUri,
      createMap: (options) => {
        map = createMap({
          ...options,
          pixelRatio,
          interactive: false,
          fadeDuration: 0,
          canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
        });
        return map;
      },
    });
  return {
    async render(state, camera, options = {}) {
      if (!controller) controller = start(state, camera ?? FALLBACK_CAMERA);
      else controller.setState(state);
      controller.setPlan(options.plan ?? null);
      if (camera) controller.setCamera(camera);
      else controller.resetView({ animate: false });
      const scaleBar = options.scaleBar !== false;
      await Promise.all([controller.whenIdle(), scaleBar ? loadScaleBarFont() : null]);
      const source = (map as MapLike | null)?.getCanvas();
      if (!source) throw new Error("the off-screen map did not start");
      const copy = document.createElement("canvas");
      copy.width = Math.round(size.width * pixelRatio);
      copy.height = Math.round(size.height * pixelRatio);
      const context = copy.getContext("2d");
      context?.drawImage(source, 0, 0, copy.width, copy.height);
      if (context && scaleBar) {
        // Drawn in CSS pixels, like the map's own marks, so it keeps its size beside them.
        context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
        drawScaleBar(context, controller.getCamera(), size.height);
        context.setTransform(1, 0, 0, 1, 0, 0);
      }
      return copy;
    },
    destroy() {
      controller?.destroy();
      controller = null;
      container.remove();
    },
  };
}

/**
 * Draws the map once at width × height CSS pixels and returns a copy of width × pixelRatio by
 * height × pixelRatio pixels (pixelRatio 1 when absent).
 */
export async function renderMapSnapshot(
  request: SnapshotRequest,
  testing?: SnapshotTesting,
): Promise<HTMLCanvasElement> {
  const session = createSnapshotSession(request.layers, request, testing);
  try {
    return await session.render(request.state, request.camera, {
      scaleBar: request.scaleBar,
      plan: request.plan,
    });
  } finally {
    session.destroy();
  }
}
