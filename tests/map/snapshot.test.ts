// @vitest-environment happy-dom
// The off-screen map (slides, the planner's printout) against a fake map: what it is built with,
// the plan it is given, the camera it is told, and the size of the copy it returns.
import type { MapOptions } from "maplibre-gl";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MapLike } from "../../src/map/controller";
import { PLAN_SOURCE_IDS } from "../../src/map/layers-plan";
import { ALL_VISIBLE_STATE, type Camera, type PlanMapData, SOURCE_IDS } from "../../src/map/map-state";
import { createSnapshotSession, renderMapSnapshot, type SnapshotTesting } from "../../src/map/snapshot";
import { FakeMap } from "./fake-map";
import { sampleLayers } from "./sample-layers";

afterEach(() => {
  document.body.innerHTML = "";
});

const PLANNER_STATE = { ...ALL_VISIBLE_STATE, mode: "planner" as const };
const CAMERA: Camera = { center: [103.65, 21.5], zoom: 11.25 };

function planData(codes: string[]): PlanMapData {
  return {
    candidateClass: Object.fromEntries(codes.map((code, index) => [code, index % 4])),
    picks: {
      type: "FeatureCollection",
      features: codes.map((code, index) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.65 + index * 0.01, 21.5] },
        properties: { code, order: index + 1 },
      })),
    },
    reach: { type: "FeatureCollection", features: [] },
    timeline: null,
  };
}

/** A fake map per session; `drawn()` finishes what the real one does on its own (load, idle). */
function fakeMaps() {
  const made: { map: FakeMap; options: MapOptions }[] = [];
  const testing: SnapshotTesting = {
    loadFonts: async () => {},
    baseUri: "http://localhost:4173/app/",
    createMap: (options) => {
      const map = new FakeMap(options);
      made.push({ map, options });
      return map as unknown as MapLike;
    },
  };
  const drawn = async (index = 0) => {
    await vi.waitFor(() => expect(made[index]).toBeDefined());
    const map = made[index]?.map as FakeMap;
    if (!map.calls.some((call) => call.method === "loaded")) {
      map.calls.push({ method: "loaded", args: [] });
      map.fire("load");
    }
    map.fire("idle");
    return map;
  };
  return { made, testing, drawn };
}

const picksData = (map: FakeMap) =>
  map.calls.filter((call) => call.method === "setData" && call.args[0] === PLAN_SOURCE_IDS.picks);

describe("the off-screen map", () => {
  it("draws the plan at the camera given, at CSS size × pixel ratio, keeping the drawing buffer", async () => {
    const maps = fakeMaps();
    const plan = planData(["03730-01", "03730-02"]);
    const pending = renderMapSnapshot(
      {
        layers: sampleLayers(),
        state: PLANNER_STATE,
        camera: CAMERA,
        width: 800,
        height: 580,
        pixelRatio: 2,
        plan,
      },
      maps.testing,
    );
    const map = await maps.drawn();
    const canvas = await pending;
    // built for a picture: the ratio asked for, still, and its pixels kept to be copied
    const options = maps.made[0]?.options as MapOptions & Record<string, unknown>;
    expect(options.pixelRatio).toBe(2);
    expect(options.interactive).toBe(false);
    expect(options.canvasContextAttributes).toMatchObject({ preserveDrawingBuffer: true });
    // laid out at the CSS size, copied at the device size
    const container = (options.container as HTMLElement).style;
    expect([container.width, container.height]).toEqual(["800px", "580px"]);
    expect([canvas.width, canvas.height]).toEqual([1600, 1160]);
    // the plan reaches the map: the picks' points and each candidate's class
    expect(picksData(map).at(-1)?.args[1]).toBe(plan.picks);
    expect(map.calls).toContainEqual({
      method: "setFeatureState",
      args: [{ source: SOURCE_IDS.hamlets, id: "03730-02" }, { candidateClass: 1 }],
    });
    // and the camera is the one given, not the district framed by the map itself
    expect(map.calls.find((call) => call.method === "jumpTo")?.args[0]).toEqual(CAMERA);
    expect(map.count("fitBounds")).toBe(0);
    // the map is gone once the picture is taken
    expect(map.count("remove")).toBe(1);
  });

  it("a session follows each picture's plan, and a picture without one (a slide) has none", async () => {
    const maps = fakeMaps();
    const session = createSnapshotSession(sampleLayers(), { width: 400, height: 300 }, maps.testing);
    const first = planData(["03730-01"]);
    const pending = session.render(PLANNER_STATE, CAMERA, { plan: first });
    const map = await maps.drawn();
    const canvas = await pending;
    expect([canvas.width, canvas.height]).toEqual([400, 300]);
    expect(picksData(map).at(-1)?.args[1]).toBe(first.picks);
    // a second plan on the same map: only the new data is sent
    const second = planData(["03730-01", "03730-03"]);
    const again = session.render(PLANNER_STATE, CAMERA, { plan: second });
    await maps.drawn();
    await again;
    expect(picksData(map).at(-1)?.args[1]).toBe(second.picks);
    expect(maps.made).toHaveLength(1);
    // a slide drawn with the same session: no plan left on it
    const slide = session.render({ ...ALL_VISIBLE_STATE }, null);
    await maps.drawn();
    await slide;
    expect(picksData(map).at(-1)?.args[1]).toEqual({ type: "FeatureCollection", features: [] });
    expect(map.calls).toContainEqual({
      method: "setFeatureState",
      args: [{ source: SOURCE_IDS.hamlets, id: "03730-03" }, { candidateClass: null }],
    });
    // no camera given: the district framed, as the app opens
    expect(map.count("fitBounds")).toBe(1);
    session.destroy();
    expect(map.count("remove")).toBe(1);
  });

  it("without a plan, as the briefing asks, sends the plan's sources nothing", async () => {
    const maps = fakeMaps();
    const pending = renderMapSnapshot(
      { layers: sampleLayers(), state: ALL_VISIBLE_STATE, camera: CAMERA, width: 1040, height: 600 },
      maps.testing,
    );
    const map = await maps.drawn();
    const canvas = await pending;
    expect([canvas.width, canvas.height]).toEqual([1040, 600]);
    expect(maps.made[0]?.options.pixelRatio).toBe(1);
    expect(picksData(map)).toEqual([]);
  });
});
