// The planner view: its sidebar (how to pick, the plan and why, what matters), the before → after
// figures above the map, the map as the main area framed on the plan, and the ranking, timeline
// and saved plans in a drawer over the map's bottom edge.
import { memo, useLayoutEffect, useRef } from "react";
import { createPlan } from "../../domain/planner/plan";
import type { Plan } from "../../domain/planner/planner-types";
import type { Layers } from "../../domain/types";
import { useView } from "../app-context";
import type { AnalysisEngine } from "../coverage/use-coverage";
import { Term } from "../Term";
import { useText } from "../use-text";
import { PicksList } from "./PicksList";
import { PlanLegendItems } from "./PlanLegend";
import { PickControls, WeightControls } from "./PlannerControls";
import { PlannerDrawer } from "./PlannerDrawer";
import { type PlanArea, PrintButton, PrintSummary } from "./PrintSummary";
import { exportPlan } from "./SavedPlansPanel";
import { usePlanFraming } from "./use-plan-framing";
import { usePlanPrint } from "./use-plan-print";
import { usePickStories } from "./use-plan-story";
import { type PlannerViewState, usePlannerView } from "./use-planner";
import { type PlannerChoices, usePlannerChoices } from "./use-planner-choices";
import { useSavedPlans } from "./use-saved-plans";
import { WhatIfStrip } from "./WhatIfStrip";
import "./planner-controls.css";
import "./planner-ranking.css";
import "./planner-timeline.css";
import "./planner-plans.css";
import "./planner-print.css";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export { type PlannerViewState, usePlannerView } from "./use-planner";

/**
 * The planner's state, worked out from the planner's first opening on (it stays mounted, so a
 * plan's timeline and notes outlive a visit to another view), handed to the app, which draws it
 * on the map and in the panels below. Its code comes with theirs (src/ui/lazy-views.tsx).
 */
export const PlannerState = memo(function PlannerState(props: {
  engine: AnalysisEngine;
  layers: Layers | null;
  onState(view: PlannerViewState): void;
}) {
  const { onState } = props;
  const view = usePlannerView(props.engine, props.layers);
  // Before the browser paints: the map and the panels never show a state behind this one.
  useLayoutEffect(() => onState(view), [onState, view]);
  return null;
});

export function PlannerSidebar({ view }: { view: PlannerViewState }) {
  const tx = useText();
  const stories = usePickStories(view);
  return (
    <div className="planner-sidebar" data-testid="planner-sidebar">
      <h2>
        <Term term="replication">{tx.t("planner.view")}</Term>
      </h2>
      <PickControls running={view.running} onRun={view.run} disabled={!view.coverage} />
      {view.runError && (
        <p className="note warning" role="alert">
          {tx.t("planner.runError", { reason: view.runError })}
        </p>
      )}
      <PicksList
        evaluation={view.evaluation}
        stories={stories}
        notes={view.runNotes}
        unitNames={view.unitNames}
        stale={view.stale}
      />
      <WeightControls />
      <ul className="legend plan-legend">
        <PlanLegendItems />
      </ul>
    </div>
  );
}

/** The plan on screen as a plain Plan, for exports; named after the saved plan it came from. */
function currentPlan(
  view: PlannerViewState,
  plans: readonly Plan[],
  planner: PlannerChoices,
  fallbackName: string,
): Plan | null {
  if (!view.evaluation || view.evaluation.picks.length === 0) return null;
  const active = plans.find((plan) => plan.id === planner.activePlanId);
  return createPlan(
    view.evaluation,
    { id: active?.id ?? "current", name: active?.name ?? fallbackName, createdAt: new Date().toISOString() },
    { weights: planner.weights, ranking: view.ranking },
  );
}

export function PlannerOverlay({ view, area }: { view: PlannerViewState; area?: PlanArea }) {
  const tx = useText();
  const radiusKm = useView((store) => store.radiusKm);
  const active = useView((store) => store.mode === "planner");
  const planner = usePlannerChoices();
  const comparing = useView((store) => store.planner.compare === true);
  const setCompare = useView((store) => store.setCompare);
  const saved = useSavedPlans();
  const printing = usePlanPrint(view);
  const drawer = useRef<HTMLElement>(null);
  usePlanFraming(view.evaluation?.picks ?? [], radiusKm, active && Boolean(view.coverage), drawer);
  if (view.error) {
    return (
      <p className="coverage-error" role="alert">
        {view.error.message}
      </p>
    );
  }
  if (!view.coverage || !view.whatIf) {
    return (
      <p className="coverage-status" role="status">
        {tx.t("planner.computing")}
      </p>
    );
  }
  const plan = currentPlan(view, saved.plans, planner, tx.t("planner.printTitle"));
  return (
    <>
      <div className="planner-top">
        <WhatIfStrip whatIf={view.whatIf} radiusKm={radiusKm} />
        <div className="planner-actions">
          <button
            type="button"
            aria-pressed={comparing}
            onClick={() => setCompare(!comparing)}
            data-testid="compare-toggle"
          >
            {tx.t("planner.compareSwipe")}
          </button>
          <button
            type="button"
            aria-pressed={view.showBefore}
            disabled={comparing}
            onClick={() => view.setShowBefore(!view.showBefore)}
            data-testid="show-before"
          >
            {view.showBefore
              ? `${tx.t("planner.before")} ⇄ ${tx.t("planner.after")}`
              : tx.t("planner.showBefore")}
          </button>
          <button
            type="button"
            disabled={!plan}
            onClick={() => plan && exportPlan(plan, "csv", tx.language)}
            data-testid="planner-export-csv"
          >
            {tx.t("planner.exportCsv")}
          </button>
          <button
            type="button"
            disabled={!plan}
            onClick={() => plan && exportPlan(plan, "geojson", tx.language)}
          >
            {tx.t("planner.exportGeoJson")}
          </button>
          <PrintButton printing={printing} disabled={!plan} />
        </div>
      </div>
      <PlannerDrawer view={view} saved={saved} drawerRef={drawer} />
      {plan && (
        <PrintSummary
          plan={plan}
          whatIf={view.whatIf}
          unitNames={view.unitNames}
          printing={printing}
          area={area}
        />
      )}
    </>
  );
}
