// The data a story slide speaks of, with the next-sites slide's plan worked out while presenting:
// the coverage comes from the app's coverage engine (its worker), the plan from the planner's
// state as it stands (deck-plan.ts). No query cache is needed, so the briefing's components work
// in any page that gives them a dataset.
import { useEffect, useMemo, useState } from "react";
import type { Dataset } from "../../data/dataset";
import type { Coverage } from "../../domain/coverage";
import { useView } from "../app-context";
import { coverageEngine } from "../coverage/engine";
import type { CoverageEngine } from "../coverage/use-coverage";
import type * as DeckPlanCode from "./deck-plan";
import type { StoryData } from "./story";

let loadedCode: typeof DeckPlanCode | null = null;

/** The planner's picking code, loaded with the first deck that shows a plan, not with the page. */
export function useDeckPlanCode(wanted: boolean): typeof DeckPlanCode | null {
  const [code, setCode] = useState(() => loadedCode);
  useEffect(() => {
    if (!wanted || code) return;
    let live = true;
    void import("./deck-plan").then((module) => {
      loadedCode = module;
      if (live) setCode(module);
    });
    return () => {
      live = false;
    };
  }, [wanted, code]);
  return code;
}

export function useStoryData(
  dataset: Dataset | null,
  needPlan: boolean,
  engine: CoverageEngine = coverageEngine(),
): StoryData | null {
  const radiusKm = useView((store) => store.radiusKm);
  const planner = useView((store) => store.planner);
  const layers = dataset?.layers ?? null;
  const [computed, setComputed] = useState<{ key: unknown; coverage: Coverage } | null>(null);
  const planOf = useDeckPlanCode(needPlan);
  useEffect(() => {
    if (!needPlan || !layers) return;
    let current = true;
    // The plan is for the data as it stands: every record, whatever window a slide shows.
    engine
      .load(layers)
      .then(() => engine.compute({ from: null, to: null, radiusKm }))
      .then(
        (coverage) => current && setComputed({ key: layers, coverage }),
        () => current && setComputed(null),
      );
    return () => {
      current = false;
    };
  }, [needPlan, layers, radiusKm, engine]);
  const coverage = computed?.key === layers ? computed.coverage : null;
  const plan = useMemo(
    () => (coverage && needPlan && planOf ? planOf.deckPlan(coverage, planner, radiusKm) : undefined),
    [coverage, needPlan, planner, radiusKm, planOf],
  );
  return useMemo(
    () =>
      dataset
        ? { layers: dataset.layers, title: dataset.title, dataDate: dataset.dataDate ?? null, plan }
        : null,
    [dataset, plan],
  );
}
