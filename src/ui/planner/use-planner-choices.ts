// The planner's choices without the swipe's divider: dragging the divider changes the view state
// many times a second, and nothing that ranks, picks or lists hamlets should re-run for it.
import { useShallow } from "zustand/shallow";
import type { PlannerState } from "../../state/planner";
import { useView } from "../app-context";

export type PlannerChoices = Omit<PlannerState, "compare" | "comparePosition">;

export function withoutCompare(planner: PlannerState): PlannerChoices {
  const { compare: _compare, comparePosition: _position, ...choices } = planner;
  return choices;
}

/** The same object until a choice changes (compared field by field). */
export function usePlannerChoices(): PlannerChoices {
  return useView(useShallow((store) => withoutCompare(store.planner)));
}
