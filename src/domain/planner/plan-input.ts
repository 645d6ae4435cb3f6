// Turns the coverage result into what the site picker reads: every hamlet is demand, every
// uncovered hamlet a candidate, in ranking order so that equal gains go to the better-ranked one.
import type { Coverage, HamletCoverage } from "../coverage/coverage-types";
import { DEFAULT_WEIGHTS, type PlanInput, type PlannerWeights, type RankOptions } from "./planner-types";
import { rankCandidates } from "./rank";

export interface PlanInputOptions {
  weights?: PlannerWeights;
  /** windowYears defaults to the coverage window's length. */
  ranking?: Partial<RankOptions>;
}

export function planInputFromHamlets(
  hamlets: readonly HamletCoverage[],
  options: PlanInputOptions = {},
): PlanInput {
  const ranked = rankCandidates(hamlets, options.weights ?? DEFAULT_WEIGHTS, options.ranking);
  return {
    demand: hamlets.map(
      ({ code, unitCode, longitude, latitude, population, incidents, distanceToModelKm }) => ({
        code,
        unitCode,
        longitude,
        latitude,
        population,
        incidents,
        distanceToModelKm,
      }),
    ),
    candidates: ranked.map(({ code, name, unitCode, longitude, latitude, score }) => ({
      code,
      name,
      unitCode,
      longitude,
      latitude,
      score,
    })),
  };
}

export function planInputFromCoverage(coverage: Coverage, options: PlanInputOptions = {}): PlanInput {
  const windowYears = coverage.window.years > 0 ? coverage.window.years : 1;
  return planInputFromHamlets(coverage.hamlets, {
    ...options,
    ranking: { windowYears, ...options.ranking },
  });
}
