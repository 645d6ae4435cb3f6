// @vitest-environment happy-dom
import type { MapOptions, StyleSpecification } from "maplibre-gl";
import { describe, expect, it, vi } from "vitest";
import { MapController, type MapLike } from "../../src/map/controller";
import { PLAN_SOURCE_IDS } from "../../src/map/layers-plan";
import {
  ALL_VISIBLE_STATE,
  type Camera,
  LAYER_IDS,
  type MapHandlers,
  type PlanMapData,
} from "../../src/map/map-state";
import { FakeMap } from "./fake-map";
import { sampleLayers } from "./sample-layers";

/** FakeMap with what the swipe needs: "move" inside jumpTo, and subscriptions that end. */
class SyncFakeMap extends FakeMap {
  override on(type: string, listener: (event: Record<string, unknown>) => void) {
    super.on(type, listener);
    return {
      unsubscribe: () =>
        this.listeners.set(
          type,
          (this.listeners.get(type) ?? []).filter((other) => other !== listener),
        ),
    };
  }
  override jumpTo(camera: Camera, eventData?: object) {
    this.calls.push({ method: "jumpTo", args: [camera, eventData] });
    this.center = { lng: camera.center[0], lat: camera.center[1] };
    this.zoom = camera.zoom;
    for (const type of ["movestart", "move", "moveend"]) this.fire(type, { ...eventData });
  }
  /** A drag by the user: no tag on the events. */
  pan(lng: number, lat: number, zoom = this.zoom) {
    this.center = { lng, lat };
    this.zoom = zoom;
    for (const type of ["movestart", "move", "moveend"]) this.fire(type);
  }
  layerIds() {
    return (this.options.style as StyleSpecification).layers.map((layer) => layer.id);
  }
  lastData(sourceId: string) {
    const calls = this.calls.filter((call) => call.method === "setData" && call.args[0] === sourceId);
    return calls.at(-1)?.args[1] as { features: unknown[] } | undefined;
  }
}

const picks = {
  type: "FeatureCollection" as const,
  features: [
    {
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [103.65, 21.45] },
      properties: { code: "03730-03", order: 1 },
    },
  ],
};
const plan: PlanMapData = { candidateClass: { "03730-03": 3 }, picks, reach: picks, timeline: null };

/** A planner's controller on fake maps, before its map has loaded (or even been made). */
function startPlanner() {
  const maps: SyncFakeMap[] = [];
  const handlers: MapHandlers = { onSelect: vi.fn(), onCamera: vi.fn() };
  const container = document.createElement("section");
  const controls = document.createElement("div");
  controls.className = "maplibregl-control-container";
  container.append(controls);
  const controller = new MapController({
    container,
    layers: sampleLayers(),
    state: { ...ALL_VISIBLE_STATE, mode: "planner" },
    camera: { center: [103.65, 21.45], zoom: 10 },
    handlers,
    baseUri: "http://localhost:4173/app/",
    loadFonts: async () => {},
    createMap: (options: MapOptions) => {
      const map = new SyncFakeMap(options);
      maps.push(map);
      return map as unknown as MapLike;
    },
  });
  return { controller, maps, handlers, container, controls };
}

async function setup() {
  const started = startPlanner();
  await vi.waitFor(() => expect(started.maps).toHaveLength(1));
  const main = started.maps[0] as SyncFakeMap;
  main.fire("load");
  started.controller.setPlan(plan);
  return { ...started, main };
}

async function comparing(position = 40) {
  const context = await setup();
  context.controller.setCompare({ position });
  await vi.waitFor(() => expect(context.maps).toHaveLength(2));
  const before = context.maps[1] as SyncFakeMap;
  before.fire("load");
  before.fire("idle");
  context.main.fire("idle");
  return { ...context, before };
}

