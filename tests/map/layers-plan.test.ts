import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it, vi } from "vitest";
import { makeLayers, makeStyle } from "../../src/map/layers";
import {
  applyPlanData,
  CANDIDATE_STATE,
  PLAN_LAYER_IDS,
  PLAN_SOURCE_IDS,
  scoreClass,
  TIMELINE_STATE,
} from "../../src/map/layers-plan";
import { ALL_VISIBLE_STATE, type MapViewState, type PlanMapData, SOURCE_IDS } from "../../src/map/map-state";
import { startOnFakeMap } from "./fake-controller";
import type { FakeMap } from "./fake-map";
import { sampleLayers } from "./sample-layers";

const PLANNER: MapViewState = { ...ALL_VISIBLE_STATE, mode: "planner" };
const _BASE = "http://localhost:4173/app/";

const points = (codes: string[]) => ({
  type: "FeatureCollection" as const,
  features: codes.map((code, index) => ({
    type: "Feature" as const,
    geometry: { type: "Point" as const, coordinates: [103.6 + index / 100, 21.4] },
    properties: { code, order: index + 1 },
  })),
});

const plan = (overrides: Partial<PlanMapData> = {}): PlanMapData => ({
  candidateClass: { "03730-01": 3, "03730-02": 0 },
  picks: points(["03730-01"]),
  reach: { type: "FeatureCollection", features: [] },
  timeline: null,
  ...overrides,
});

describe("the planner's layers", () => {
  for (const theme of ["standard", "projector-light", "projector-dark"] as const) {
    it(`validate against the style spec in the ${theme} theme`, () => {
      const style = makeStyle({ ...PLANNER, theme }, sampleLayers());
      expect(validateStyleMin(style)).toEqual([]);
      expect(Object.keys(style.sources)).toEqual(expect.arrayContaining(Object.values(PLAN_SOURCE_IDS)));
    });
  }

  it("show only in the planner view, picks above the hamlets and reach below them", () => {
    const visibility = (state: MapViewState) =>
      Object.fromEntries(makeLayers(state).map((layer) => [layer.id, layer.layout?.visibility]));
    for (const id of Object.values(PLAN_LAYER_IDS)) {
      expect(visibility(PLANNER)[id]).toBe("visible");
      expect(visibility(ALL_VISIBLE_STATE)[id]).toBe("none");
    }
    const order = makeLayers(PLANNER).map((layer) => layer.id);
    expect(order.indexOf(PLAN_LAYER_IDS.reachFill)).toBeLessThan(order.indexOf("hamlets-circles"));
    expect(order.indexOf(PLAN_LAYER_IDS.pickNumbers)).toBeGreaterThan(order.indexOf("sites-icons"));
  });

  it("classes scores from worst (0) to best (3)", () => {
    expect([0, 0.25, 0.26, 0.5, 0.74, 0.75, 0.9, 1].map(scoreClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe("applyPlanData", () => {
  function fakeMap() {
    const calls: unknown[][] = [];
    const sources = new Map<string, { setData: (data: unknown) => number }>(
      Object.values(PLAN_SOURCE_IDS).map((id) => [
        id,
        { setData: (data: unknown) => calls.push(["setData", id, data]) },
      ]),
    );
    return {
      calls,
      map: {
        setFeatureState: (feature: unknown, state: unknown) =>
          calls.push(["setFeatureState", feature, state]),
        getSource: (id: string) => sources.get(id),
      },
    };
  }

  it("sends only what changed: feature-state per hamlet, data per source", () => {
    const { calls, map } = fakeMap();
    const first = plan();
    applyPlanData(map as never, null, first);
    expect(calls).toContainEqual([
      "setFeatureState",
      { source: SOURCE_IDS.hamlets, id: "03730-01" },
      { [CANDIDATE_STATE]: 3 },
    ]);
    expect(calls.filter((call) => call[0] === "setData")).toHaveLength(2);
    calls.length = 0;
    // the same picks object, one class changed, a timeline year shown
    const next = {
      ...first,
      candidateClass: { ...first.candidateClass, "03730-02": 1 },
      timeline: { "03730-01": "new" as const },
    };
    expect(applyPlanData(map as never, first, next)).toBe(2);
    expect(calls).toEqual([
      ["setFeatureState", { source: SOURCE_IDS.hamlets, id: "03730-02" }, { [CANDIDATE_STATE]: 1 }],
      ["setFeatureState", { source: SOURCE_IDS.hamlets, id: "03730-01" }, { [TIMELINE_STATE]: "new" }],
    ]);
  });

  it("clears everything when the view is left", () => {
    const { calls, map } = fakeMap();
    applyPlanData(map as never, plan(), null);
    expect(calls).toContainEqual([
      "setFeatureState",
      { source: SOURCE_IDS.hamlets, id: "03730-02" },
      { [CANDIDATE_STATE]: null },
    ]);
    expect(calls).toContainEqual([
      "setData",
      PLAN_SOURCE_IDS.picks,
      { type: "FeatureCollection", features: [] },
    ]);
  });

  it("reaches the map through the controller's setPlan, once it has loaded", async () => {
    const { controller, map: fake } = startOnFakeMap(PLANNER);
    const data = plan();
    controller.setPlan(data);
    await vi.waitFor(() => expect(fake()).not.toBeNull());
    const map = fake() as FakeMap;
    expect(map.calls.filter((call) => call.method === "setData")).toEqual([]);
    map.fire("load");
    expect(map.calls).toContainEqual({ method: "setData", args: [PLAN_SOURCE_IDS.picks, data.picks] });
    controller.destroy();
  });
});
