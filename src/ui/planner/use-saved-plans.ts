// The saved plans, kept in React state and written through to the browser's storage. A storage
// that is full or blocked is reported, and the plans stay usable for this page.
import { useCallback, useState } from "react";
import { createPlan, duplicatePlan, renamePlan } from "../../domain/planner/plan";
import type { Plan, PlannerWeights, PlanResult, RankOptions } from "../../domain/planner/planner-types";
import { browserStorage, readPlans, type StorageProblem, writePlans } from "./plan-storage";

type PlanStorage = Pick<Storage, "getItem" | "setItem"> | null;

export interface SavedPlans {
  plans: Plan[];
  problem: StorageProblem | null;
  save(
    result: PlanResult,
    name: string,
    setup: { weights: PlannerWeights; ranking: Partial<RankOptions> },
  ): Plan;
  duplicate(id: string): Plan | null;
  rename(id: string, name: string): void;
  remove(id: string): void;
}

export interface PlanIdentitySource {
  newId(): string;
  now(): Date;
}

const SYSTEM_IDENTITY: PlanIdentitySource = {
  newId: () =>
    typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `plan-${Date.now()}`,
  now: () => new Date(),
};

export function useSavedPlans(
  storage: PlanStorage = browserStorage(),
  identity: PlanIdentitySource = SYSTEM_IDENTITY,
): SavedPlans {
  const [state, setState] = useState(() => readPlans(storage));
  const commit = useCallback(
    (change: (plans: Plan[]) => Plan[]) =>
      setState((current) => {
        const plans = change(current.plans);
        return { plans, problem: writePlans(storage, plans) };
      }),
    [storage],
  );
  return {
    plans: state.plans,
    problem: state.problem,
    save: (result, name, setup) => {
      const plan = createPlan(
        result,
        { id: identity.newId(), name, createdAt: identity.now().toISOString() },
        setup,
      );
      commit((plans) => [...plans, plan]);
      return plan;
    },
    duplicate: (id) => {
      const original = state.plans.find((plan) => plan.id === id);
      if (!original) return null;
      const copy = duplicatePlan(original, { id: identity.newId(), createdAt: identity.now().toISOString() });
      commit((plans) => [...plans, copy]);
      return copy;
    },
    rename: (id, name) =>
      commit((plans) => plans.map((plan) => (plan.id === id ? renamePlan(plan, name) : plan))),
    remove: (id) => commit((plans) => plans.filter((plan) => plan.id !== id)),
  };
}
