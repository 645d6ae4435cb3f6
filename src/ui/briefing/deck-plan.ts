// The plan the "next sites" slide shows: the planner's current plan when it has one, otherwise
// the plan the planner would make with its settings as they stand, worked out here with the
// planner's own domain functions, so the slide never shows an empty map under a promise.
import type { Coverage } from "../../domain/coverage";
import { pickSites } from "../../domain/planner/pick-sites";
import { planInputFromCoverage } from "../../domain/planner/plan-input";
import type { PlanResult } from "../../domain/planner/planner-types";
import type { Layers } from "../../domain/types";
import type { PlanMapData } from "../../map/map-state";
import type { PlannerState } from "../../state/planner";
import { planMapData } from "../planner/map-data";

export interface DeckPlan {
  /** "current": the planner's picks; "default": picked for the slide from the planner's settings. */
  source: "current" | "default";
  result: PlanResult;
}

type PlannerChoices = Pick<
  PlannerState,
  | "picks"
  | "k"
  | "objective"
  | "weights"
  | "maxPerUnit"
  | "lockedIn"
  | "ruledOut"
  | "sizeBy"
  | "distanceDirection"
>;

/** null when there is nothing to pick (every hamlet is covered, or the data has none). */
export function deckPlan(coverage: Coverage, planner: PlannerChoices, radiusKm: number): DeckPlan | null {
  const input = planInputFromCoverage(coverage, {
    weights: planner.weights,
    ranking: { sizeBy: planner.sizeBy, distanceDirection: planner.distanceDirection },
  });
  const candidates = new Set(input.candidates.map((candidate) => candidate.code));
  const current = planner.picks.filter((code) => candidates.has(code));
  if (current.length > 0) {
    // Scored in the planner's order: what each adds given those before it.
    const result = pickSites(input, {
      k: current.length,
      radiusKm,
      objective: planner.objective,
      lockedIn: current,
    });
    return { source: "current", result };
  }
  if (input.candidates.length === 0) return null;
  const result = pickSites(input, {
    k: Math.min(planner.k, input.candidates.length),
    radiusKm,
    objective: planner.objective,
    maxPerUnit: planner.maxPerUnit,
    lockedIn: planner.lockedIn.filter((code) => candidates.has(code)),
    ruledOut: planner.ruledOut,
  });
  return result.picks.length > 0 ? { source: "default", result } : null;
}

/**
 * A plan's picks and their reach, without the ranking's rings. Every hamlet's candidate class is
 * set to "none" (−1) rather than cleared: a cleared feature-state reads as class 0 in the plan
 * layer's `to-number`, and would ring every hamlet a planner view had ranked before.
 */
export function picksOnly(plan: DeckPlan, radiusKm: number, layers: Layers): PlanMapData {
  const candidateClass = Object.fromEntries(
    layers.hamlets.features.map((hamlet) => [hamlet.properties.code, -1]),
  );
  return { ...planMapData([], plan.result.picks, radiusKm), candidateClass };
}
