import { afterEach, describe, expect, it, vi } from "vitest";
import { alternate, median, met, pairedRatios, resultLines, rounds, spread, summarise } from "./harness";
import { sliderMonths } from "./time-slider";

describe("the bench harness", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes medians and spreads, leaving out samples that failed", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 7])).toBe(7);
    expect(median([])).toBeNaN();
    expect(spread([3, Number.NaN, 9, 4])).toEqual([3, 9]);
  });

  it("pairs each round's candidate with its baseline", () => {
    expect(pairedRatios({ candidate: [2, 6, 3], baseline: [1, 3, 6] })).toEqual([2, 2, 0.5]);
  });

  it("alternates which side goes first, round by round", async () => {
    const order: string[] = [];
    const samples = await alternate(
      3,
      async () => {
        order.push("A");
        return 1;
      },
      async () => {
        order.push("B");
        return 2;
      },
    );
    expect(order.join("")).toBe("ABBAAB");
    expect(samples).toEqual({ candidate: [1, 1, 1], baseline: [2, 2, 2] });
  });

  it("runs fewer rounds when BENCH_ROUNDS says so, and ignores nonsense", () => {
    expect(rounds(7)).toBe(7);
    vi.stubEnv("BENCH_ROUNDS", "3");
    expect(rounds(7)).toBe(3);
    vi.stubEnv("BENCH_ROUNDS", "lots");
    expect(rounds(7)).toBe(7);
  });

  it("meets a target only when the ratio and the absolute bound both hold", () => {
    const result = summarise("step", "setFilter", 1, {
      candidate: [90, 110, 100],
      baseline: [100, 100, 100],
    });
    expect(result.ratio).toBe(1);
    expect(met(result)).toBe(true);
    expect(met({ ...result, absoluteTargetMs: 99 })).toBe(false);
    expect(met({ ...result, targetRatio: 0.9 })).toBe(false);
    const absoluteOnly = summarise("switch", "bare", undefined, { candidate: [400], baseline: [100] });
    expect(met({ ...absoluteOnly, absoluteTargetMs: 300 })).toBe(false);
    expect(met({ ...absoluteOnly, absoluteTargetMs: 500 })).toBe(true);
    expect(met(summarise("failed", "bare", 1, { candidate: [Number.NaN], baseline: [1] }))).toBe(false);
  });

  it("prints both sides, the rounds, the ratio, the target and a MISS", () => {
    const result = {
      ...summarise("first picture", "bare page", 1.1, { candidate: [150, 130], baseline: [100, 100] }),
      method: "navigation to picture",
    };
    const text = resultLines(result).join("\n");
    expect(text).toContain("method: navigation to picture");
    expect(text).toContain("rounds: 2 candidate, 2 baseline");
    expect(text).toMatch(/median +140 ms +\(130 ms – 150 ms\)/);
    expect(text).toContain("baseline: bare page");
    expect(text).toContain("ratio 1.40 (round by round 1.30–1.50)");
    expect(text).toContain("target ratio ≤ 1.1");
    expect(text).toContain("MISS");
  });
});

describe("the slider benchmark's months", () => {
  it("never asks for the window already shown", () => {
    const initial = 2021 * 12 + 11;
    const months = sliderMonths(initial, 30);
    expect(months[0]).not.toBe(initial);
    for (let step = 1; step < months.length; step++) expect(months[step]).not.toBe(months[step - 1]);
    expect(Math.min(...months)).toBe(initial);
    expect(Math.max(...months)).toBe(initial + 12);
  });
});
