import { describe, expect, it } from "vitest";
import { emptyArea } from "../../../src/domain/coverage/area-figures";
import type { Coverage, HamletCoverage } from "../../../src/domain/coverage/coverage-types";
import { pickSites } from "../../../src/domain/planner/pick-sites";
import { planInputFromCoverage } from "../../../src/domain/planner/plan-input";
import { DEFAULT_WEIGHTS } from "../../../src/domain/planner/planner-types";
import { rankCandidates } from "../../../src/domain/planner/rank";
import type { IsoDate } from "../../../src/domain/types";
import { at, coveredSince, hamlet } from "./fixtures";

function coverageOf(hamlets: HamletCoverage[], years: number): Coverage {
  return {
    options: { from: null, to: null, radiusKm: 5 },
    window: { from: "2020-01-01" as IsoDate, to: "2021-12-31" as IsoDate, years },
    hamlets,
    units: [],
    totals: emptyArea("total", "Tổng cộng", []),
    outsideIncidents: [],
    unjoined: [],
    beforeAfter: {
      adopters: { hamlets: 0, beforePerHamletMonth: 0, afterPerHamletMonth: 0, changePercent: null },
      comparison: { hamlets: 0, beforePerHamletMonth: 0, afterPerHamletMonth: 0, changePercent: null },
    },
  };
}

// A model at 0 km reaching the covered hamlet at 1 km; uncovered hamlets at 3, 9 and 20 km.
const hamlets = [
  hamlet("M", { ...at(0), ...coveredSince(2019), distanceToModelKm: 0, population: 300 }),
  hamlet("H1", { ...at(1), ...coveredSince(2020), distanceToModelKm: 1, population: 400 }),
  hamlet("U3", { ...at(3), distanceToModelKm: 3, population: 800, incidents: 3 }),
  hamlet("U9", { ...at(9), distanceToModelKm: 9, population: 600, incidents: 9 }),
  hamlet("U20", { ...at(20), distanceToModelKm: 20, population: 2000, incidents: 1 }),
];

describe("planInputFromCoverage", () => {
  const input = planInputFromCoverage(coverageOf(hamlets, 2));

  it("makes every hamlet demand and every uncovered hamlet a candidate, best-ranked first", () => {
    expect(input.demand.map((point) => point.code)).toEqual(["M", "H1", "U3", "U9", "U20"]);
    const ranked = rankCandidates(hamlets, DEFAULT_WEIGHTS, { windowYears: 2 });
    expect(input.candidates.map(({ code, score }) => ({ code, score }))).toEqual(
      ranked.map(({ code, score }) => ({ code, score })),
    );
    expect(input.candidates.map((candidate) => candidate.code).sort()).toEqual(["U20", "U3", "U9"]);
  });

  it("lets demand already within R of an active model bring no gain", () => {
    // Within 5 km: M, H1 and U3 already (1,500 of 4,100). U9 adds itself only; U20 itself.
    const result = pickSites(input, { k: 2, radiusKm: 5, objective: "population" });
    expect(result.before).toBe(1500);
    expect(result.picks.map((pick) => [pick.code, pick.gain])).toEqual([
      ["U20", 2000],
      ["U9", 600],
    ]);
    expect(result.afterPercent).toBeCloseTo((4100 / 4100) * 100, 12);
  });
});
