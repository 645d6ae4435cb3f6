// The weights steer the picks: each hamlet's demand counts by its priority score from the
// ranking, so raising "need" moves picks towards hamlets with many incidents, "fill gaps" moves
// them away from models, and every pick's story (value, mean priority, ranks reached) is true.
import { describe, expect, it } from "vitest";
import type { HamletCoverage } from "../../../src/domain/coverage/coverage-types";
import { haversineKm } from "../../../src/domain/planner/distance";
import { explainPicks, reachOfPlan } from "../../../src/domain/planner/explain-pick";
import { pickSites, pickSitesPlain } from "../../../src/domain/planner/pick-sites";
import { planInputFromHamlets } from "../../../src/domain/planner/plan-input";
import {
  type DistanceDirection,
  FACTORS,
  type PlanInput,
  type PlannerWeights,
} from "../../../src/domain/planner/planner-types";
import { rankCandidates } from "../../../src/domain/planner/rank";
import { at, coveredSince, hamlet, random, randomInstance } from "./fixtures";

const w = (need: number, size: number, readiness: number, distance: number): PlannerWeights => ({
  need,
  size,
  readiness,
  distance,
});

/** Three hamlets 0.5 km apart, starting `eastKm` from the model at the origin. */
function cluster(prefix: string, eastKm: number, extra: Partial<HamletCoverage>): HamletCoverage[] {
  return [0, 0.5, 1].map((offset, index) =>
    hamlet(`${prefix}${index + 1}`, {
      ...at(eastKm + offset),
      distanceToModelKm: Math.abs(eastKm + offset),
      ...extra,
    }),
  );
}

const model = hamlet("M", { ...at(0), ...coveredSince(2019), distanceToModelKm: 0, population: 400 });

function picks(
  hamlets: HamletCoverage[],
  weights: PlannerWeights,
  direction: DistanceDirection = "contiguous",
) {
  const input = planInputFromHamlets(hamlets, { weights, ranking: { distanceDirection: direction } });
  return pickSites(input, { k: 1, radiusKm: 3, objective: "population" });
}
/** Which cluster each pick is in (within a cluster every hamlet reaches the same ones). */
const codes = (result: { picks: { code: string }[] }) => result.picks.map((pick) => pick.code.slice(0, 1));

describe("the weights steer the picks", () => {
  // East: 3 × 700 people, no incidents. West: 3 × 600 people, 10 incidents each.
  const needFixture = [
    model,
    ...cluster("E", 20, { population: 700 }),
    ...cluster("W", -20, { population: 600, incidents: 10 }),
  ];

  it("raising need moves the pick from the bigger quiet cluster to the one with incidents", () => {
    expect(codes(picks(needFixture, w(0, 0, 0, 0)))).toEqual(["E"]);
    expect(codes(picks(needFixture, w(0, 2, 0, 0)))).toEqual(["E"]);
    expect(codes(picks(needFixture, w(1, 2, 0, 0)))).toEqual(["E"]);
    expect(codes(picks(needFixture, w(10, 2, 0, 0)))).toEqual(["W"]);
    // The value maximised is the people reached times their hamlets' priority.
    const result = picks(needFixture, w(10, 2, 0, 0));
    const ranked = rankCandidates(needFixture, w(10, 2, 0, 0));
    const expected = ["W1", "W2", "W3"].reduce(
      (sum, code) => sum + 600 * (ranked.find((row) => row.code === code)?.score ?? Number.NaN),
      0,
    );
    expect(result.picks[0]?.gain).toBe(1800);
    expect(result.picks[0]?.value).toBeCloseTo(expected, 9);
  });

  it("'fill gaps' moves the pick away from the model, 'near a model' towards it", () => {
    // Near: 3 × 500 people 8 km out. Far: 3 × 550 people 25 km out.
    const hamlets = [
      model,
      ...cluster("N", 8, { population: 500 }),
      ...cluster("F", 25, { population: 550 }),
    ];
    expect(codes(picks(hamlets, w(0, 0, 0, 0)))).toEqual(["F"]);
    expect(codes(picks(hamlets, w(0, 0, 0, 1), "contiguous"))).toEqual(["N"]);
    expect(codes(picks(hamlets, w(0, 0, 0, 1), "fill-gaps"))).toEqual(["F"]);
    expect(codes(picks(hamlets, w(0, 2, 0, 5), "contiguous"))).toEqual(["N"]);
    expect(codes(picks(hamlets, w(0, 2, 0, 5), "fill-gaps"))).toEqual(["F"]);
  });

  it("counts every person the same when every weight is 0, exactly as before weighting", () => {
    const input = planInputFromHamlets(needFixture, { weights: w(0, 0, 0, 0) });
    expect(input.demand.every((point) => point.priority === undefined)).toBe(true);
    const result = pickSites(input, { k: 2, radiusKm: 3, objective: "population" });
    expect(result.weighted).toBe(false);
    expect(
      result.picks.map((pick) => [pick.code.slice(0, 1), pick.gain, pick.value, pick.valueParts]),
    ).toEqual([
      ["E", 2100, 2100, null],
      ["W", 1800, 1800, null],
    ]);
  });

  it("gives a hamlet that has the model already no priority, but still counts its people as reached", () => {
    // A covered hamlet 1.5 km past the east cluster, out of any model's reach.
    const covered = hamlet("C", { ...at(22), ...coveredSince(2020), distanceToModelKm: 22, population: 900 });
    const hamlets = [model, covered, ...needFixture.slice(1)];
    const input = planInputFromHamlets(hamlets, { weights: w(0, 1, 0, 0) });
    expect(input.demand.find((point) => point.code === "C")).toMatchObject({ priority: 0 });
    const result = pickSites(input, { k: 1, radiusKm: 3, objective: "population" });
    expect(codes(result)).toEqual(["E"]);
    // Size ranks the 700s above the 600s: 0.8 each (places 3–5 of 0–5, mean 4, over 5).
    expect(result.picks[0]?.gain).toBe(3 * 700 + 900);
    expect(result.picks[0]?.value).toBeCloseTo(3 * 700 * 0.8, 9);
  });
});

