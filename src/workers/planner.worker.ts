// Runs the expansion planner's pure functions off the main thread, so picking K sites or
// re-ranking while a slider moves never freezes the page. Typed as `typeof plannerLib`.
import * as Comlink from "comlink";
import type { HamletCoverage } from "../domain/coverage/coverage-types";
import { pickSites } from "../domain/planner/pick-sites";
import type { PlanInputOptions } from "../domain/planner/plan-input";
import { planInputFromHamlets } from "../domain/planner/plan-input";
import type { PickOptions, PlanResult } from "../domain/planner/planner-types";
import { rankCandidates, rankUnits } from "../domain/planner/rank";
import { applyPlan } from "../domain/planner/what-if";

/** One round trip: the hamlets go in, the ranking and the plan input stay where they are made. */
function pickFromHamlets(
  hamlets: readonly HamletCoverage[],
  input: PlanInputOptions,
  options: PickOptions,
): PlanResult {
  return pickSites(planInputFromHamlets(hamlets, input), options);
}

export const plannerLib = { pickFromHamlets, rankCandidates, rankUnits, applyPlan };

export type PlannerLib = typeof plannerLib;

// Importing this module on the main thread must not answer the page's own messages.
if (typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope) {
  Comlink.expose(plannerLib);
}
