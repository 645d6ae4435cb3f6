// Why each pick was picked, in the terms the planner view shows: what it newly brings within R km
// (people, incidents or hamlets), how much the planner's factors value those (the mean priority of
// the demand reached, split by factor like a ranked row), and where the hamlets it reaches stand
// in the ranking. The picker chose, at each step, the candidate with the largest value = gain ×
// mean priority (see demand-value.ts), so these are the reasons, not a gloss on them.
import type { HamletCoverage } from "../coverage/coverage-types";
import { FACTORS, type Factor, type PlanResult, type RankedCandidate } from "./planner-types";

export interface PickStory {
  code: string;
  order: number;
  /** Demand newly within R km: people, incidents or hamlets. */
  gain: number;
  /** What the picker maximised: the gain, each unit times its hamlet's priority. */
  value: number;
  /** The mean priority (0–100) of the demand newly reached, value ÷ gain; null when unweighted or no gain. */
  meanPriority: number | null;
  /** meanPriority split by factor (the parts add up to it), as the ranking's bars split a score. */
  priorityParts: Record<Factor, number> | null;
  /** Uncovered hamlets newly within R km thanks to this pick (itself included when it was not). */
  hamletsReached: number;
  /** Where the best of those stand in the hamlet ranking, best first. */
  bestRanks: number[];
  /** The pick's own place in the ranking; null when it is not ranked. */
  ownRank: number | null;
}

export function explainPicks(
  result: Pick<PlanResult, "picks" | "weighted">,
  ranked: readonly RankedCandidate[],
  limit = 3,
): PickStory[] {
  const rankOf = new Map(ranked.map((candidate) => [candidate.code, candidate.rank]));
  return result.picks.map((pick) => {
    const ranks = pick.reached.flatMap((code) => {
      const rank = rankOf.get(code);
      return rank === undefined ? [] : [rank];
    });
    ranks.sort((a, b) => a - b);
    const explained = result.weighted && pick.gain > 0 && pick.valueParts !== null;
    const scale = explained ? 100 / pick.gain : 0;
    return {
      code: pick.code,
      order: pick.order,
      gain: pick.gain,
      value: pick.value,
      meanPriority: explained ? pick.value * scale : null,
      priorityParts: explained
        ? (Object.fromEntries(
            FACTORS.map((factor) => [factor, (pick.valueParts?.[factor] ?? 0) * scale]),
          ) as Record<Factor, number>)
        : null,
      hamletsReached: ranks.length,
      bestRanks: ranks.slice(0, limit),
      ownRank: rankOf.get(pick.code) ?? null,
    };
  });
}

/**
 * What reaches each hamlet, for marking the ranking: "model" when an active model is within R km
 * already, else the order of the first pick that brings it within reach. Hamlets out of reach are
 * absent.
 */
export function reachOfPlan(
  hamlets: readonly Pick<HamletCoverage, "code" | "distanceToModelKm">[],
  result: Pick<PlanResult, "picks">,
  radiusKm: number,
): Map<string, "model" | number> {
  const reach = new Map<string, "model" | number>();
  for (const hamlet of hamlets) {
    if (hamlet.distanceToModelKm !== null && hamlet.distanceToModelKm <= radiusKm)
      reach.set(hamlet.code, "model");
  }
  for (const pick of result.picks) {
    for (const code of pick.reached) if (!reach.has(code)) reach.set(code, pick.order);
  }
  return reach;
}
