// Plans as plain objects a planner can save, copy, rename and set side by side. Identity and
// time come from the caller (crypto.randomUUID(), new Date()), so every helper stays pure.
import {
  DEFAULT_RANK_OPTIONS,
  type Objective,
  type Plan,
  type PlannerWeights,
  type PlanResult,
  type RankOptions,
  type SavedPick,
} from "./planner-types";

export interface PlanIdentity {
  id: string;
  name: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

export function createPlan(
  result: PlanResult,
  identity: PlanIdentity,
  setup: { weights: PlannerWeights; ranking?: Partial<RankOptions> },
): Plan {
  const { k, radiusKm, objective, maxPerUnit, lockedIn, ruledOut } = result.options;
  return {
    ...identity,
    options: { k, radiusKm, objective, maxPerUnit },
    weights: { ...setup.weights },
    ranking: { ...DEFAULT_RANK_OPTIONS, ...setup.ranking },
    picks: result.picks.map(({ code, name, unitCode, gain, order, longitude, latitude, score, locked }) => ({
      code,
      name,
      unitCode,
      gain,
      order,
      longitude,
      latitude,
      score,
      locked,
    })),
    lockedIn: [...lockedIn],
    ruledOut: [...ruledOut],
    figures: { total: result.total, before: result.before, after: result.after },
  };
}

/** A deep copy under a new identity; the name defaults to the original's with "(bản sao)". */
export function duplicatePlan(plan: Plan, identity: { id: string; createdAt: string; name?: string }): Plan {
  const copy = structuredClone(plan);
  return {
    ...copy,
    id: identity.id,
    createdAt: identity.createdAt,
    name: identity.name ?? `${plan.name} (bản sao)`,
  };
}

export function renamePlan(plan: Plan, name: string): Plan {
  return { ...plan, name };
}

export interface PlanSide {
  id: string;
  name: string;
  objective: Objective;
  radiusKm: number;
  total: number;
  before: number;
  after: number;
  /** after − before. */
  gain: number;
}

export interface PlanComparison {
  a: PlanSide;
  b: PlanSide;
  /** Same objective and radius: only then are the two plans' figures comparable. */
  comparable: boolean;
  onlyInA: SavedPick[];
  onlyInB: SavedPick[];
  inBoth: { code: string; name: string; orderInA: number; orderInB: number }[];
}

function side(plan: Plan): PlanSide {
  const { total, before, after } = plan.figures;
  return {
    id: plan.id,
    name: plan.name,
    objective: plan.options.objective,
    radiusKm: plan.options.radiusKm,
    total,
    before,
    after,
    gain: after - before,
  };
}

export function comparePlans(a: Plan, b: Plan): PlanComparison {
  const inB = new Map(b.picks.map((pick) => [pick.code, pick]));
  const inA = new Set(a.picks.map((pick) => pick.code));
  return {
    a: side(a),
    b: side(b),
    comparable: a.options.objective === b.options.objective && a.options.radiusKm === b.options.radiusKm,
    onlyInA: a.picks.filter((pick) => !inB.has(pick.code)),
    onlyInB: b.picks.filter((pick) => !inA.has(pick.code)),
    inBoth: a.picks.flatMap((pick) => {
      const other = inB.get(pick.code);
      return other ? [{ code: pick.code, name: pick.name, orderInA: pick.order, orderInB: other.order }] : [];
    }),
  };
}
