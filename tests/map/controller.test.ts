import { describe, expect, it, vi } from "vitest";
import type { Layers } from "../../src/domain/types";
import { MapController, type MapLike } from "../../src/map/controller";
import { DRAWING_ATTRIBUTE, FIRST_PICTURE_WAIT_MS } from "../../src/map/first-picture";
import { globalStateRead } from "../../src/map/layers-coverage";
import { TILES_SOURCE } from "../../src/map/layers-tiled";
import {
  ALL_VISIBLE_STATE,
  LAYER_IDS,
  type MapHandlers,
  type MapViewState,
  SOURCE_IDS,
} from "../../src/map/map-state";
import { loadAndSettle } from "./fake-controller";
import { FakeMap, fakeContainer } from "./fake-map";
import { sampleLayers } from "./sample-layers";

/** A controller on a fake map, before any map event; `map()` is null until the map is made. */
function startController(
  state: MapViewState = ALL_VISIBLE_STATE,
  layers: Layers = sampleLayers(),
  failWith: Error | null = null,
) {
  let fake: FakeMap | null = null;
  const handlers: MapHandlers = { onSelect: vi.fn(), onCamera: vi.fn() };
  const container = fakeContainer();
  const controller = new MapController({
    container,
    layers,
    state,
    camera: { center: [103.65, 21.45], zoom: 10 },
    handlers,
    baseUri: "http://localhost:4173/app/",
    loadFonts: async () => {},
    createMap: (options) => {
      if (failWith) throw failWith;
      fake = new FakeMap(options);
      return fake as unknown as MapLike;
    },
  });
  return { controller, handlers, container, map: () => fake };
}

async function setup(state: MapViewState = ALL_VISIBLE_STATE, layers: Layers = sampleLayers()) {
  const started = startController(state, layers);
  const map = await loadAndSettle(started);
  return { controller: started.controller, map, handlers: started.handlers, layers };
}

