// Saved plans in the browser's localStorage: one key holding a JSON list. A full or blocked
// storage is reported, never thrown, so the planner keeps working with the plans in memory.
import type { Plan } from "../../domain/planner/planner-types";

export const PLANS_KEY = "binhyen.plans";

export type StorageProblem = "full" | "unavailable";

type PlanStorage = Pick<Storage, "getItem" | "setItem">;

function looksLikePlan(value: unknown): value is Plan {
  if (!value || typeof value !== "object") return false;
  const plan = value as Partial<Plan>;
  return (
    typeof plan.id === "string" &&
    typeof plan.name === "string" &&
    Array.isArray(plan.picks) &&
    typeof plan.options === "object" &&
    typeof plan.figures === "object"
  );
}

export function readPlans(storage: PlanStorage | null): { plans: Plan[]; problem: StorageProblem | null } {
  if (!storage) return { plans: [], problem: "unavailable" };
  try {
    const text = storage.getItem(PLANS_KEY);
    if (!text) return { plans: [], problem: null };
    const parsed: unknown = JSON.parse(text);
    // A hand-edited or older entry that is not a plan is skipped, not allowed to break the list.
    return { plans: Array.isArray(parsed) ? parsed.filter(looksLikePlan) : [], problem: null };
  } catch (error) {
    return { plans: [], problem: error instanceof SyntaxError ? null : "unavailable" };
  }
}

export function writePlans(storage: PlanStorage | null, plans: readonly Plan[]): StorageProblem | null {
  if (!storage) return "unavailable";
  try {
    storage.setItem(PLANS_KEY, JSON.stringify(plans));
    return null;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" ? "full" : "unavailable";
  }
}

/** The page's localStorage, or null where the browser blocks it. */
export function browserStorage(): PlanStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
