// The one owner of the MapLibre map. React (or a test) hands it layers, view state and camera;
// it works out what really changed and makes only those calls, so a re-render costs nothing on
// the map. Camera moves the app makes are tagged, so they are not echoed back as user moves.
import "./maplibre-init";
import type { GeoJSON } from "geojson";
import * as maplibregl from "maplibre-gl";
import type { Layers } from "../domain/types";
import { CompareMap } from "./compare";
import { loadBundledFonts, makeFontFaces } from "./fonts";
import { featureBounds } from "./geometry";
import { ICON_PIXEL_RATIO, makeIcons } from "./icons";
import { makeLayers, makeStyle, sourceData, unitLabelField } from "./layers";
import { applyPlanData } from "./layers-plan";
import {
  type BoundingBox,
  type Camera,
  type CoverageMapData,
  LABEL_LAYERS,
  LAYER_IDS,
  type MapDebugHandle,
  type MapHandlers,
  type MapSelection,
  type MapViewState,
  type PlanMapData,
  SELECTED_STATE,
  SOURCE_BY_GROUP,
  SOURCE_IDS,
} from "./map-state";
import { clickableLayerIds, type Hit, labelText, pickClickable, selectionOf } from "./picking";
import { propertyChanges } from "./style-diff";
import {
  applyCoverageState,
  applyIncidentWindow,
  applyLayerSet,
  applyPaint,
  applyVisibility,
} from "./view-sync";

/** The part of `maplibregl.Map` the controller uses; tests stand a fake in for it. */
export type MapLike = Pick<
  maplibregl.Map,
  | "on"
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

type PaintName = Parameters<MapLike["setPaintProperty"]>[1];
type LayoutName = Parameters<MapLike["setLayoutProperty"]>[1];
type PaintValue = Parameters<MapLike["setPaintProperty"]>[2];
type LayoutValue = Parameters<MapLike["setLayoutProperty"]>[2];

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
}

// Measured in software rendering: a style built with empty sources and filled on "load" took
// about one frame per source to settle, then re-tiled everything; the data is usually parsed
// within a second of the page.
const PENDING_LAYERS_WAIT_MS = 4000;

// Passed as `eventData` with every camera call the app makes; MapLibre copies it onto the
// resulting move events, which is how `moveend` tells the app's moves from the user's.
const FROM_APP = { fromApp: true } as const;
const CLICK_TOLERANCE_PIXELS = 5;

// Painting the icons takes a few tens of milliseconds: do it once per page, not once per map.
let iconCache: ReturnType<typeof makeIcons> | null = null;
function icons(): ReturnType<typeof makeIcons> {
  iconCache ??= makeIcons();
  return iconCache;
}

