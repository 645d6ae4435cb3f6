// @vitest-environment happy-dom
// Every pick says why it was picked in the terms on screen: "+N người trong R km", the mean
// priority of those people split by factor, and the ranks of the hamlets it brings within reach,
// which the ranking shows marked with the pick's number.
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openRanking, plannerApp } from "./harness";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

async function runPicks() {
  await screen.findByTestId("planner-drawer-toggle", {}, { timeout: 5000 });
  await act(async () => fireEvent.click(screen.getByTestId("planner-run")));
  return screen.findAllByTestId("planner-pick");
}

describe("a pick's reasons", () => {
  it("give its gain in people within R km, its mean priority by factor, and the ranks it reaches", async () => {
    const { ui } = plannerApp("view=planner&k=2&r=20");
    render(ui);
    const picks = await runPicks();
    expect(screen.getByTestId("picks-how").textContent).toMatch(
      /^Mỗi bản chọn đưa nhiều người nhất vào tầm 20 km .* điểm ưu tiên \(0–100\)/u,
    );
    const table = await openRanking();
    const rankOf = new Map(
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((row) => [row.querySelector("[data-testid=rank-name]")?.textContent, row]),
    );
    for (const [index, pick] of picks.entries()) {
      expect(within(pick).getByTestId("pick-gain").textContent).toMatch(/^\+[\d.]+ người trong 20 km$/u);
      const priority = within(pick).getByTestId("pick-priority");
      const mean = Number(priority.getAttribute("data-mean"));
      const parts = [...priority.querySelectorAll("[data-points]")].map((part) =>
        Number(part.getAttribute("data-points")),
      );
      expect(parts).toHaveLength(4);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBeCloseTo(mean, 6);
      expect(priority.textContent).toContain(`ưu tiên ${Math.round(mean)}`);
      // the ranks it names are the ranking's, for rows marked with this pick's number
      const ranks = (within(pick).getByTestId("pick-reaches").textContent ?? "").match(
        /hạng ([\d, …]+)$/u,
      )?.[1];
      const marked = within(table)
        .getAllByRole("row")
        .filter((row) => row.textContent?.includes(`bản chọn số ${index + 1}`))
        .map((row) => Number(row.querySelector("td")?.textContent))
        .sort((a, b) => a - b);
      expect(marked.length).toBeGreaterThan(0);
      expect(ranks?.replace("…", "").split(", ").map(Number)).toEqual(marked.slice(0, 3));
      // its own rank is said beside its commune
      const name = pick.querySelector("button.link")?.textContent;
      const ownRank = rankOf.get(name)?.querySelector("td")?.textContent;
      expect(pick.querySelector(".pick-unit")?.textContent).toContain(`hạng ${ownRank}`);
    }
  });

  it("says when the weights changed since the pick, until picked again", async () => {
    const { ui } = plannerApp("view=planner&k=2");
    render(ui);
    await runPicks();
    expect(screen.queryByTestId("picks-stale")).toBeNull();
    await act(async () => fireEvent.change(screen.getByTestId("weight-need"), { target: { value: "9" } }));
    expect(screen.getByTestId("picks-stale").textContent).toContain("bấm “Chọn bản” để chọn lại");
    await act(async () => fireEvent.click(screen.getByTestId("planner-run")));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByTestId("picks-stale")).toBeNull();
  });

  it("say that everyone counts the same when every weight is 0, without a priority", async () => {
    const { ui } = plannerApp("view=planner&k=1&w=0,0,0,0");
    render(ui);
    const [pick] = await runPicks();
    expect(screen.getByTestId("picks-how").textContent).toContain("tất cả tính như nhau");
    expect(within(pick as HTMLElement).queryByTestId("pick-priority")).toBeNull();
    expect(within(pick as HTMLElement).getByTestId("pick-gain").textContent).toMatch(/người trong 5 km$/u);
  });
});
