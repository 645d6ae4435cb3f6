// The one owner of the MapLibre map. React (or a test) hands it layers, view state and camera;
// it works out what really changed and makes only those calls, so a re-render costs nothing on
// the map. Camera moves the app makes are tagged, so they are not echoed back as user moves.

import type { GeoJSON } from "geojson";
import type * as maplibregl from "maplibre-gl";
import type { Layers } from "../domain/types";
import { cameraOf, type FramePadding, fitBounds, flyTo, jumpTo, movedByApp } from "./camera-moves";
import { featureAt, zoomIntoCluster } from "./clicks";
import { clusterDiff } from "./cluster-window";
import type { CompareMap } from "./compare";
import { FirstPicture } from "./first-picture";
import { loadBundledFonts } from "./fonts";
import { anotherArea, featureBounds } from "./geometry";
import { ICON_PIXEL_RATIO } from "./icons";
import { makeStyle, sourceData } from "./layers";
import { applyPlanData } from "./layers-plan";
import { captureCanvas, makeDebugHandle } from "./map-debug";
import { createMaplibreMap, icons, type MapLike, mapOptions, relabelMapControls } from "./map-like";
import {
  type BoundingBox,
  type Camera,
  type CoverageMapData,
  LAYER_IDS,
  type MapDebugHandle,
  type MapHandlers,
  type MapViewState,
  type PlanMapData,
  SOURCE_IDS,
} from "./map-state";
import { preloadBasemap, preloadTiles } from "./maplibre-init";
import { type Hit, selectionOf } from "./picking";
import {
  applyCoverageState,
  applyIncidentWindow,
  applyLanguage,
  applyLayerSet,
  applyPaint,
  applySelection,
  applyTheme,
  applyVisibility,
  layerChange,
} from "./view-sync";
import { applyWindowState, type WindowState } from "./window-state";

// Tests and the compare map build their own maps through this type.
export type { MapLike } from "./map-like";

export interface MapControllerOptions {
  container: HTMLElement;
  layers: Layers;
  state: MapViewState;
  camera: Camera;
  handlers: MapHandlers;
  /** Builds the map; the default makes a real one with a metric scale bar. */
  createMap?: (options: maplibregl.MapOptions) => MapLike;
  /** Resolves once labels can be drawn in the bundled font; the default uses `document.fonts`. */
  loadFonts?: () => Promise<void>;
  /** What relative font URLs resolve against; `document.baseURI` by default. */
  baseUri?: string;
  /**
   * The data is still loading: build the style once it is here (or after a few seconds), so
   * every source is tiled once, together, instead of empty first and again with the data.
   */
  layersPending?: boolean;
  /** The deployer's area of interest: the map does not pan beyond it; null: anywhere. */
  maxBounds?: BoundingBox | null;
}

// Measured in software rendering: a style built with empty sources and filled on "load" took
// about one frame per source to settle, then re-tiled everything; the data is usually parsed
// within a second of the page.
const PENDING_LAYERS_WAIT_MS = 4000;

export class MapController {
  private map: MapLike | null = null;
  private loaded = false;
  private destroyed = false;
  private idle = false;
  private idleWaiters: (() => void)[] = [];
  private handlers: MapHandlers;
  private desiredLayers: Layers;
  private desiredState: MapViewState;
  /** What each source was last given, compared by reference. */
  private sentData: Record<string, unknown> = {};
  private appliedState: MapViewState;
  private desiredCoverage: CoverageMapData | null = null;
  private appliedCoverage: CoverageMapData | null = null;
  /**
   * The clustered incidents were sent a new window and have not drawn a tile of it yet: the
   * coverage colours of that window wait for them, so both change in one frame instead of the
   * colours costing a frame of their own (0.2–0.5 s drawn in software) while the clusters tile.
   */
  private clustersTiling = false;
  private coverageHeld = false;
  /** Whether the colours applied last went to a tile archive's layers. */
  private coverageTiled = false;
  /** The time window the plain incidents' feature-state shows (see window-state.ts). */
  private appliedWindowState: WindowState | null = null;
  private desiredPlan: PlanMapData | null = null;
  private appliedPlan: PlanMapData | null = null;
  private initialCamera: Camera;
  private pendingCamera: ((map: MapLike) => void) | null = null;
  /**
   * The area the app last framed, while the user has not moved the map since: when the map's
   * size changes (a panel opens above it, presentation mode starts) it is framed again, so the
   * whole area stays in view at every size.
   */
  private framed: { bounds: BoundingBox; padding: FramePadding | undefined } | null = null;
  private compare: CompareMap | null = null;
  /** The swipe's code (compare.ts) on its way: it loads with the first swipe. */
  private compareLoading: Promise<void> | null = null;
  private desiredCompare: { position: number } | null = null;
  private readonly ready: Promise<void>;
  private layersArrived: () => void = () => {};
  private readonly firstPicture: FirstPicture;
  /** Why the map could not be made; null while it could. */
  private failure: string | null = null;