describe("the swipe's second map", () => {
  it("lies in the main map's container, under its controls, clipped left of the divider", async () => {
    const { container, controls, before } = await comparing(40);
    const overlay = container.querySelector<HTMLElement>(".map-compare");
    expect(overlay).not.toBeNull();
    expect(overlay?.nextElementSibling).toBe(controls);
    expect(overlay?.style.clipPath).toBe("inset(0 60% 0 0)");
    expect(before.options.container).toBe(overlay);
  });

  it("is drawn from the same style, with the plan as it stood before the picks", async () => {
    const { main, before } = await comparing();
    expect(before.layerIds()).toEqual(main.layerIds());
    expect(main.lastData(PLAN_SOURCE_IDS.picks)?.features).toHaveLength(1);
    expect(before.lastData(PLAN_SOURCE_IDS.picks)?.features).toHaveLength(0);
    expect(before.lastData(PLAN_SOURCE_IDS.reach)?.features).toHaveLength(0);
    // the candidates stay ringed on both sides
    const candidateStates = (map: SyncFakeMap) =>
      map.calls.filter(
        (call) =>
          call.method === "setFeatureState" && JSON.stringify(call.args[1]).includes("candidateClass"),
      );
    expect(candidateStates(before)).toHaveLength(candidateStates(main).length);
    expect(candidateStates(before).length).toBeGreaterThan(0);
  });

  it("follows the view state (language) like the main map", async () => {
    const { controller, before } = await comparing();
    before.calls = [];
    controller.setState({ ...ALL_VISIBLE_STATE, mode: "planner", language: "en" });
    expect(before.calls).toContainEqual({
      method: "setLayoutProperty",
      args: [LAYER_IDS.unitsLabels, "text-field", ["get", "labelEn"]],
    });
  });

  it("keeps both cameras equal, and tells the app of each user move once", async () => {
    const { main, before, handlers } = await comparing();
    main.pan(103.7, 21.5, 11);
    expect(before.center).toEqual({ lng: 103.7, lat: 21.5 });
    expect(before.zoom).toBe(11);
    expect(handlers.onCamera).toHaveBeenCalledTimes(1);
    before.pan(103.8, 21.35, 12);
    expect(main.center).toEqual({ lng: 103.8, lat: 21.35 });
    expect(main.zoom).toBe(12);
    // the main map's copy is tagged, so it is not reported a second time
    expect(main.calls.filter((call) => call.method === "jumpTo").at(-1)?.args[1]).toEqual({ fromApp: true });
    expect(handlers.onCamera).toHaveBeenCalledTimes(2);
    expect(handlers.onCamera).toHaveBeenLastCalledWith({ center: [103.8, 21.35], zoom: 12 }, "user");
  });

  it("moves the clip without a new map, and is removed cleanly", async () => {
    const { controller, container, maps, main, before } = await comparing(40);
    controller.setCompare({ position: 75 });
    expect(container.querySelector<HTMLElement>(".map-compare")?.style.clipPath).toBe("inset(0 25% 0 0)");
    expect(maps).toHaveLength(2);
    expect(controller.getCompareCamera()).toEqual({ center: [103.65, 21.45], zoom: 10 });
    controller.setCompare(null);
    expect(container.querySelector(".map-compare")).toBeNull();
    expect(before.count("remove")).toBe(1);
    expect(controller.getCompareCamera()).toBeNull();
    const jumps = before.count("jumpTo");
    main.pan(104, 21.2);
    expect(before.count("jumpTo")).toBe(jumps);
    expect(main.listeners.get("move") ?? []).toHaveLength(0);
  });

  it("starts nothing when the swipe ends while its code is on its way, and starts again after", async () => {
    const { controller, maps, container } = await setup();
    controller.setCompare({ position: 30 });
    controller.setCompare(null);
    await import("../../src/map/compare");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(maps).toHaveLength(1);
    expect(container.querySelector(".map-compare")).toBeNull();
    controller.setCompare({ position: 30 });
    await vi.waitFor(() => expect(maps).toHaveLength(2));
    expect(container.querySelectorAll(".map-compare")).toHaveLength(1);
  });

  it("starts once the main map exists when asked before it, and goes with the main map", async () => {
    const { controller, maps, container } = startPlanner();
    controller.setCompare({ position: 50 });
    await vi.waitFor(() => expect(maps).toHaveLength(2));
    controller.destroy();
    expect(maps.map((map) => map.count("remove"))).toEqual([1, 1]);
    expect(container.querySelector(".map-compare")).toBeNull();
  });
});