describe("MapController", () => {
  it("hides one group with one setLayoutProperty per layer of that group, and nothing else", async () => {
    const { controller, map } = await setup();
    controller.setState({ ...ALL_VISIBLE_STATE, visible: { ...ALL_VISIBLE_STATE.visible, hamlets: false } });
    expect(map.calls).toEqual([
      { method: "setLayoutProperty", args: [LAYER_IDS.hamletsCircles, "visibility", "none"] },
      { method: "setLayoutProperty", args: [LAYER_IDS.hamletsLabels, "visibility", "none"] },
      { method: "setLayoutProperty", args: [LAYER_IDS.hamletsCollision, "visibility", "none"] },
      { method: "setLayoutProperty", args: [LAYER_IDS.modelPointLabels, "visibility", "none"] },
    ]);
  });

  it("moves the points style's window one month by feature-state alone: no paint, filter or data", async () => {
    const points: MapViewState = {
      ...ALL_VISIBLE_STATE,
      mode: "coverage",
      incidents: {
        ...ALL_VISIBLE_STATE.incidents,
        style: "points",
        months: [2023 * 12, 2023 * 12 + 11],
        fromMonth: 2023 * 12,
        toMonth: 2023 * 12 + 3,
      },
    };
    const { controller, map, layers } = await setup(points);
    // The sample's incidents are all of May 2023: the window moves onto them.
    controller.setState({
      ...points,
      incidents: { ...points.incidents, fromMonth: 2023 * 12 + 1, toMonth: 2023 * 12 + 4 },
    });
    const byMethod = (method: string) => map.calls.filter((call) => call.method === method);
    expect(byMethod("setFeatureState").map((call) => call.args)).toEqual(
      layers.incidents.features.map((feature) => [
        { source: SOURCE_IDS.incidentsPlain, id: feature.properties.id },
        { out: false },
      ]),
    );
    // Nothing that would make MapLibre re-tile, nor a paint change (a second frame).
    expect(byMethod("setPaintProperty")).toEqual([]);
    expect(byMethod("setLayoutProperty")).toEqual([]);
    expect(byMethod("setFilter")).toEqual([]);
    expect(byMethod("setData")).toEqual([]);
  });

  it("holds a new window's coverage colours until the clusters of that window draw a tile", async () => {
    const clusters: MapViewState = {
      ...ALL_VISIBLE_STATE,
      mode: "coverage",
      incidents: {
        ...ALL_VISIBLE_STATE.incidents,
        style: "clusters",
        fromMonth: 2023 * 12,
        toMonth: 2023 * 12 + 3,
      },
    };
    const { controller, map } = await setup(clusters);
    const reach = { type: "FeatureCollection" as const, features: [] };
    const colours = (ratio: number) => ({
      unitRatio: { "03730": ratio },
      hamletStatus: {},
      reach,
      reachShown: {},
      window: { from: null, to: null },
    });
    controller.setCoverage(colours(0.1));
    expect(map.calls.filter((call) => call.method === "setFeatureState")).toHaveLength(1);
    map.calls = [];
    // The slider moves onto May 2023: the clustered source gets the window's incidents again.
    controller.setState({ ...clusters, incidents: { ...clusters.incidents, toMonth: 2023 * 12 + 4 } });
    controller.setCoverage(colours(0.5));
    expect(map.calls.filter((call) => call.method === "setData").map((call) => call.args[0])).toEqual([
      SOURCE_IDS.incidents,
    ]);
    expect(map.calls.filter((call) => call.method === "setFeatureState")).toEqual([]);
    let idle = false;
    void controller.whenIdle().then(() => {
      idle = true;
    });
    map.fire("sourcedata", { sourceId: SOURCE_IDS.incidents, tile: {} });
    expect(map.calls.filter((call) => call.method === "setFeatureState").map((call) => call.args)).toEqual([
      [{ source: SOURCE_IDS.units, id: "03730" }, { ratio: 0.5 }],
    ]);
    await Promise.resolve();
    expect(idle).toBe(false);
  });

  it("moves the clusters' window by a diff: the incidents of the month leaving and of the month entering", async () => {
    const layers = sampleLayers();
    // Incidents of May, June and July 2023.
    layers.incidents.features.forEach((feature, index) => {
      feature.properties.date = `2023-0${5 + index}-01` as typeof feature.properties.date;
    });
    const june = layers.incidents.features[1] as (typeof layers.incidents.features)[number];
    layers.incidents.features.push({ ...june, properties: { ...june.properties, id: "I4" } });
    const clusters: MapViewState = {
      ...ALL_VISIBLE_STATE,
      mode: "coverage",
      incidents: {
        ...ALL_VISIBLE_STATE.incidents,
        style: "clusters",
        fromMonth: 2023 * 12 + 3,
        toMonth: 2023 * 12 + 5,
      },
    };
    const { controller, map } = await setup(clusters, layers);
    controller.setState({
      ...clusters,
      incidents: { ...clusters.incidents, fromMonth: 2023 * 12 + 5, toMonth: 2023 * 12 + 6 },
    });
    expect(map.calls.filter((call) => call.method === "setData")).toEqual([]);
    const [update, ...more] = map.calls.filter((call) => call.method === "updateData");
    expect(more).toEqual([]);
    const [source, diff] = (update?.args ?? []) as [
      string,
      { remove: string[]; add: { properties: { id: string } }[] },
    ];
    expect(source).toBe(SOURCE_IDS.incidents);
    // Nothing reads the window from global state on GeoJSON: a change would cost a frame.
    expect(map.calls.filter((call) => call.method === "setGlobalStateProperty")).toEqual([]);
    // May leaves, July enters; June's two stay where they are.
    expect(diff.remove).toEqual(["I1"]);
    expect(diff.add.map((feature) => feature.properties.id)).toEqual(["I3"]);
  });

  it("sets the global state only where a layer reads it: the heatmap's categories, an archive's window", async () => {
    const heatmap: MapViewState = {
      ...ALL_VISIBLE_STATE,
      incidents: {
        ...ALL_VISIBLE_STATE.incidents,
        style: "heatmap",
        fromMonth: 2023 * 12,
        toMonth: 2023 * 12 + 3,
      },
    };
    const { controller, map } = await setup(heatmap);
    const globalCalls = () =>
      map.calls.filter((call) => call.method === "setGlobalStateProperty").map((call) => call.args);
    controller.setState({ ...heatmap, incidents: { ...heatmap.incidents, toMonth: 2023 * 12 + 4 } });
    expect(globalCalls()).toEqual([]);
    controller.setState({
      ...heatmap,
      incidents: { ...heatmap.incidents, toMonth: 2023 * 12 + 4, categories: ["theft"] },
    });
    expect(globalCalls()).toEqual([["categories", ["theft"]]]);
    // A tile archive's features are not known to the page: its window is global state.
    const tiled = { ...heatmap, tiles: {} } as unknown as MapViewState;
    expect(globalStateRead(tiled)).toMatchObject({ fromMonth: 2023 * 12, toMonth: 2023 * 12 + 3 });
    expect(globalStateRead({ ...heatmap, incidents: { ...heatmap.incidents, style: "clusters" } })).toEqual(
      {},
    );
  });

  it("colours an archive's communes through its units layer", async () => {
    const tiled: MapViewState = {
      ...ALL_VISIBLE_STATE,
      mode: "coverage",
      tiles: { url: "http://localhost:4173/geodata/x.pmtiles", bounds: null, months: null },
    };
    const { controller, map } = await setup(tiled);
    controller.setCoverage({
      unitRatio: { "03730": 0.5 },
      hamletStatus: {},
      reach: { type: "FeatureCollection", features: [] },
      reachShown: {},
      window: { from: null, to: null },
    });
    expect(map.calls.filter((call) => call.method === "setFeatureState").map((call) => call.args)).toEqual([
      [{ source: TILES_SOURCE, sourceLayer: "units", id: "03730" }, { ratio: 0.5 }],
    ]);
  });

  it("adds the icons before the style loads", async () => {
    const { map } = await setup();
    expect([...map.images]).toEqual(["icon-model-site", "icon-police-post", "icon-collision"]);
  });

  it("makes no call for a state equal to the last one", async () => {
    const { controller, map } = await setup();
    controller.setState({ ...ALL_VISIBLE_STATE, visible: { ...ALL_VISIBLE_STATE.visible } });
    expect(map.calls).toEqual([]);
  });

  it("changing the language rewrites only the commune labels' text-field", async () => {
    const { controller, map } = await setup();
    controller.setState({ ...ALL_VISIBLE_STATE, language: "en" });
    expect(map.calls).toEqual([
      { method: "setLayoutProperty", args: [LAYER_IDS.unitsLabels, "text-field", ["get", "labelEn"]] },
      { method: "setLayoutProperty", args: [LAYER_IDS.modelUnitLabel, "text-field", ["get", "labelEn"]] },
    ]);
  });

  it("moves the selection with feature-state: clear the old, set the new", async () => {
    const { controller, map } = await setup({
      ...ALL_VISIBLE_STATE,
      selected: { layer: "units", id: "03730" },
    });
    controller.setState({ ...ALL_VISIBLE_STATE, selected: { layer: "hamlets", id: "03730-01" } });
    expect(map.calls).toEqual([
      { method: "setFeatureState", args: [{ source: "units", id: "03730" }, { selected: false }] },
      { method: "setFeatureState", args: [{ source: "hamlets", id: "03730-01" }, { selected: true }] },
    ]);
  });

  it("sends no data for an unchanged collection, and new data only to the sources made of a changed one", async () => {
    const { controller, map, layers } = await setup();
    controller.setLayers({ ...layers });
    expect(map.count("setData")).toBe(0);
    const hamlets = { ...layers.hamlets, features: layers.hamlets.features.slice(1) };
    controller.setLayers({ ...layers, hamlets });
    // The communes' label points look for room among their hamlets: they follow them.
    expect(map.calls.map((call) => [call.method, call.args[0]])).toEqual([
      ["setData", "unit-labels"],
      ["setData", "hamlets"],
    ]);
    expect(await controller.debugHandle().getSourceData("hamlets")).toBe(hamlets);
  });

  it("does not echo the app's camera changes, but reports the user's", async () => {
    const { controller, map, handlers } = await setup();
    controller.setCamera({ center: [103.7, 21.4], zoom: 12 });
    controller.flyTo({ center: [103.6, 21.5], zoom: 11 });
    controller.resetView();
    expect(map.count("jumpTo") + map.count("flyTo") + map.count("fitBounds")).toBe(3);
    expect(handlers.onCamera).not.toHaveBeenCalled();
    map.fire("moveend", { originalEvent: {} });
    expect(handlers.onCamera).toHaveBeenCalledTimes(1);
    expect(handlers.onCamera).toHaveBeenCalledWith({ center: [103.66, 21.5], zoom: 11 }, "user");
  });

  it("selects the topmost clickable feature, and clears the selection on empty map", async () => {
    const { map, handlers, controller } = await setup();
    map.rendered = [
      { id: "03730", layer: { id: LAYER_IDS.unitsFill }, properties: { code: "03730" } },
      { id: "S1", layer: { id: LAYER_IDS.sitesIcons }, properties: { code: "S1" } },
    ];
    map.fire("click", { point: { x: 10, y: 10 } });
    expect(handlers.onSelect).toHaveBeenLastCalledWith({ layer: "sites", id: "S1" });
    map.rendered = [];
    map.fire("click", { point: { x: 10, y: 10 } });
    expect(handlers.onSelect).toHaveBeenLastCalledWith(null);
    const onSelect = vi.fn();
    controller.setHandlers({ onSelect, onCamera: vi.fn() });
    map.fire("click", { point: { x: 10, y: 10 } });
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it("shows the drawing notice from the start until the first idle, then never again", async () => {
    const { container, map: fake } = startController();
    expect(container.attributes.has(DRAWING_ATTRIBUTE)).toBe(true);
    await vi.waitFor(() => expect(fake()).not.toBeNull());
    const map = fake() as FakeMap;
    map.fire("load");
    expect(container.attributes.has(DRAWING_ATTRIBUTE)).toBe(true);
    map.fire("idle");
    expect(container.attributes.has(DRAWING_ATTRIBUTE)).toBe(false);
    container.setAttribute(DRAWING_ATTRIBUTE, "");
    map.fire("idle");
    expect(container.attributes.has(DRAWING_ATTRIBUTE)).toBe(true);
  });

  it("drops the drawing notice after a while even if the map never settles", async () => {
    vi.useFakeTimers();
    try {
      const { container } = startController();
      await vi.advanceTimersByTimeAsync(FIRST_PICTURE_WAIT_MS - 1_000);
      expect(container.attributes.has(DRAWING_ATTRIBUTE)).toBe(true);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(container.attributes.has(DRAWING_ATTRIBUTE)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports a map that cannot be made, clears the drawing state and lets waiters go", async () => {
    const { controller, handlers, container } = startController(
      ALL_VISIBLE_STATE,
      sampleLayers(),
      new Error("Failed to initialize WebGL"),
    );
    handlers.onFailure = vi.fn();
    await controller.whenIdle();
    expect(handlers.onFailure).toHaveBeenCalledWith("Failed to initialize WebGL");
    expect(container.attributes.has(DRAWING_ATTRIBUTE)).toBe(false);
    // handlers given later (React sets them after the first render) hear of it too
    const later = { onSelect: vi.fn(), onCamera: vi.fn(), onFailure: vi.fn() };
    controller.setHandlers(later);
    expect(later.onFailure).toHaveBeenCalledWith("Failed to initialize WebGL");
  });

  it("whenIdle waits for the map's idle event after a change", async () => {
    const { controller, map } = await setup();
    controller.setState({ ...ALL_VISIBLE_STATE, language: "en" });
    let settled = false;
    const waiting = controller.whenIdle().then(() => {
      settled = true;
    });
    // Several turns of the event loop: an already-idle map would have resolved by now.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    map.fire("idle");
    await waiting;
    expect(controller.debugHandle().isIdle()).toBe(true);
  });

  it("captureImage waits for idle, repaints once and reads the canvas inside that frame", async () => {
    const { controller, map } = await setup();
    let drawing = false;
    map.canvas.toDataURL = (type) => (drawing ? `data:${type};base64,ZnJhbWU=` : "data:,");
    controller.setState({ ...ALL_VISIBLE_STATE, language: "en" });
    let image: string | null = null;
    const capturing = controller.captureImage().then((result) => {
      image = result;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // tiles may still be coming: no frame is read before the map is idle
    expect(map.count("triggerRepaint")).toBe(0);
    map.fire("idle");
    await vi.waitFor(() => expect(map.count("triggerRepaint")).toBe(1));
    expect(image).toBeNull();
    drawing = true;
    map.fire("render");
    drawing = false;
    await capturing;
    expect(image).toBe("data:image/png;base64,ZnJhbWU=");
    // one frame only: later frames are not read
    map.fire("render");
    expect(map.listeners.get("render") ?? []).toHaveLength(0);
  });
});
