// Whether the map shows the planner's before/after swipe, and where its divider stands: the map
// needs to know from the start, the divider's code (CompareSwipe.tsx) loads with the first swipe.
import { clampComparePosition } from "../../state/planner";
import { useView } from "../app-context";

/** The divider's position in the planner while comparing; null when the map shows one state. */
export function useComparePosition(): number | null {
  return useView((store) =>
    store.mode === "planner" && store.planner.compare === true
      ? clampComparePosition(store.planner.comparePosition)
      : null,
  );
}
