// Today's communes rolled up from older units need turf's polygon clipping (about 15 kB gzip), so
// the roll-up, with the code that shows a dataset on another map, is loaded the first time a view
// asks for the other map, not with the page.
import { useEffect, useState } from "react";
import type { PeriodView } from "../data/dataset-for-period";

let loaded: PeriodView | null = null;

/** The other map's code once `wanted` has been true and it has arrived; null before. */
export function useRollUp(wanted: boolean): PeriodView | null {
  const [view, setView] = useState<PeriodView | null>(() => loaded);
  useEffect(() => {
    if (!wanted || view) return;
    let live = true;
    void Promise.all([import("../domain/gazetteer/rollup"), import("../data/dataset-for-period")]).then(
      ([rollup, forPeriod]) => {
        loaded = forPeriod.periodView(rollup.rollUpToToday);
        if (live) setView(() => loaded);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, view]);
  return view;
}