describe("every pick's story is true", () => {
  it("its value is gain × mean priority, its parts add up, and no other candidate was worth more at its step", () => {
    const next = random(2026);
    for (let trial = 0; trial < 20; trial++) {
      const hamlets = Array.from({ length: 60 }, (_, index) =>
        hamlet(`h${String(index).padStart(2, "0")}`, {
          ...at(next() * 30, next() * 30),
          population: 100 + Math.floor(next() * 900),
          households: 20 + Math.floor(next() * 200),
          incidents: Math.floor(next() * 12),
          groups: Math.floor(next() * 20),
          distanceToModelKm: next() < 0.3 ? next() * 4 : 4 + next() * 20,
          ...(next() < 0.15 ? coveredSince(2020) : {}),
        }),
      );
      const weights = w(next() * 10, next() * 10, next() * 10, next() * 10);
      const direction = next() < 0.5 ? "contiguous" : "fill-gaps";
      const input = planInputFromHamlets(hamlets, { weights, ranking: { distanceDirection: direction } });
      const options = { k: 5, radiusKm: 4, objective: "population" as const };
      const result = pickSites(input, options);
      const ranked = rankCandidates(hamlets, weights, { distanceDirection: direction });
      const rankOf = new Map(ranked.map((row) => [row.code, row.rank]));
      const stories = explainPicks(result, ranked);
      const reachedBefore = new Set(
        input.demand
          .filter((p) => p.distanceToModelKm !== null && p.distanceToModelKm <= 4)
          .map((p) => p.code),
      );
      stories.forEach((story, step) => {
        const pick = result.picks[step];
        if (!pick || story.meanPriority === null || !story.priorityParts) throw new Error("no story");
        expect(story.value).toBeCloseTo((story.gain * story.meanPriority) / 100, 6);
        const parts = FACTORS.reduce((sum, factor) => sum + (story.priorityParts?.[factor] ?? 0), 0);
        expect(parts).toBeCloseTo(story.meanPriority, 6);
        // The ranks shown are the ranking's ranks of the uncovered hamlets it reaches.
        const ranks = pick.reached.flatMap((code) => (rankOf.has(code) ? [rankOf.get(code) as number] : []));
        expect(story.bestRanks).toEqual(ranks.sort((a, b) => a - b).slice(0, 3));
        expect(story.ownRank).toBe(rankOf.get(pick.code));
        // No candidate left would have brought more value at this step.
        const best = Math.max(
          ...input.candidates
            .filter((candidate) => !result.picks.slice(0, step + 1).some((p) => p.code === candidate.code))
            .map((candidate) => valueNow(input, candidate, reachedBefore, 4)),
        );
        expect(story.value).toBeGreaterThanOrEqual(best - 1e-6);
        for (const code of pick.reached) reachedBefore.add(code);
      });
    }
  });

  it("marks each hamlet with what reaches it: a model already, or the first pick that does", () => {
    const hamlets = [
      model,
      ...cluster("N", 2, { population: 500 }),
      ...cluster("F", 25, { population: 550 }),
    ];
    const result = pickSites(planInputFromHamlets(hamlets, { weights: w(0, 0, 0, 1) }), {
      k: 1,
      radiusKm: 3,
      objective: "population",
    });
    const reach = reachOfPlan(hamlets, result, 3);
    expect(Object.fromEntries(reach)).toEqual({
      M: "model",
      N1: "model",
      N2: "model",
      N3: "model",
      F1: 1,
      F2: 1,
      F3: 1,
    });
  });
});

