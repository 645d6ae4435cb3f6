import { describe, expect, it } from "vitest";
import {
  initialPlanner,
  plannerActions,
  setK,
  setMaxPerUnit,
  setPicks,
  setWeight,
  toggleLocked,
  togglePick,
  toggleRuledOut,
} from "../../src/state/planner";
import { createViewStore } from "../../src/state/store";
import { viewFromUrl, viewToUrl } from "../../src/state/url";
import { initialView, MODES } from "../../src/state/view";

describe("the planner's updaters", () => {
  it("clamps K, weights and the per-commune limit, and returns the same object for no change", () => {
    expect(setK(initialPlanner, 8).k).toBe(8);
    expect(setK(initialPlanner, 0).k).toBe(1);
    expect(setK(initialPlanner, 999).k).toBe(40);
    expect(setK(initialPlanner, Number.NaN)).toBe(initialPlanner);
    expect(setK(initialPlanner, initialPlanner.k)).toBe(initialPlanner);
    expect(setWeight(initialPlanner, "need", 12).weights.need).toBe(10);
    expect(setWeight(initialPlanner, "size", -1).weights.size).toBe(0);
    expect(setWeight(initialPlanner, "need", initialPlanner.weights.need)).toBe(initialPlanner);
    expect(setMaxPerUnit(initialPlanner, 2).maxPerUnit).toBe(2);
    expect(setMaxPerUnit(setMaxPerUnit(initialPlanner, 2), null).maxPerUnit).toBeNull();
  });

  it("toggles picks in order and forgets the saved plan they came from", () => {
    const fromPlan = setPicks(initialPlanner, ["a", "b", "a"], "plan-1");
    expect(fromPlan.picks).toEqual(["a", "b"]);
    expect(fromPlan.activePlanId).toBe("plan-1");
    const added = togglePick(fromPlan, "c");
    expect(added.picks).toEqual(["a", "b", "c"]);
    expect(added.activePlanId).toBeNull();
    expect(togglePick(added, "a").picks).toEqual(["b", "c"]);
  });

  it("keeps locked-in and ruled-out apart, and a ruled-out hamlet out of the plan", () => {
    const locked = toggleLocked(setPicks(initialPlanner, ["a", "b"]), "a");
    expect(locked.lockedIn).toEqual(["a"]);
    const ruled = toggleRuledOut(locked, "a");
    expect(ruled.ruledOut).toEqual(["a"]);
    expect(ruled.lockedIn).toEqual([]);
    expect(ruled.picks).toEqual(["b"]);
    expect(toggleLocked(ruled, "a").ruledOut).toEqual([]);
  });

  it("works through the store's actions", () => {
    const store = createViewStore("");
    store.getState().setK(8);
    store.getState().togglePick("03730-03");
    store.getState().setPlannerWeight("distance", 4);
    expect(store.getState().planner).toMatchObject({ k: 8, picks: ["03730-03"] });
    expect(store.getState().planner.weights.distance).toBe(4);
    const before = store.getState();
    store.getState().setK(8);
    expect(store.getState()).toBe(before);
    expect(typeof plannerActions).toBe("function");
  });
});

describe("the planner in the URL", () => {
  it("is a view mode", () => {
    expect(MODES).toContain("planner");
  });

  it("round-trips K, objective, weights, direction, size, limit, picks, locks and the plan", () => {
    const view = {
      ...initialView,
      mode: "planner" as const,
      planner: {
        ...initialPlanner,
        k: 8,
        objective: "incidents" as const,
        weights: { need: 5, size: 0, readiness: 2, distance: 1 },
        distanceDirection: "fill-gaps" as const,
        sizeBy: "households" as const,
        maxPerUnit: 2,
        picks: ["03730-03", "03733-05"],
        lockedIn: ["03733-05"],
        ruledOut: ["03721-01"],
        activePlanId: "8f2c-11",
      },
    };
    const search = viewToUrl(view, "");
    expect(search).toBe(
      "?lang=vi&view=planner&k=8&obj=incidents&w=5,0,2,1&dir=gaps&size=households&max=2" +
        "&picks=03730-03,03733-05&lock=03733-05&out=03721-01&plan=8f2c-11",
    );
    expect(viewFromUrl(search, initialView)).toEqual(view);
  });

  it("reads the short form from the brief, and writes nothing for the defaults", () => {
    const view = viewFromUrl("?view=planner&k=8&obj=population&picks=03730-03,03733-05", initialView);
    expect(view.mode).toBe("planner");
    expect(view.planner.k).toBe(8);
    expect(view.planner.picks).toEqual(["03730-03", "03733-05"]);
    expect(viewToUrl(initialView, "")).toBe("?lang=vi");
  });

  it("ignores malformed values", () => {
    const view = viewFromUrl(
      "?k=abc&obj=votes&w=1,2&dir=sideways&max=-3&picks=<script>,03730-01",
      initialView,
    );
    expect(view.planner).toEqual({ ...initialPlanner, picks: ["03730-01"] });
  });
});
