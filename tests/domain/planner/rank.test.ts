import { describe, expect, it } from "vitest";
import { normalise } from "../../../src/domain/planner/normalise";
import type { PlannerWeights, RankedCandidate } from "../../../src/domain/planner/planner-types";
import { rankCandidates, rankUnits } from "../../../src/domain/planner/rank";
import { coveredSince, hamlet, unit } from "./fixtures";

// Three uncovered hamlets whose factors are easy to work out by hand, and a covered one that
// must never be a candidate.
const A = hamlet("A", {
  population: 1000,
  households: 200,
  incidents: 10,
  teams: { security: true, mediation: true, fire: true },
  groups: 20,
  distanceToModelKm: 2,
});
const B = hamlet("B", { population: 500, households: 100, incidents: 0, distanceToModelKm: 8 });
const C = hamlet("C", {
  population: 2000,
  households: 400,
  incidents: 4,
  teams: { security: true, mediation: false, fire: false },
  groups: 20,
  distanceToModelKm: null,
});
const D = hamlet("D", { ...coveredSince(2020), population: 5000, incidents: 50 });
const hamlets = [D, B, C, A];
const byCode = (ranked: RankedCandidate[]) => Object.fromEntries(ranked.map((row) => [row.code, row]));
const weights = (need: number, size: number, readiness: number, distance: number): PlannerWeights => ({
  need,
  size,
  readiness,
  distance,
});

describe("rankCandidates", () => {
  it("ranks uncovered hamlets by a weighted sum of min–max factors, with each contribution", () => {
    const ranked = rankCandidates(hamlets, weights(2, 1, 1, 0), { normalisation: "min-max", windowYears: 2 });
    expect(ranked.map((row) => row.code)).toEqual(["A", "C", "B"]);
    expect(ranked.map((row) => row.rank)).toEqual([1, 2, 3]);
    const { A: a, B: b, C: c } = byCode(ranked);
    // need per 1,000 people per year over 2 years: A 10/1000·1000/2 = 5, B 0, C 4/2000·1000/2 = 1.
    expect([a?.factors.need.raw, b?.factors.need.raw, c?.factors.need.raw]).toEqual([5, 0, 1]);
    // readiness: A all teams and 10 groups/100 households (cap) = 1; C (1/3 + 5/10) / 2 = 5/12.
    expect(c?.factors.readiness.raw).toBeCloseTo(5 / 12, 12);
    // shares 2/4, 1/4, 1/4, 0; A = ½·1 + ¼·(500/1500) + ¼·1 = 5/6.
    expect(a?.factors.need.contribution).toBeCloseTo(0.5, 12);
    expect(a?.factors.size.contribution).toBeCloseTo(1 / 12, 12);
    expect(a?.factors.readiness.contribution).toBeCloseTo(0.25, 12);
    expect(a?.factors.distance.contribution).toBe(0);
    expect(a?.score).toBeCloseTo(5 / 6, 12);
    // C = ½·0.2 + ¼·1 + ¼·5/12.
    expect(c?.score).toBeCloseTo(0.1 + 0.25 + 5 / 48, 12);
    expect(b?.score).toBe(0);
    for (const row of ranked) {
      const sum = Object.values(row.factors).reduce((total, factor) => total + factor.contribution, 0);
      expect(row.score).toBeCloseTo(sum, 12);
    }
  });

  it("switches the distance direction; no active model counts as farthest", () => {
    const contiguous = byCode(rankCandidates(hamlets, weights(0, 0, 0, 1), { normalisation: "min-max" }));
    expect([contiguous.A?.score, contiguous.B?.score, contiguous.C?.score]).toEqual([1, 0, 0]);
    expect([contiguous.A?.rank, contiguous.B?.rank, contiguous.C?.rank]).toEqual([1, 2, 2]);
    const gaps = byCode(
      rankCandidates(hamlets, weights(0, 0, 0, 1), {
        normalisation: "min-max",
        distanceDirection: "fill-gaps",
      }),
    );
    expect([gaps.A?.score, gaps.B?.score, gaps.C?.score]).toEqual([0, 1, 1]);
    expect([gaps.B?.rank, gaps.C?.rank, gaps.A?.rank]).toEqual([1, 1, 3]);
    expect(gaps.A?.factors.distance.raw).toBe(2);
  });

  it("sizes by households when asked, and rank-normalises by default", () => {
    const ranked = byCode(rankCandidates(hamlets, weights(0, 1, 0, 0), { sizeBy: "households" }));
    expect(ranked.C?.factors.size.raw).toBe(400);
    // households 200, 100, 400: places 1, 0, 2 out of 2.
    expect([ranked.A?.score, ranked.B?.score, ranked.C?.score]).toEqual([0.5, 0, 1]);
  });

  it("gives every candidate 0 when all weights are 0, and refuses negative weights", () => {
    const ranked = rankCandidates(hamlets, weights(0, 0, 0, 0));
    expect(ranked.every((row) => row.score === 0 && row.rank === 1)).toBe(true);
    expect(() => rankCandidates(hamlets, weights(-1, 0, 0, 0))).toThrow(RangeError);
  });
});

describe("normalise", () => {
  it("rank-normalises with ties sharing the mean place, and scales min–max", () => {
    expect(normalise([5, 0, 1, 1], "rank", "worst")).toEqual([1, 0, 0.5, 0.5]);
    expect(normalise([10, null, 20, 0], "min-max", "worst")).toEqual([0.5, 0, 1, 0]);
    expect(normalise([10, null, 20], "min-max", "best")).toEqual([0, 1, 1]);
    expect(normalise([3, 3, 3], "min-max", "worst")).toEqual([0, 0, 0]);
  });
});

describe("rankUnits", () => {
  it("scores each commune on its uncovered hamlets pooled", () => {
    const other = unit("03733");
    const list = [
      { ...A, unitCode: other },
      { ...D, unitCode: other },
      B,
      { ...C, distanceToModelKm: 12 },
      hamlet("E", { ...coveredSince(2021), unitCode: unit("03736") }),
      hamlet("F", { unitCode: null }),
    ];
    const ranked = rankUnits(list, weights(1, 0, 0, 0), {
      normalisation: "min-max",
      unitNames: { "03730": "Xã Chiềng Pha" },
    });
    expect(ranked.map((row) => row.code)).toEqual(["03733", "03730"]);
    const [first, second] = ranked;
    expect(first).toMatchObject({ name: "03733", hamlets: 2, uncoveredHamlets: 1, uncoveredCodes: ["A"] });
    expect(second).toMatchObject({ name: "Xã Chiềng Pha", hamlets: 2, uncoveredHamlets: 2 });
    // Chiềng Pha pools B and C: 4 incidents over 2,500 people = 1.6 per 1,000; the other has A's 10.
    expect(second?.factors.need.raw).toBeCloseTo(1.6, 12);
    expect(first?.factors.need.raw).toBe(10);
    // Nearest uncovered hamlet of Chiềng Pha: B at 8 km (C lies 12 km away).
    expect(second?.factors.distance.raw).toBe(8);
    // Readiness of B + C: teams 1 of 6, groups 20 per 500 households = 4/100 → 0.4.
    expect(second?.factors.readiness.raw).toBeCloseTo((1 / 6 + 0.4) / 2, 12);
  });
});