  constructor(private readonly options: MapControllerOptions) {
    this.handlers = options.handlers;
    this.desiredLayers = options.layers;
    this.desiredState = options.state;
    this.appliedState = options.state;
    this.initialCamera = options.camera;
    this.firstPicture = new FirstPicture(options.container);
    this.ready = this.start(options);
  }

  private async start(options: MapControllerOptions): Promise<void> {
    const baseUri = options.baseUri ?? document.baseURI;
    if (!options.createMap) preloadBasemap(this.desiredState.basemap);
    // Awaited before the map exists: MapLibre rasterises the first labels as soon as tiles
    // arrive, and a font still loading then means diacritics drawn in a fallback face.
    const layersHere = options.layersPending
      ? new Promise<void>((resolve) => {
          this.layersArrived = resolve;
          setTimeout(resolve, PENDING_LAYERS_WAIT_MS);
        })
      : undefined;
    await Promise.all([
      (options.loadFonts ?? (() => loadBundledFonts(baseUri)))().then(() =>
        performance.mark("binhyen:fonts-loaded"),
      ),
      layersHere,
    ]);
    if (this.destroyed) return;
    // Known once the data's manifest is read, which the map waited for just above.
    if (!options.createMap) preloadTiles(this.desiredState.tiles);
    const style = makeStyle(this.desiredState, this.desiredLayers);
    this.sentData = sourceData(this.desiredLayers, this.desiredState.incidents);
    // Feature-state is not part of a style: the selection is applied once the style has loaded.
    this.appliedState = { ...this.desiredState, selected: null };
    let map: MapLike;
    try {
      map = (options.createMap ?? createMaplibreMap)(
        mapOptions(
          options.container,
          style,
          this.initialCamera,
          this.desiredState.language,
          options.maxBounds,
        ),
      );
    } catch (error) {
      // No WebGL 2 (switched off, blocked, an old machine): the rest of the app works without it.
      this.failure = error instanceof Error ? error.message : String(error);
      this.firstPicture.show();
      this.handlers.onFailure?.(this.failure);
      return;
    }
    this.map = map;
    performance.mark("binhyen:map-created");
    this.firstPicture.mapCreated();
    // Added before the first tiles ask for them; the resolver covers a style reloaded later.
    for (const icon of icons()) this.addIcon(map, icon.id);
    map.setMissingStyleImageResolver((id) => this.addIcon(map, id));
    this.bindEvents(map);
    this.pendingCamera?.(map);
    this.pendingCamera = null;
    this.setCompare(this.desiredCompare);
  }

  private bindEvents(map: MapLike): void {
    map.on("load", () => {
      performance.mark("binhyen:map-loaded");
      this.loaded = true;
      this.setLayers(this.desiredLayers);
      this.setState(this.desiredState);
      this.setCoverage(this.desiredCoverage);
      this.setPlan(this.desiredPlan);
    });
    map.on("click", (event) => this.handleClick(map, event.point));
    map.on("mousemove", (event) => {
      map.getCanvas().style.cursor = this.pick(map, event.point) ? "pointer" : "";
    });
    map.on("movestart", () => this.markBusy());
    map.on("dataloading", () => this.markBusy());
    map.on("moveend", (event) => {
      if (movedByApp(event)) return;
      this.framed = null;
      this.handlers.onCamera(cameraOf(map), "user");
    });
    map.on("resize", () => {
      if (this.framed) this.moveCamera(fitBounds(this.framed.bounds, false, this.framed.padding));
    });
    map.on("sourcedata", (event) => {
      if (event.sourceId === SOURCE_IDS.incidents && event.tile) this.clustersTiled();
    });
    map.on("idle", () => {
      // Nothing more is coming (the clusters hidden, or their tiles out of view): colours now.
      if (this.clustersTiled()) return;
      this.firstPicture.show();
      this.idle = true;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      this.handlers.onIdle?.();
    });
  }

  private addIcon(map: MapLike, id: string): void {
    const icon = icons().find((candidate) => candidate.id === id);
    if (!icon || map.hasImage(id)) return;
    map.addImage(id, icon.image, { pixelRatio: ICON_PIXEL_RATIO });
  }

  private markBusy(): void {
    this.idle = false;
  }

  setHandlers(handlers: MapHandlers): void {
    this.handlers = handlers;
    if (this.failure !== null) handlers.onFailure?.(this.failure);
  }