function createMaplibreMap(options: maplibregl.MapOptions): MapLike {
  const map = new maplibregl.Map(options);
  map.addControl(new maplibregl.ScaleControl({ unit: "metric", maxWidth: 160 }), "bottom-left");
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  return map;
}

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
  private desiredPlan: PlanMapData | null = null;
  private appliedPlan: PlanMapData | null = null;
  private initialCamera: Camera;
  private pendingCamera: ((map: MapLike) => void) | null = null;
  private compare: CompareMap | null = null;
  private desiredCompare: { position: number } | null = null;
  private readonly ready: Promise<void>;
  private layersArrived: () => void = () => {};

  constructor(private readonly options: MapControllerOptions) {
    this.handlers = options.handlers;
    this.desiredLayers = options.layers;
    this.desiredState = options.state;
    this.appliedState = options.state;
    this.initialCamera = options.camera;
    this.ready = this.start(options);
  }

  private async start(options: MapControllerOptions): Promise<void> {
    const baseUri = options.baseUri ?? document.baseURI;
    // Awaited before the map exists: MapLibre rasterises the first labels as soon as tiles
    // arrive, and a font still loading then means diacritics drawn in a fallback face.
    const layersHere = options.layersPending
      ? new Promise<void>((resolve) => {
          this.layersArrived = resolve;
          setTimeout(resolve, PENDING_LAYERS_WAIT_MS);
        })
      : undefined;
    await Promise.all([(options.loadFonts ?? (() => loadBundledFonts(baseUri)))(), layersHere]);
    if (this.destroyed) return;
    const style = makeStyle(this.desiredState, makeFontFaces(baseUri), this.desiredLayers);
    this.sentData = sourceData(this.desiredLayers, this.desiredState.incidents);
    // Feature-state is not part of a style: the selection is applied once the style has loaded.
    this.appliedState = { ...this.desiredState, selected: null };
    const map = (options.createMap ?? createMaplibreMap)({
      container: options.container,
      style,
      center: this.initialCamera.center,
      zoom: this.initialCamera.zoom,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      renderWorldCopies: false,
      // Labels appear at once instead of fading in over 300 ms: each fade step is a full repaint,
      // which a software renderer (and an old laptop on a projector) pays for at every change.
      fadeDuration: 0,
    });
    this.map = map;
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
      if ((event as Partial<typeof FROM_APP>).fromApp) return;
      this.handlers.onCamera(this.currentCamera(map), "user");
    });
    map.on("idle", () => {
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
  }

  setLayers(layers: Layers): void {
    this.desiredLayers = layers;
    this.compare?.setLayers(layers);
    this.layersArrived();
    this.syncSources();
  }

  /** The coverage view's colours and reach circles; null outside that view. */
  setCoverage(coverage: CoverageMapData | null): void {
    this.desiredCoverage = coverage;
    const map = this.map;
    if (!map || !this.loaded) return;
    if (applyCoverageState(map, this.appliedCoverage, coverage) > 0) this.markBusy();
    this.appliedCoverage = coverage;
    this.syncSources();
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
      // Sources that depend on the data (one per month of incidents) may not exist yet.
      if (source) source.setData(next);
      else map.addSource(id, { type: "geojson", data: next, promoteId: "id" });
      this.sentData[id] = next;
      this.markBusy();
    }
  }

  /** Changes only the layout properties and feature-state that differ from the last state. */
  setState(state: MapViewState): void {
    this.desiredState = state;
    this.compare?.setState(state);
    const map = this.map;
    if (!map || !this.loaded) return;
    const previous = this.appliedState;
    // New month sources before the layers that draw them.
    this.syncSources();
    if (applyLayerSet(map, previous, state) > 0) this.markBusy();
    if (applyVisibility(map, previous, state) > 0) this.markBusy();
    if (applyPaint(map, previous, state) > 0) this.markBusy();
    if (applyIncidentWindow(map, previous, state) > 0) this.markBusy();
    if ((previous.theme ?? "standard") !== (state.theme ?? "standard")) this.applyTheme(map, state);
    if (previous.language !== state.language) {
      map.setLayoutProperty(LAYER_IDS.unitsLabels, "text-field", unitLabelField(state.language));
      this.markBusy();
    }
    const before = previous.selected;
    const after = state.selected;
    if (before?.layer !== after?.layer || before?.id !== after?.id) {
      if (before) this.setSelected(map, before, false);
      if (after) this.setSelected(map, after, true);
      this.markBusy();
    }
    this.appliedState = state;
    // Under a time window the clustered source holds only the incidents inside it.
    this.syncSources();
  }

  /**
   * Sets only the paint and layout values the new palette changes. Compared against the same
   * state in the old theme, so visibility and language stay with their own branches above.
   */
  private applyTheme(map: MapLike, state: MapViewState): void {
    const before = makeLayers({ ...state, theme: this.appliedState.theme });
    const changes = propertyChanges(before, makeLayers(state), { skipLayout: ["visibility"] });
    for (const change of changes) {
      // The names come from our own layer specifications, so they are valid property names.
      if (change.kind === "paint")
        map.setPaintProperty(change.layerId, change.property as PaintName, change.value as PaintValue);
      else map.setLayoutProperty(change.layerId, change.property as LayoutName, change.value as LayoutValue);
    }
    if (changes.length > 0) this.markBusy();
  }

  private setSelected(map: MapLike, selection: MapSelection, selected: boolean): void {
    map.setFeatureState(
      { source: SOURCE_BY_GROUP[selection.layer], id: selection.id },
      { [SELECTED_STATE]: selected },
    );
  }

  setCamera(camera: Camera): void {
    this.moveCamera((map) => map.jumpTo({ center: camera.center, zoom: camera.zoom }, FROM_APP));
  }

  flyTo(camera: Camera): void {
    this.moveCamera((map) =>
      map.flyTo({ center: camera.center, zoom: camera.zoom, essential: true }, FROM_APP),
    );
  }

  fitBounds(bounds: BoundingBox, options: { animate?: boolean } = {}): void {
    const [west, south, east, north] = bounds;
    this.moveCamera((map) =>
      map.fitBounds(
        [
          [west, south],
          [east, north],
        ],
        { padding: 40, maxZoom: 15, animate: options.animate ?? true },
        FROM_APP,
      ),
    );
  }

  /** Frames the whole district: every commune polygon. */
  resetView(options: { animate?: boolean } = {}): void {
    const bounds = featureBounds(this.desiredLayers.units);
    if (bounds) this.fitBounds(bounds, options);
  }

  /** The planner's before/after swipe (see compare.ts): the divider in percent; null ends it. */
  setCompare(compare: { position: number } | null): void {
    this.desiredCompare = compare;
    if (!compare || this.destroyed) {
      this.compare?.destroy();
      this.compare = null;
    } else if (this.compare) this.compare.setPosition(compare.position);
    else if (this.map) this.compare = this.startCompare(this.map, compare.position);
  }

  private startCompare(main: MapLike, position: number): CompareMap {
    const handlers: MapHandlers = {
      onSelect: (selection) => this.handlers.onSelect(selection),
      onCamera: (camera, source) => this.handlers.onCamera(camera, source),
    };
    const compare = new CompareMap({
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
    return this.map ? this.currentCamera(this.map) : this.initialCamera;
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

  private currentCamera(map: MapLike): Camera {
    const center = map.getCenter();
    return { center: [center.lng, center.lat], zoom: map.getZoom() };
  }

  private pick(map: MapLike, point: maplibregl.Point): Hit | null {
    if (!this.loaded) return null;
    const tolerance = CLICK_TOLERANCE_PIXELS;
    const features = map.queryRenderedFeatures(
      [
        [point.x - tolerance, point.y - tolerance],
        [point.x + tolerance, point.y + tolerance],
      ],
      { layers: clickableLayerIds(this.appliedState) },
    );
    return pickClickable(features);
  }

  private handleClick(map: MapLike, point: maplibregl.Point): void {
    const hit = this.pick(map, point);
    if (!hit) {
      this.handlers.onSelect(null);
      return;
    }
    if (hit.layerId === LAYER_IDS.incidentsClusters) {
      void this.zoomIntoCluster(map, hit.feature);
      return;
    }
    this.handlers.onSelect(selectionOf(hit));
  }

  private async zoomIntoCluster(map: MapLike, cluster: maplibregl.MapGeoJSONFeature): Promise<void> {
    const source = map.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.incidents);
    const clusterId = Number(cluster.properties.cluster_id);
    if (!source || cluster.geometry.type !== "Point") return;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    const [longitude = 0, latitude = 0] = cluster.geometry.coordinates;
    // Not tagged: the user asked for this move by clicking, so the app should hear about it.
    map.easeTo({ center: [longitude, latitude], zoom });
  }

  /** Resolves when the map has drawn everything asked of it so far. */
  async whenIdle(): Promise<void> {
    await this.ready;
    if (!this.destroyed && !this.idle) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    await this.compare?.whenIdle();
  }

  /**
   * The map as drawn, as a PNG data URL (for print). The canvas keeps no drawing buffer (keeping
   * it slows every frame), so it is read inside a `render` event, before the browser clears it.
   */
  async captureImage(): Promise<string> {
    await this.whenIdle();
    const map = this.map;
    if (!map) throw new Error("The map is gone.");
    return new Promise((resolve) => {
      map.once("render", () => resolve(map.getCanvas().toDataURL("image/png")));
      map.triggerRepaint();
    });
  }

  debugHandle(): MapDebugHandle {
    return {
      getSourceData: async (id) => {
        await this.ready;
        const source = this.map?.getSource<maplibregl.GeoJSONSource>(id);
        if (!source) throw new Error(`No source "${id}" on the map.`);
        return source.getData();
      },
      renderedLabels: () => {
        const map = this.map;
        if (!map || !this.loaded) return [];
        return map
          .queryRenderedFeatures({ layers: [...LABEL_LAYERS] })
          .map((feature) => labelText(feature, this.appliedState.language));
      },
      isIdle: () => this.idle,
      timeRepaint: async (frames) => {
        await this.whenIdle();
        const map = this.map;
        if (!map) return Number.NaN;
        const start = performance.now();
        for (let frame = 0; frame < frames; frame++) {
          await new Promise<void>((resolve) => {
            map.once("idle", () => resolve());
            map.triggerRepaint();
          });
        }
        return (performance.now() - start) / frames;
      },
    };
  }

  destroy(): void {
    this.destroyed = true;
    this.setCompare(null);
    this.map?.remove();
    this.map = null;
    this.loaded = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
