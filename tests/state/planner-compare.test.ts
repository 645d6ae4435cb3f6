import { describe, expect, it } from "vitest";
import {
  clampComparePosition,
  comparePositionAfterKey,
  initialPlanner,
  setCompare,
  setComparePosition,
} from "../../src/state/planner";
import { createViewStore } from "../../src/state/store";
import { viewFromUrl, viewToUrl } from "../../src/state/url";
import { initialView } from "../../src/state/view";

describe("the swipe divider's position", () => {
  it("is clamped to 0–100, kept to one decimal, and the middle for anything not a number", () => {
    expect(clampComparePosition(-12)).toBe(0);
    expect(clampComparePosition(140)).toBe(100);
    expect(clampComparePosition(33.333)).toBe(33.3);
    expect(clampComparePosition(Number.NaN)).toBe(50);
    expect(clampComparePosition(undefined)).toBe(50);
    expect(clampComparePosition("40")).toBe(50);
  });

  it("moves 5 % a key press, to the edges with Home and End, and ignores other keys", () => {
    expect(comparePositionAfterKey(50, "ArrowLeft")).toBe(45);
    expect(comparePositionAfterKey(50, "ArrowRight")).toBe(55);
    expect(comparePositionAfterKey(50, "ArrowDown")).toBe(45);
    expect(comparePositionAfterKey(50, "ArrowUp")).toBe(55);
    expect(comparePositionAfterKey(3, "ArrowLeft")).toBe(0);
    expect(comparePositionAfterKey(98, "ArrowRight")).toBe(100);
    expect(comparePositionAfterKey(42, "Home")).toBe(0);
    expect(comparePositionAfterKey(42, "End")).toBe(100);
    expect(comparePositionAfterKey(42, "a")).toBeNull();
    expect(comparePositionAfterKey(42, "Escape")).toBeNull();
  });

  it("returns the same planner when nothing changes, a new one otherwise", () => {
    expect(setCompare(initialPlanner, false)).toBe(initialPlanner);
    expect(setCompare(initialPlanner, true).compare).toBe(true);
    expect(setComparePosition(initialPlanner, 50)).toBe(initialPlanner);
    expect(setComparePosition(initialPlanner, 50.01)).toBe(initialPlanner);
    expect(setComparePosition(initialPlanner, Number.NaN)).toBe(initialPlanner);
    expect(setComparePosition(initialPlanner, 150).comparePosition).toBe(100);
  });
});

describe("the swipe in the view state", () => {
  it("goes through the store's actions and keeps the position when the swipe closes", () => {
    const store = createViewStore("view=planner");
    store.getState().setCompare(true);
    store.getState().setComparePosition(30);
    expect(store.getState().planner).toMatchObject({ compare: true, comparePosition: 30 });
    store.getState().setCompare(false);
    expect(store.getState().planner).toMatchObject({ compare: false, comparePosition: 30 });
    const before = store.getState();
    store.getState().setComparePosition(30);
    expect(store.getState()).toBe(before);
  });

  it("is in the URL only while comparing, and comes back from it", () => {
    const comparing = {
      ...initialView,
      mode: "planner" as const,
      planner: { ...initialPlanner, compare: true, comparePosition: 37.5 },
    };
    const search = viewToUrl(comparing, "");
    expect(new URLSearchParams(search).get("cmp")).toBe("37.5");
    expect(viewFromUrl(search, initialView).planner).toMatchObject({ compare: true, comparePosition: 37.5 });
    const closed = { ...comparing, planner: { ...comparing.planner, compare: false } };
    expect(new URLSearchParams(viewToUrl(closed, "")).has("cmp")).toBe(false);
    // out of range in a hand-written link: clamped, not refused
    expect(viewFromUrl("?view=planner&cmp=250", initialView).planner.comparePosition).toBe(100);
    expect(viewFromUrl("?view=planner&cmp=abc", initialView).planner.compare).toBe(false);
  });
});
