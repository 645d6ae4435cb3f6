// Before/after on the hand-made district, over the whole data (2019-01-05 … 2022-12-20, so the
// whole months 2019-02 … 2022-11). Adopters with 12 whole months either side: H1 (March 2020)
// and H5 (January 2021); H2 (June 2022) lacks the months after.
import { describe, expect, it } from "vitest";
import { buildCoverageIndex, computeCoverage } from "../../../src/domain/coverage";
import type { IsoDate } from "../../../src/domain/types";
import { fixtureDataset } from "./fixture";

const index = buildCoverageIndex(fixtureDataset().layers);
const beforeAfter = (from: string | null, to: string | null) =>
  computeCoverage(index, { from: from as IsoDate | null, to: to as IsoDate | null, radiusKm: 5 }).beforeAfter;

describe("before and after adoption", () => {
  it("compares adopters' 12 months before and after, leaving the adoption month out", () => {
    // H1: I02–I07 before (2019-03 … 2020-02), I09 and I10 after (2020-04 … 2021-03); I08 in March 2020 left out.
    // H5: I11–I14 before (2020-01 … 2020-12), I15 and I16 after (2021-02 … 2022-01).
    const { adopters } = beforeAfter(null, null);
    expect(adopters.hamlets).toBe(2);
    expect(adopters.beforePerHamletMonth).toBeCloseTo(10 / 24, 12);
    expect(adopters.afterPerHamletMonth).toBeCloseTo(4 / 24, 12);
    expect(adopters.changePercent).toBeCloseTo(-60, 10);
  });

  it("compares the same calendar months in hamlets not adopted by then", () => {
    // For both adoption months the others are H2 (adopted only in 2022), H3, H4 (planned), H6:
    // 4 hamlets × 12 months each time. Before: I17 + I20 for H1's months, I18 + I20 for H5's.
    // After: I18 + I22 for H1's months, I19 + I21 + I22 for H5's.
    const { comparison } = beforeAfter(null, null);
    expect(comparison.hamlets).toBe(4);
    expect(comparison.beforePerHamletMonth).toBeCloseTo(4 / 96, 12);
    expect(comparison.afterPerHamletMonth).toBeCloseTo(5 / 96, 12);
    expect(comparison.changePercent).toBeCloseTo(25, 10);
  });

  it("needs the 25 months inside the window: a single year has no adopter", () => {
    const { adopters, comparison } = beforeAfter("2021-01-01", "2021-12-31");
    expect(adopters).toEqual({
      hamlets: 0,
      beforePerHamletMonth: 0,
      afterPerHamletMonth: 0,
      changePercent: null,
    });
    expect(comparison.hamlets).toBe(0);
  });

  it("drops an adopter whose first month before is cut by the window", () => {
    // From 2019-03-02 the month of March 2019 is no longer whole, so H1 is out; H5 stays.
    const { adopters } = beforeAfter("2019-03-02", null);
    expect(adopters.hamlets).toBe(1);
    expect(adopters.beforePerHamletMonth).toBeCloseTo(4 / 12, 12);
  });
});
