// Ranks uncovered hamlets, and communes as groups of their uncovered hamlets, by a weighted sum
// of normalised factors, keeping each factor's contribution so the list can say why.
import type { HamletCoverage } from "../coverage/coverage-types";
import { ownValue } from "../records";
import type { UnitCode } from "../types";
import { groupFactors, hamletFactors, type RawFactors } from "./factors";
import { normalise } from "./normalise";
import {
  DEFAULT_RANK_OPTIONS,
  FACTORS,
  type Factor,
  type FactorScore,
  type PlannerWeights,
  type RankedCandidate,
  type RankedUnit,
  type RankOptions,
} from "./planner-types";

export function resolveRankOptions(options: Partial<RankOptions> = {}): RankOptions {
  const resolved = { ...DEFAULT_RANK_OPTIONS, ...options };
  if (!(resolved.windowYears > 0)) throw new RangeError("windowYears must be above 0");
  if (!(resolved.groupsPer100HouseholdsCap > 0)) {
    throw new RangeError("groupsPer100HouseholdsCap must be above 0");
  }
  return resolved;
}

/** Each weight over their sum; all zero gives every candidate a score of 0. */
function weightShares(weights: PlannerWeights): Record<Factor, number> {
  let sum = 0;
  for (const factor of FACTORS) {
    const weight = weights[factor];
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weight ${factor} must be a number ≥ 0, got ${weight}`);
    }
    sum += weight;
  }
  return Object.fromEntries(FACTORS.map((factor) => [factor, sum > 0 ? weights[factor] / sum : 0])) as Record<
    Factor,
    number
  >;
}

interface Scored {
  score: number;
  factors: Record<Factor, FactorScore>;
}

function scoreAll(raws: readonly RawFactors[], weights: PlannerWeights, options: RankOptions): Scored[] {
  const shares = weightShares(weights);
  const nearerIsBetter = options.distanceDirection === "contiguous";
  const distances = raws.map(({ distance }) => (distance === null || !nearerIsBetter ? distance : -distance));
  // No active model anywhere is as far as can be: worst when contiguous, best when filling gaps.
  const normalised: Record<Factor, number[]> = {
    need: normalise(
      raws.map(({ need }) => need),
      options.normalisation,
      "worst",
    ),
    size: normalise(
      raws.map(({ size }) => size),
      options.normalisation,
      "worst",
    ),
    readiness: normalise(
      raws.map(({ readiness }) => readiness),
      options.normalisation,
      "worst",
    ),
    distance: normalise(distances, options.normalisation, nearerIsBetter ? "worst" : "best"),
  };
  return raws.map((raw, index) => {
    let score = 0;
    const factors = {} as Record<Factor, FactorScore>;
    for (const factor of FACTORS) {
      const value = normalised[factor][index] as number;
      const contribution = shares[factor] * value;
      score += contribution;
      factors[factor] = { raw: raw[factor], normalised: value, contribution };
    }
    return { score, factors };
  });
}

/** Best first; equal scores go by code so the order never depends on the input's order. */
function assignRanks<T extends { code: string; score: number; rank: number }>(rows: T[]): T[] {
  rows.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    row.rank = previous !== undefined && previous.score === row.score ? previous.rank : index + 1;
  });
  return rows;
}

/** Every hamlet not covered is a candidate. */
export function rankCandidates(
  hamlets: readonly HamletCoverage[],
  weights: PlannerWeights,
  options: Partial<RankOptions> = {},
): RankedCandidate[] {
  const resolved = resolveRankOptions(options);
  const candidates = hamlets.filter((hamlet) => !hamlet.covered);
  const scored = scoreAll(
    candidates.map((hamlet) => hamletFactors(hamlet, resolved)),
    weights,
    resolved,
  );
  return assignRanks(
    candidates.map((hamlet, index) => ({
      code: hamlet.code,
      name: hamlet.name,
      unitCode: hamlet.unitCode,
      longitude: hamlet.longitude,
      latitude: hamlet.latitude,
      rank: 0,
      ...(scored[index] as Scored),
    })),
  );
}

/**
 * Communes with at least one uncovered hamlet, each scored on the sum of its uncovered hamlets
 * (need as their pooled rate, readiness as their pooled shares). Hamlets without a unit are left
 * out: they belong to no commune to plan for.
 */
export function rankUnits(
  hamlets: readonly HamletCoverage[],
  weights: PlannerWeights,
  options: Partial<RankOptions> & { unitNames?: Readonly<Record<string, string>> } = {},
): RankedUnit[] {
  const resolved = resolveRankOptions(options);
  const byUnit = new Map<UnitCode, { all: number; uncovered: HamletCoverage[] }>();
  for (const hamlet of hamlets) {
    if (hamlet.unitCode === null) continue;
    const group = byUnit.get(hamlet.unitCode) ?? { all: 0, uncovered: [] };
    group.all += 1;
    if (!hamlet.covered) group.uncovered.push(hamlet);
    byUnit.set(hamlet.unitCode, group);
  }
  const groups = [...byUnit].filter(([, group]) => group.uncovered.length > 0);
  const scored = scoreAll(
    groups.map(([, group]) => groupFactors(group.uncovered, resolved)),
    weights,
    resolved,
  );
  return assignRanks(
    groups.map(([code, group], index) => ({
      code,
      name: ownValue(options.unitNames, code) ?? code,
      uncoveredHamlets: group.uncovered.length,
      hamlets: group.all,
      uncoveredCodes: group.uncovered.map((hamlet) => hamlet.code),
      rank: 0,
      ...(scored[index] as Scored),
    })),
  );
}
