// The planner's before/after swipe: a second map, drawn from the same style functions with the
// plan's "before" (no picks, no new reach), laid over the main map and clipped to the left of a
// divider. The two cameras follow each other both ways; the main map stays the one the app talks
// to, and this one is created on entering the swipe and removed on leaving it.
import * as maplibregl from "maplibre-gl";
import type { Layers } from "../domain/types";
import type { MapLike } from "./controller";
import type { Camera, MapViewState, PlanMapData } from "./map-state";

/** What the camera link needs of a map; both the main map and the overlay have it. */
export interface SyncableMap {
  on(type: "move", listener: () => void): { unsubscribe(): void };
  jumpTo(
    camera: { center: [number, number]; zoom: number; bearing?: number; pitch?: number },
    eventData?: object,
  ): unknown;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing?(): number;
  getPitch?(): number;
}

/** The overlay's own controller: the main controller makes it (so this file needs no cycle). */
export interface CompareController {
  setLayers(layers: Layers): void;
  setState(state: MapViewState): void;
  setPlan(plan: PlanMapData | null): void;
  getCamera(): Camera;
  whenIdle(): Promise<void>;
  destroy(): void;
}

export interface CompareMapOptions {
  /** The main map: the "after" side, visible right of the divider. */
  main: SyncableMap;
  /** The main map's container; the overlay goes inside it, under the map's controls. */
  host: HTMLElement;
  position: number;
  /** Builds the overlay's raw map; a real MapLibre map without controls by default. */
  createMap?: (options: maplibregl.MapOptions) => MapLike;
  /** Builds the overlay's controller on `container`, with `createMap` as its map factory. */
  createController(
    container: HTMLElement,
    createMap: (options: maplibregl.MapOptions) => MapLike,
  ): CompareController;
}

/** The CSS clip that leaves the overlay visible from the left edge to the divider. */
export function clipPathFor(position: number): string {
  const shown = Number.isFinite(position) ? Math.min(100, Math.max(0, position)) : 50;
  return `inset(0 ${Math.round((100 - shown) * 10) / 10}% 0 0)`;
}

const EMPTY_COLLECTION: PlanMapData["picks"] = { type: "FeatureCollection", features: [] };

/**
 * The plan as it stood before the picks: candidates still ringed by score, nothing picked, no new
 * reach, no timeline year. Empty collections are shared, so an unchanged "before" sends nothing.
 */
export function beforePlan(plan: PlanMapData | null): PlanMapData | null {
  if (!plan) return null;
  return {
    candidateClass: plan.candidateClass,
    picks: EMPTY_COLLECTION,
    reach: EMPTY_COLLECTION,
    timeline: null,
  };
}

function cameraOf(map: SyncableMap) {
  const center = map.getCenter();
  return {
    center: [center.lng, center.lat] as [number, number],
    zoom: map.getZoom(),
    bearing: map.getBearing?.() ?? 0,
    pitch: map.getPitch?.() ?? 0,
  };
}

/**
 * Keeps two cameras equal: a move of either is copied to the other with `jumpTo`, tagged with
 * `eventData`. MapLibre fires the copy's own move events synchronously inside `jumpTo`, so one
 * flag set around the copy is enough to keep it from being copied back. Returns the unlink.
 */
export function linkCameras(first: SyncableMap, second: SyncableMap, eventData: object): () => void {
  let copying = false;
  const follow = (from: SyncableMap, to: SyncableMap) => () => {
    if (copying) return;
    copying = true;
    try {
      to.jumpTo(cameraOf(from), eventData);
    } finally {
      copying = false;
    }
  };
  const subscriptions = [first.on("move", follow(first, second)), second.on("move", follow(second, first))];
  return () => {
    for (const subscription of subscriptions) subscription.unsubscribe();
  };
}

// Moves the overlay makes on the main map carry this, as the app's own moves do: the main
// controller then does not report each frame of a drag on the other side as a camera change
// (the overlay's controller reports the drag once, when it ends).
const FROM_SYNC = { fromApp: true } as const;

function createPlainMap(options: maplibregl.MapOptions): MapLike {
  return new maplibregl.Map(options);
}

export class CompareMap {
  readonly overlay: HTMLElement;
  private readonly controller: CompareController;
  private unlink: (() => void) | null = null;
  private position = Number.NaN;
  private plan: PlanMapData | null = null;
  private destroyed = false;

  constructor(options: CompareMapOptions) {
    const overlay = options.host.ownerDocument.createElement("div");
    overlay.className = "map-compare";
    overlay.dataset.testid = "map-compare";
    // Positioned without a z-index, just before the main map's controls: above its canvas, under
    // its zoom buttons and scale bar, and under every panel the page lays over the map.
    Object.assign(overlay.style, { position: "absolute", inset: "0" });
    const controls = options.host.querySelector(":scope > .maplibregl-control-container");
    options.host.insertBefore(overlay, controls);
    this.overlay = overlay;
    this.setPosition(options.position);
    const create = options.createMap ?? createPlainMap;
    this.controller = options.createController(overlay, (mapOptions) => {
      const map = create(mapOptions);
      if (!this.destroyed) {
        this.unlink = linkCameras(options.main, map, FROM_SYNC);
        // The main map may have moved while the fonts loaded.
        map.jumpTo(cameraOf(options.main), FROM_SYNC);
      }
      return map;
    });
  }

  setPosition(position: number): void {
    if (position === this.position) return;
    this.position = position;
    this.overlay.style.clipPath = clipPathFor(position);
  }

  setLayers(layers: Layers): void {
    this.controller.setLayers(layers);
  }

  setState(state: MapViewState): void {
    this.controller.setState(state);
  }

  setPlan(plan: PlanMapData | null): void {
    // Compared by candidate classes: a new pick changes the "after" only.
    if (plan?.candidateClass === this.plan?.candidateClass && (plan === null) === (this.plan === null))
      return;
    this.plan = plan;
    this.controller.setPlan(beforePlan(plan));
  }

  getCamera(): Camera {
    return this.controller.getCamera();
  }

  whenIdle(): Promise<void> {
    return this.controller.whenIdle();
  }

  destroy(): void {
    this.destroyed = true;
    this.unlink?.();
    this.unlink = null;
    this.controller.destroy();
    this.overlay.remove();
  }
}
