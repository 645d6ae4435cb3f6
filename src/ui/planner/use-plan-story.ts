// The plan's story for the screen: why each pick (explainPicks) and what reaches each ranked
// hamlet (reachOfPlan), derived once per plan from the planner's view.
import { useMemo } from "react";
import { explainPicks, type PickStory, reachOfPlan } from "../../domain/planner/explain-pick";
import { useView } from "../app-context";
import type { PlannerViewState } from "./use-planner";

export function usePickStories(view: Pick<PlannerViewState, "evaluation" | "ranked">): PickStory[] {
  const { evaluation, ranked } = view;
  return useMemo(() => (evaluation ? explainPicks(evaluation, ranked) : []), [evaluation, ranked]);
}

export function usePlanReach(
  view: Pick<PlannerViewState, "evaluation" | "coverage">,
): ReadonlyMap<string, "model" | number> {
  const radiusKm = useView((store) => store.radiusKm);
  const { evaluation, coverage } = view;
  return useMemo(
    () => (coverage && evaluation ? reachOfPlan(coverage.hamlets, evaluation, radiusKm) : new Map()),
    [coverage, evaluation, radiusKm],
  );
}