  setLayers(layers: Layers): void {
    const before = this.desiredLayers.units;
    this.desiredLayers = layers;
    // Imported data of another place: the map goes there (the first data is framed by the view).
    if (
      this.loaded &&
      layers.units !== before &&
      anotherArea(featureBounds(before), featureBounds(layers.units))
    )
      this.resetView({ animate: false });
    this.compare?.setLayers(layers);
    this.layersArrived();
    this.syncSources();
    this.syncWindowState();
  }

  /** The points' and heatmap's window as feature-state, for the incidents and state wanted now. */
  private syncWindowState(): void {
    const map = this.map;
    if (!map || !this.loaded) return;
    const result = applyWindowState(
      map,
      this.desiredLayers.incidents,
      this.appliedWindowState,
      this.desiredState,
    );
    this.appliedWindowState = result.applied;
    if (result.changed > 0) this.markBusy();
  }

  /** The coverage view's colours and reach circles; null outside that view. */
  setCoverage(coverage: CoverageMapData | null): void {
    this.desiredCoverage = coverage;
    const map = this.map;
    if (!map || !this.loaded) return;
    if (this.clustersTiling) {
      this.coverageHeld = true;
      this.markBusy();
    } else this.applyCoverage(map);
    this.syncSources();
  }

  /**
   * Starts reading a tile archive's header and directories now: until #14 that began only once
   * the map was made, after the archive's table was read and while the map's construction held
   * the main thread, so the first tiles waited for three requests in a row.
   */
  readArchiveAhead(url: string): void {
    if (!this.options.createMap) preloadTiles({ url, bounds: null, months: null });
  }

  private applyCoverage(map: MapLike): boolean {
    this.coverageHeld = false;
    // Colours set on another dataset's features (GeoJSON before an archive, or the other way) go
    // with them: only this dataset's are compared.
    const tiled = Boolean(this.appliedState.tiles);
    if (tiled !== this.coverageTiled) this.appliedCoverage = null;
    this.coverageTiled = tiled;
    const changed = applyCoverageState(map, this.appliedCoverage, this.desiredCoverage, tiled) > 0;
    if (changed) this.markBusy();
    this.appliedCoverage = this.desiredCoverage;
    return changed;
  }

  /** The clusters drew their first tile of the new window: held colours go in the same frame. */
  private clustersTiled(): boolean {
    this.clustersTiling = false;
    const map = this.map;
    return this.coverageHeld && map !== null && this.applyCoverage(map);
  }

  /** The expansion planner's candidates, picks and timeline; null outside that view. */
  setPlan(plan: PlanMapData | null): void {
    this.desiredPlan = plan;
    this.compare?.setPlan(plan);
    const map = this.map;
    if (!map || !this.loaded) return;
    if (applyPlanData(map, this.appliedPlan, plan) > 0) this.markBusy();
    this.appliedPlan = plan;
  }

  /** Sends new data only to sources whose derived data is a different object than last time. */
  private syncSources(): void {
    const map = this.map;
    if (!map || !this.loaded) return;
    const reach = this.desiredCoverage?.reach;
    const data = sourceData(this.desiredLayers, this.desiredState.incidents, reach);
    for (const [id, next] of Object.entries(data) as [string, GeoJSON][]) {
      if (this.sentData[id] === next) continue;
      const source = map.getSource<maplibregl.GeoJSONSource>(id);
      const diff =
        id === SOURCE_IDS.incidents && source ? clusterDiff(this.sentData[id], next as never) : null;
      if (diff) source?.updateData(diff);
      // Sources that depend on the data (one per month of incidents) may not exist yet.
      else if (source) source.setData(next);
      else map.addSource(id, { type: "geojson", data: next, promoteId: "id" });
      this.sentData[id] = next;
      if (id === SOURCE_IDS.incidents && source) this.clustersTiling = true;
      this.markBusy();
    }
  }

  /** Changes only the layout properties and feature-state that differ from the last state. */
  setState(state: MapViewState): void {
    // A basemap known only now (its style builder loads on demand): its header is read at once.
    if (!this.options.createMap && state.basemap !== this.desiredState.basemap) preloadBasemap(state.basemap);
    this.desiredState = state;
    this.compare?.setState(state);
    const map = this.map;
    if (!map || !this.loaded) return;
    const previous = this.appliedState;
    // New month sources before the layers that draw them.
    this.syncSources();
    const layers = layerChange(previous, state);
    if (applyLayerSet(map, layers) > 0) this.markBusy();
    if (applyVisibility(map, layers) > 0) this.markBusy();
    if (applyPaint(map, previous, state, layers) > 0) this.markBusy();
    if (applyIncidentWindow(map, previous, state) > 0) this.markBusy();
    this.syncWindowState();
    if (applyTheme(map, previous, state, layers) > 0) this.markBusy();
    if (applyLanguage(map, previous, state) > 0) {
      relabelMapControls(map.getCanvas(), state.language);
      this.markBusy();
    }
    if (applySelection(map, previous, state) > 0) this.markBusy();
    this.appliedState = state;
    // Under a time window the clustered source holds only the incidents inside it.
    this.syncSources();
  }

