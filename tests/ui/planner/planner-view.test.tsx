// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openRanking, plannerApp } from "./harness";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const figure = (key: string) =>
  (screen.getByTestId(`what-if-${key}`).querySelector("dd")?.textContent ?? "").trim();

describe("the ranked table", () => {
  it("shows each factor's contribution, and they add up to the score", async () => {
    const { ui } = plannerApp();
    render(ui);
    const table = await openRanking();
    const rows = within(table).getAllByRole("row").slice(1);
    // the fixture's uncovered hamlets: every one a candidate
    expect(rows.length).toBe(4);
    let previous = Number.POSITIVE_INFINITY;
    for (const row of rows) {
      const score = Number(row.getAttribute("data-score"));
      const parts = [...within(row).getByTestId("contributions").querySelectorAll("[data-points]")].map(
        (part) => Number(part.getAttribute("data-points")),
      );
      expect(parts).toHaveLength(4);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBeCloseTo(score * 100, 6);
      // shown as 0–100, best first
      expect(within(row).getByTestId("rank-score").textContent).toBe(String(Math.round(score * 100)));
      expect(score).toBeLessThanOrEqual(previous);
      previous = score;
    }
  });

  it("selects the hamlet on the map when its name is clicked", async () => {
    const { ui, store } = plannerApp();
    render(ui);
    const table = await openRanking();
    const first = within(table).getAllByTestId("rank-name")[0] as HTMLElement;
    fireEvent.click(first);
    const code = first.closest("tr")?.getAttribute("data-testid")?.replace("rank-row-", "");
    expect(store.getState().selected).toEqual({ layer: "hamlets", id: code });
  });
});

describe("the what-if", () => {
  it("changes the before → after figures when a hamlet goes into the plan and out again", async () => {
    const { ui, store } = plannerApp();
    render(ui);
    const table = await openRanking();
    const before = figure("coveredHamlets");
    expect(before).toMatch(/^(\d+)\/7 → \1\/7 \(±0 bản\)$/);
    const covered = Number(before.split("/")[0]);
    const checkbox = within(table).getAllByTestId("toggle-pick")[0] as HTMLElement;
    await act(async () => fireEvent.click(checkbox));
    expect(figure("coveredHamlets")).toBe(`${covered}/7 → ${covered + 1}/7 (+1 bản)`);
    expect(store.getState().planner.picks).toHaveLength(1);
    expect(screen.getAllByTestId("planner-pick")).toHaveLength(1);
    await act(async () => fireEvent.click(checkbox));
    expect(figure("coveredHamlets")).toBe(before);
  });

  it("picks K sites and lists them with their marginal gains", async () => {
    const { ui, store } = plannerApp("view=planner&k=2");
    render(ui);
    await openRanking();
    await act(async () => fireEvent.click(screen.getByTestId("planner-run")));
    const picks = await screen.findAllByTestId("planner-pick");
    expect(picks.length).toBeGreaterThanOrEqual(1);
    expect(picks.length).toBeLessThanOrEqual(2);
    expect(store.getState().planner.picks).toHaveLength(picks.length);
    for (const pick of picks) expect(pick.textContent).toMatch(/\+[\d.]+ người/);
  });
});

describe("saved plans", () => {
  it("saves, duplicates and compares plans, and keeps them in the browser", async () => {
    const { ui, store } = plannerApp();
    render(ui);
    const table = await openRanking();
    const boxes = within(table).getAllByTestId("toggle-pick");
    await act(async () => fireEvent.click(boxes[0] as HTMLElement));
    fireEvent.click(screen.getByTestId("planner-tab-plans"));
    fireEvent.change(screen.getByTestId("plan-name"), { target: { value: "Phương án A" } });
    await act(async () => fireEvent.click(screen.getByTestId("save-plan")));
    expect(screen.getAllByTestId("saved-plan")).toHaveLength(1);
    expect(store.getState().planner.activePlanId).not.toBeNull();
    // the copy gets "(bản sao)"
    await act(async () => fireEvent.click(screen.getByTestId("duplicate-plan")));
    expect(
      screen.getAllByTestId("saved-plan").map((item) => item.querySelector(".plan-name")?.textContent),
    ).toEqual(["Phương án A", "Phương án A (bản sao)"]);
    // a second plan with another hamlet added
    await act(async () => fireEvent.click(screen.getByTestId("planner-tab-hamlets")));
    await act(async () =>
      fireEvent.click(
        within(screen.getByTestId("hamlet-ranking")).getAllByTestId("toggle-pick")[1] as HTMLElement,
      ),
    );
    fireEvent.click(screen.getByTestId("planner-tab-plans"));
    fireEvent.change(screen.getByTestId("plan-name"), { target: { value: "Phương án B" } });
    await act(async () => fireEvent.click(screen.getByTestId("save-plan")));
    const stored = JSON.parse(localStorage.getItem("binhyen.plans") ?? "[]");
    expect(stored.map((plan: { name: string }) => plan.name)).toEqual([
      "Phương án A",
      "Phương án A (bản sao)",
      "Phương án B",
    ]);
    // compare A with B: one hamlet in both, one only in B
    const [firstSelect] = screen.getAllByTestId("compare-with");
    fireEvent.change(firstSelect as HTMLElement, { target: { value: stored[2].id } });
    const comparison = screen.getByTestId("plan-compare");
    expect(within(comparison).getByTestId("in-both").querySelectorAll("li")).toHaveLength(1);
    expect(within(comparison).getByTestId("only-in-a").querySelectorAll("li")).toHaveLength(0);
    expect(within(comparison).getByTestId("only-in-b").querySelectorAll("li")).toHaveLength(1);
    expect(within(comparison).getAllByTestId("compare-figures")).toHaveLength(2);
  });
});
