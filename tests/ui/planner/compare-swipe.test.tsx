// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createViewStore, type ViewStoreHook } from "../../../src/state/store";
import { CompareSwipe, positionAtPointer } from "../../../src/ui/planner/CompareSwipe";
import { useComparePosition } from "../../../src/ui/planner/compare-position";
import { type PlannerChoices, usePlannerChoices } from "../../../src/ui/planner/use-planner-choices";
import { plannerApp, withProviders } from "./harness";

/** The divider as MapView shows it: only in the planner, only while comparing. */
function Swipe() {
  const position = useComparePosition();
  return position === null ? null : <CompareSwipe position={position} />;
}

function renderSwipe(search = "view=planner&cmp=50"): ViewStoreHook {
  const store = createViewStore(search);
  render(withProviders(<Swipe />, store));
  return store;
}

const divider = () => screen.getByRole("separator");
const value = () => Number(divider().getAttribute("aria-valuenow"));

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("pointer positions", () => {
  it("are percent of the box's width, clamped to its edges", () => {
    expect(positionAtPointer(500, { left: 100, width: 800 })).toBe(50);
    expect(positionAtPointer(300, { left: 100, width: 800 })).toBe(25);
    expect(positionAtPointer(50, { left: 100, width: 800 })).toBe(0);
    expect(positionAtPointer(2000, { left: 100, width: 800 })).toBe(100);
    expect(positionAtPointer(300, { left: 0, width: 0 })).toBe(50);
  });
});

describe("the swipe's divider", () => {
  it("is a focusable separator with its value, and labels each side in large type", () => {
    renderSwipe("view=planner&cmp=30");
    expect(divider().getAttribute("tabindex")).toBe("0");
    expect(divider().getAttribute("aria-orientation")).toBe("vertical");
    expect(value()).toBe(30);
    expect(divider().getAttribute("aria-valuetext")).toBe("Trước 30%, sau 70%");
    expect(divider().getAttribute("aria-label")).toBe("Kéo để so sánh trước và sau");
    expect(divider().style.left).toBe("30%");
    const labels = [...document.querySelectorAll(".compare-side-label")];
    expect(labels.map((label) => label.textContent)).toEqual(["Trước", "Sau"]);
    expect((labels[0] as HTMLElement).style.right).toBe("calc(70% + 1.1rem)");
    expect((labels[1] as HTMLElement).style.left).toBe("calc(30% + 1.1rem)");
  });

  it("moves 5 % per arrow key and to the edges with Home and End, in the view state", () => {
    const store = renderSwipe();
    fireEvent.keyDown(divider(), { key: "ArrowLeft" });
    expect(value()).toBe(45);
    expect(store.getState().planner.comparePosition).toBe(45);
    fireEvent.keyDown(divider(), { key: "ArrowRight" });
    fireEvent.keyDown(divider(), { key: "ArrowUp" });
    expect(value()).toBe(55);
    fireEvent.keyDown(divider(), { key: "End" });
    expect(value()).toBe(100);
    fireEvent.keyDown(divider(), { key: "ArrowRight" });
    expect(value()).toBe(100);
    fireEvent.keyDown(divider(), { key: "Home" });
    expect(value()).toBe(0);
    // a browser shortcut is left alone
    fireEvent.keyDown(divider(), { key: "ArrowRight", ctrlKey: true });
    expect(value()).toBe(0);
  });

  it("follows a drag, and only while the pointer is down", () => {
    const store = renderSwipe();
    const layer = screen.getByTestId("compare-swipe");
    layer.getBoundingClientRect = () => ({ left: 100, width: 800, top: 0, height: 500 }) as DOMRect;
    fireEvent.pointerMove(divider(), { clientX: 700, pointerId: 1 });
    expect(value()).toBe(50);
    fireEvent.pointerDown(divider(), { clientX: 500, pointerId: 1, button: 0 });
    fireEvent.pointerMove(divider(), { clientX: 300, pointerId: 1 });
    expect(value()).toBe(25);
    fireEvent.pointerUp(divider(), { clientX: 340, pointerId: 1 });
    expect(value()).toBe(30);
    fireEvent.pointerMove(divider(), { clientX: 800, pointerId: 1 });
    expect(store.getState().planner.comparePosition).toBe(30);
  });

  it("closes on Escape, keeping where the divider was, but not while typing", () => {
    const store = renderSwipe("view=planner&cmp=35");
    const input = document.createElement("input");
    document.body.append(input);
    fireEvent.keyDown(input, { key: "Escape" });
    expect(store.getState().planner.compare).toBe(true);
    act(() => {
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    });
    expect(store.getState().planner).toMatchObject({ compare: false, comparePosition: 35 });
    expect(screen.queryByRole("separator")).toBeNull();
    input.remove();
  });

  it("is not shown outside the planner", () => {
    renderSwipe("view=coverage&cmp=50");
    expect(screen.queryByRole("separator")).toBeNull();
  });
});

describe("the planner's swipe toggle", () => {
  it("turns the swipe on and off, and sets the flip button aside meanwhile", async () => {
    const { ui, store } = plannerApp();
    render(ui);
    const toggle = await screen.findByTestId("compare-toggle");
    expect(toggle.textContent).toBe("So sánh trước/sau (kéo)");
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(screen.getByTestId("show-before"));
    expect(screen.getByTestId("show-before").getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(toggle);
    expect(store.getState().planner.compare).toBe(true);
    await waitFor(() => expect(toggle.getAttribute("aria-pressed")).toBe("true"));
    // the map's "after" side must show the plan, so the flip is off and unavailable
    const flip = screen.getByTestId("show-before") as HTMLButtonElement;
    expect(flip.disabled).toBe(true);
    expect(flip.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(toggle);
    expect(store.getState().planner.compare).toBe(false);
  });
});

function ChoicesProbe({ seen }: { seen: PlannerChoices[] }) {
  seen.push(usePlannerChoices());
  return null;
}

describe("the planner's choices while the divider moves", () => {
  it("stay the same object, so nothing is ranked or picked again for a drag", () => {
    const store = createViewStore("view=planner&cmp=50");
    const seen: PlannerChoices[] = [];
    render(withProviders(<ChoicesProbe seen={seen} />, store));
    act(() => store.getState().setComparePosition(20));
    act(() => store.getState().setCompare(false));
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).not.toHaveProperty("comparePosition");
    act(() => store.getState().setK(9));
    expect(new Set(seen).size).toBe(2);
    expect(seen.at(-1)?.k).toBe(9);
  });
});
