// Turns the coverage result into what the site picker reads: every hamlet is demand, counted by
// its priority from the planner's weights, and every uncovered hamlet a candidate, in ranking
// order so that equal gains go to the better-ranked one.
import type { Coverage, HamletCoverage } from "../coverage/coverage-types";
import {
  DEFAULT_WEIGHTS,
  FACTORS,
  type Factor,
  type PlanInput,
  type PlannerWeights,
  type RankedCandidate,
  type RankOptions,
} from "./planner-types";
import { rankCandidates } from "./rank";

export interface PlanInputOptions {
  weights?: PlannerWeights;
  /** windowYears defaults to the coverage window's length. */
  ranking?: Partial<RankOptions>;
}

const NO_PARTS = Object.fromEntries(FACTORS.map((factor) => [factor, 0])) as Record<Factor, number>;

/**
 * A hamlet's priority is its ranking score (0–1), the one the ranking table shows; a hamlet that
 * has the model already is worth nothing more (0). With every weight 0 no factor matters and
 * every person (incident, hamlet) counts the same: the demand then carries no priority at all.
 */
function priorityOf(
  hamlet: HamletCoverage,
  rankedByCode: ReadonlyMap<string, RankedCandidate>,
): { priority: number; priorityParts: Record<Factor, number> } {
  const ranked = rankedByCode.get(hamlet.code);
  if (hamlet.covered || !ranked) return { priority: 0, priorityParts: { ...NO_PARTS } };
  const priorityParts = Object.fromEntries(
    FACTORS.map((factor) => [factor, ranked.factors[factor].contribution]),
  ) as Record<Factor, number>;
  return { priority: ranked.score, priorityParts };
}

export function planInputFromHamlets(
  hamlets: readonly HamletCoverage[],
  options: PlanInputOptions = {},
): PlanInput {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const ranked = rankCandidates(hamlets, weights, options.ranking);
  const weighted = FACTORS.some((factor) => weights[factor] > 0);
  const rankedByCode = new Map(ranked.map((candidate) => [candidate.code, candidate]));
  return {
    demand: hamlets.map((hamlet) => ({
      code: hamlet.code,
      unitCode: hamlet.unitCode,
      longitude: hamlet.longitude,
      latitude: hamlet.latitude,
      population: hamlet.population,
      incidents: hamlet.incidents,
      distanceToModelKm: hamlet.distanceToModelKm,
      ...(weighted ? priorityOf(hamlet, rankedByCode) : {}),
    })),
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
