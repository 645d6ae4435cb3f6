// What reaching each demand point is worth to the site picker. The covering objective counts a
// hamlet's demand (people, incidents, or 1) times its priority: the score the ranking gives it
// from the planner's weights (need, size, readiness, distance to a model), so the weights steer
// the picks and a pick's value splits into the same factors as a ranked row.
//
// Why this keeps the greedy's guarantee: the objective is a weighted coverage function,
// f(S) = Σ_j w_j · [some site of S reaches j], with w_j = demand_j × priority_j ≥ 0 fixed before
// the search (a priority depends on the hamlet and the candidate pool, never on the picks). Any
// such function is monotone and submodular, which is all the (1 − 1/e) bound of the greedy needs
// (Nemhauser, Wolsey & Fisher 1978, "An analysis of approximations for maximizing submodular set
// functions", Math. Programming 14) and all lazy evaluation needs to skip stale bounds safely
// (Leskovec et al. 2007, "Cost-effective outbreak detection in networks", KDD). Weighting demand
// is the maximal covering location problem as first posed (Church & ReVelle 1974).
import { type DemandPoint, FACTORS, type Factor, type Objective } from "./planner-types";

/**
 * A priority-0 hamlet still counts this much of its demand when picks are compared (never in the
 * value shown): once nothing of priority is left, picks go on reaching people rather than stop,
 * and equal values go to the pick reaching more. Adding a constant share keeps every weight ≥ 0,
 * so the objective stays a weighted coverage function.
 */
const TIE_SHARE = 1e-6;

export function demandWeight(point: DemandPoint, objective: Objective): number {
  if (objective === "population") return point.population;
  if (objective === "incidents") return point.incidents;
  return 1;
}

export interface DemandValues {
  /** Demand per point: people, incidents or 1. */
  demand: Float64Array;
  /** Demand × priority: what a pick is worth. */
  value: Float64Array;
  /** What the picker compares: value plus a sliver of demand (TIE_SHARE). */
  key: Float64Array;
  /** `value` by factor; null when no point carries a priority. */
  parts: Record<Factor, Float64Array> | null;
  weighted: boolean;
}

export function demandValues(points: readonly DemandPoint[], objective: Objective): DemandValues {
  const weighted = points.some((point) => point.priority !== undefined);
  const demand = Float64Array.from(points, (point) => demandWeight(point, objective));
  const priorityOf = (index: number) => {
    const priority = (points[index] as DemandPoint).priority ?? 1;
    return Number.isFinite(priority) && priority > 0 ? priority : 0;
  };
  const value = demand.map((amount, index) => amount * priorityOf(index));
  const key = value.map((amount, index) => amount + (demand[index] as number) * TIE_SHARE);
  const parts = weighted
    ? (Object.fromEntries(
        FACTORS.map((factor) => [
          factor,
          Float64Array.from(
            points,
            (point, index) => (demand[index] as number) * Math.max(point.priorityParts?.[factor] ?? 0, 0),
          ),
        ]),
      ) as Record<Factor, Float64Array>)
    : null;
  return { demand, value, key, parts, weighted };
}
