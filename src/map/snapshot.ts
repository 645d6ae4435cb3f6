// A map drawn off screen at an exact pixel size, for slide images and the planner's printout: a
// hidden container and a second controller, so the map on screen is neither resized nor moved.
// The canvas keeps its drawing buffer (preserveDrawingBuffer), otherwise WebGL clears it after
// each frame and the copy comes out blank.
import "./maplibre-init";
import * as maplibregl from "maplibre-gl";
import type { Layers } from "../domain/types";
import { MapController, type MapControllerOptions, type MapLike } from "./controller";
import { drawNorthArrow, drawScaleBar } from "./map-furniture";
import type { Camera, CoverageMapData, MapViewState, PlanMapData } from "./map-state";

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
  /**
   * A metric scale bar in the bottom-left corner and a north arrow in the top-left one (the DOM
   * controls are not in the canvas); both by default.
   */
  scaleBar?: boolean;
  /** The north arrow's letter in the reader's language ("B", "N"); "B" when absent. */
  northLetter?: string;
  /** The expansion planner's candidates, picks and their reach; none when absent. */
  plan?: PlanMapData | null;
  /** The coverage view's commune colours, hamlet statuses and reach; none when absent. */
  coverage?: CoverageMapData | null;
}

export interface SnapshotRequest extends SnapshotSize, SnapshotOptions {
  layers: Layers;
  state: MapViewState;
  /** null frames the whole district, as the app does. */
  camera: Camera | null;
}

/** Tests stand a fake map and font loader in for the real ones (WebGL needs a browser). */
export type SnapshotTesting = Pick<MapControllerOptions, "createMap" | "loadFonts" | "baseUri">;

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
      controller.setCoverage(options.coverage ?? null);
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
        drawNorthArrow(context, size.height, options.northLetter ?? "B");
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
      northLetter: request.northLetter,
      plan: request.plan,
      coverage: request.coverage,
    });
  } finally {
    session.destroy();
  }
}
