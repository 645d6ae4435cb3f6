// Today's communes rolled up from older units need turf's polygon clipping (about 15 kB gzip), so
// the roll-up is loaded the first time a view asks for the other map, not with the page.
import { useEffect, useState } from "react";
import type { RollUp } from "../data/dataset-for-period";

let loaded: RollUp | null = null;

/** The roll-up once `wanted` has been true and its module has arrived; null before. */
export function useRollUp(wanted: boolean): RollUp | null {
  const [rollUp, setRollUp] = useState<RollUp | null>(() => loaded);
  useEffect(() => {
    if (!wanted || rollUp) return;
    let live = true;
    void import("../domain/gazetteer/rollup").then((module) => {
      loaded = module.rollUpToToday;
      if (live) setRollUp(() => module.rollUpToToday);
    });
    return () => {
      live = false;
    };
  }, [wanted, rollUp]);
  return rollUp;
}
