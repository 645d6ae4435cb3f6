// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TimelineYear } from "../../../src/domain/planner/timeline";
import { createViewStore } from "../../../src/state/store";
import { TimelinePanel } from "../../../src/ui/planner/TimelinePanel";
import { withProviders } from "./harness";

const STEP_MS = 1200;
const TIMELINE: TimelineYear[] = [
  { year: 2021, covered: 3, cumulative: 3, codes: ["a", "b", "c"], planned: false },
  { year: 2022, covered: 2, cumulative: 5, codes: ["d", "e"], planned: false },
  { year: 2027, covered: 3, cumulative: 8, codes: ["f", "g", "h"], planned: true },
  { year: 2028, covered: 1, cumulative: 9, codes: ["i"], planned: true },
];

/** The panel with its year held the way usePlannerView holds it, and every year it was set to. */
function Timeline({ shown, timeline = TIMELINE }: { shown: (number | null)[]; timeline?: TimelineYear[] }) {
  const [year, setYear] = useState<number | null>(null);
  const [perYear, setPerYear] = useState(3);
  return (
    <TimelinePanel
      timeline={timeline}
      perYear={perYear}
      setPerYear={setPerYear}
      year={year}
      setYear={(next) => {
        shown.push(next);
        setYear(next);
      }}
    />
  );
}

const playButton = () => screen.getByTestId("timeline-play");
const yearText = () => screen.queryByTestId("timeline-year")?.textContent ?? null;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("the adoption timeline's animation", () => {
  it("plays year by year, one step every 1.2 s, and stops on the last year", () => {
    const shown: (number | null)[] = [];
    render(withProviders(<Timeline shown={shown} />, createViewStore("")));
    expect(yearText()).toBeNull();
    fireEvent.click(playButton());
    expect(playButton().textContent).toBe("Dừng");
    // the first year at once
    advance(0);
    expect(yearText()).toBe("Năm 2021: 3 bản mới, tổng 3");
    // not a moment early
    advance(STEP_MS - 1);
    expect(yearText()).toContain("2021");
    advance(1);
    expect(yearText()).toBe("Năm 2022: 2 bản mới, tổng 5");
    advance(STEP_MS);
    expect(yearText()).toBe("Năm 2027: 3 bản mới, tổng 8");
    advance(STEP_MS);
    expect(yearText()).toBe("Năm 2028: 1 bản mới, tổng 9");
    // at the end it stops by itself and stays on the last year
    advance(STEP_MS * 5);
    expect(yearText()).toContain("2028");
    expect(playButton().textContent).toBe("Chạy theo năm");
    expect(shown).toEqual([2021, 2022, 2027, 2028]);
  });

  it("pauses where it is and resumes from there", () => {
    const shown: (number | null)[] = [];
    render(withProviders(<Timeline shown={shown} />, createViewStore("")));
    fireEvent.click(playButton());
    advance(0);
    advance(STEP_MS);
    expect(yearText()).toContain("2022");
    fireEvent.click(playButton());
    expect(playButton().textContent).toBe("Chạy theo năm");
    advance(STEP_MS * 10);
    expect(yearText()).toContain("2022");
    fireEvent.click(playButton());
    advance(STEP_MS);
    expect(yearText()).toContain("2027");
    expect(shown).toEqual([2021, 2022, 2027]);
  });

  it("starts over from the first year when played again at the end", () => {
    const shown: (number | null)[] = [];
    render(withProviders(<Timeline shown={shown} />, createViewStore("")));
    fireEvent.click(playButton());
    advance(0);
    for (let step = 0; step < 4; step += 1) advance(STEP_MS);
    expect(playButton().textContent).toBe("Chạy theo năm");
    fireEvent.click(playButton());
    advance(0);
    expect(yearText()).toContain("2021");
    expect(shown.slice(-2)).toEqual([null, 2021]);
  });

  it("stops the clock when it leaves the page", () => {
    const shown: (number | null)[] = [];
    const { unmount } = render(withProviders(<Timeline shown={shown} />, createViewStore("")));
    fireEvent.click(playButton());
    advance(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("shows a year when its bar is clicked, and the plan again on a second click", () => {
    const shown: (number | null)[] = [];
    const { container } = render(withProviders(<Timeline shown={shown} />, createViewStore("lang=en")));
    const bars = container.querySelectorAll("svg g");
    expect(bars).toHaveLength(4);
    expect([...bars].map((bar) => bar.getAttribute("class")?.trim())).toEqual([
      "recorded",
      "recorded",
      "planned",
      "planned",
    ]);
    fireEvent.click(bars[2] as Element);
    expect(yearText()).toBe("2027: 3 new, 8 in all");
    expect(container.querySelector("svg g.current text")?.textContent).toBe("8");
    fireEvent.click(bars[2] as Element);
    expect(yearText()).toBeNull();
  });

  it("says so when no hamlet has an adoption date", () => {
    render(withProviders(<Timeline shown={[]} timeline={[]} />, createViewStore("")));
    expect(screen.getByText("Chưa có bản nào có ngày áp dụng mô hình.")).toBeTruthy();
    expect(screen.queryByTestId("timeline-play")).toBeNull();
  });
});