/** What `candidate` would add now: value of the demand within R km not yet reached. */
function valueNow(
  input: PlanInput,
  candidate: { longitude: number; latitude: number },
  reached: ReadonlySet<string>,
  radiusKm: number,
): number {
  return input.demand.reduce(
    (sum, point) =>
      !reached.has(point.code) &&
      haversineKm(candidate.longitude, candidate.latitude, point.longitude, point.latitude) <= radiusKm
        ? sum + point.population * (point.priority ?? 1)
        : sum,
    0,
  );
}

describe("weighted demand keeps the greedy's guarantee", () => {
  /** Random priorities in 0–1 on the random instances of pick-sites.test.ts. */
  function weightedInstance(next: () => number, size: Parameters<typeof randomInstance>[1]): PlanInput {
    const input = randomInstance(next, size);
    return {
      ...input,
      demand: input.demand.map((point) => {
        const share = next();
        return {
          ...point,
          priority: share,
          priorityParts: { need: share, size: 0, readiness: 0, distance: 0 },
        };
      }),
    };
  }

  it("is never below (1 − 1/e) of the best weighted value, and lazy equals plain", () => {
    const next = random(31337);
    let belowOptimum = 0;
    for (let trial = 0; trial < 200; trial++) {
      const input = weightedInstance(next, {
        candidates: 5 + Math.floor(next() * 5),
        demand: 10 + Math.floor(next() * 15),
        sideKm: 20,
        units: 3,
        weightMax: 50,
      });
      const k = 1 + Math.floor(next() * 3);
      const radiusKm = 2 + next() * 6;
      const options = { k, radiusKm, objective: "population" as const };
      const greedy = pickSites(input, options);
      const value = greedy.picks.reduce((sum, pick) => sum + pick.value, 0);
      const optimum = bestValue(input, k, radiusKm);
      expect(value).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimum - 1e-6);
      expect(value).toBeLessThanOrEqual(optimum + 1e-6);
      if (value < optimum - 1e-6) belowOptimum++;
      const { evaluations: _lazy, ...lazyRest } = greedy;
      const { evaluations: _plain, ...plainRest } = pickSitesPlain(input, options);
      expect(lazyRest).toEqual(plainRest);
    }
    expect(belowOptimum).toBeGreaterThan(0);
  });
});

/** The best weighted value over every set of at most K candidates. */
function bestValue(input: PlanInput, k: number, radiusKm: number): number {
  const before = new Set(
    input.demand
      .filter((p) => p.distanceToModelKm !== null && p.distanceToModelKm <= radiusKm)
      .map((p) => p.code),
  );
  let best = 0;
  const visit = (start: number, chosen: number[]) => {
    const reached = new Set(before);
    let value = 0;
    for (const index of chosen) {
      const site = input.candidates[index] as PlanInput["candidates"][number];
      for (const point of input.demand) {
        if (reached.has(point.code)) continue;
        if (haversineKm(site.longitude, site.latitude, point.longitude, point.latitude) > radiusKm) continue;
        reached.add(point.code);
        value += point.population * (point.priority ?? 1);
      }
    }
    best = Math.max(best, value);
    if (chosen.length === k) return;
    for (let next = start; next < input.candidates.length; next++) visit(next + 1, [...chosen, next]);
  };
  visit(0, []);
  return best;
}