  setCamera(camera: Camera): void {
    this.framed = null;
    this.moveCamera(jumpTo(camera));
  }

  flyTo(camera: Camera): void {
    this.framed = null;
    this.moveCamera(flyTo(camera));
  }

  fitBounds(bounds: BoundingBox, options: { animate?: boolean; padding?: FramePadding } = {}): void {
    this.framed = { bounds, padding: options.padding };
    this.moveCamera(fitBounds(bounds, options.animate ?? true, options.padding));
  }

  /**
   * Frames the whole district: every commune polygon, or the tile archive's extent when the data
   * is drawn from one (`tiles`, for a call made before that state reached the controller).
   */
  resetView(options: { animate?: boolean; tiles?: MapViewState["tiles"] } = {}): void {
    const bounds =
      featureBounds(this.desiredLayers.units) ?? (options.tiles ?? this.desiredState.tiles)?.bounds;
    if (bounds) this.fitBounds(bounds, options);
  }

  /** The planner's before/after swipe (see compare.ts): the divider in percent; null ends it. */
  setCompare(compare: { position: number } | null): void {
    this.desiredCompare = compare;
    if (!compare || this.destroyed) {
      this.compare?.destroy();
      this.compare = null;
    } else if (this.compare) this.compare.setPosition(compare.position);
    else if (this.map) this.startCompare(this.map);
  }

  private startCompare(main: MapLike): void {
    this.compareLoading ??= import("./compare").then(
      ({ CompareMap }) => {
        this.compareLoading = null;
        // Asked for its end, or for another map, while the code was on its way: nothing to start.
        const wanted = this.desiredCompare;
        if (!wanted || this.destroyed || this.compare || this.map !== main) return;
        this.compare = this.makeCompare(CompareMap, main, wanted.position);
      },
      () => {
        this.compareLoading = null; // the code did not arrive: the next swipe asks again
      },
    );
  }

  private makeCompare(Compare: typeof CompareMap, main: MapLike, position: number): CompareMap {
    const handlers: MapHandlers = {
      onSelect: (selection) => this.handlers.onSelect(selection),
      onCamera: (camera, source) => this.handlers.onCamera(camera, source),
    };
    const compare = new Compare({
      main,
      host: this.options.container,
      position,
      createMap: this.options.createMap,
      createController: (container, createMap) =>
        new MapController({
          ...this.options,
          container,
          createMap,
          handlers,
          camera: this.getCamera(),
          // The data is here already: the "before" map must not wait for it.
          layersPending: false,
          layers: this.desiredLayers,
          state: this.desiredState,
        }),
    });
    compare.setPlan(this.desiredPlan);
    return compare;
  }

  /** The swipe's "before" camera; null outside the swipe. */
  getCompareCamera(): Camera | null {
    return this.compare?.getCamera() ?? null;
  }

  /** The camera now, or the initial one before the map exists. */
  getCamera(): Camera {
    return this.map ? cameraOf(this.map) : this.initialCamera;
  }

  private moveCamera(move: (map: MapLike) => void): void {
    if (this.destroyed) return;
    if (!this.map) {
      this.pendingCamera = move;
      return;
    }
    this.markBusy();
    move(this.map);
  }

  private pick(map: MapLike, point: maplibregl.Point): Hit | null {
    return this.loaded ? featureAt(map, point, this.appliedState) : null;
  }

  private handleClick(map: MapLike, point: maplibregl.Point): void {
    const hit = this.pick(map, point);
    if (!hit) {
      this.handlers.onSelect(null);
      return;
    }
    if (hit.layerId === LAYER_IDS.incidentsClusters) {
      void zoomIntoCluster(map, hit.feature);
      return;
    }
    this.handlers.onSelect(selectionOf(hit));
  }

  /** Resolves when the map has drawn everything asked of it so far. */
  async whenIdle(): Promise<void> {
    await this.ready;
    if (!this.destroyed && !this.idle && this.failure === null)
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    await this.compareLoading;
    await this.compare?.whenIdle();
  }

  /** The map as drawn, as a PNG data URL (for print). */
  async captureImage(): Promise<string> {
    await this.whenIdle();
    if (!this.map) throw new Error("The map is gone.");
    return captureCanvas(this.map);
  }

  debugHandle(): MapDebugHandle {
    return makeDebugHandle({
      map: () => this.map,
      loaded: () => this.loaded,
      idle: () => this.idle,
      whenReady: () => this.ready,
      whenIdle: () => this.whenIdle(),
      language: () => this.appliedState.language,
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.firstPicture.cancel();
    this.setCompare(null);
    this.map?.remove();
    this.map = null;
    this.loaded = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
