// The planner view: its sidebar (what matters, how to pick, the plan), the before → after figures
// above the map, and the ranking, timeline and saved plans below it.
import { useState } from "react";
import { createPlan } from "../../domain/planner/plan";
import type { Plan } from "../../domain/planner/planner-types";
import { useView } from "../app-context";
import { HamletRanking, UnitRanking } from "./CandidateTable";
import { PicksList } from "./PicksList";
import { PlanLegendItems } from "./PlanLegend";
import { PickControls, WeightControls } from "./PlannerControls";
import { PrintButton, PrintSummary } from "./PrintSummary";
import { plannerText } from "./planner-i18n";
import { exportPlan, SavedPlansPanel } from "./SavedPlansPanel";
import { TimelinePanel } from "./TimelinePanel";
import { usePlanPrint } from "./use-plan-print";
import type { PlannerViewState } from "./use-planner";
import { type PlannerChoices, usePlannerChoices } from "./use-planner-choices";
import { useSavedPlans } from "./use-saved-plans";
import { WhatIfStrip } from "./WhatIfStrip";
import "./planner-controls.css";
import "./planner-ranking.css";
import "./planner-timeline.css";
import "./planner-plans.css";
import "./planner-print.css";

export { type PlannerViewState, usePlannerView } from "./use-planner";

export function PlannerSidebar({ view }: { view: PlannerViewState }) {
  const language = useView((store) => store.language);
  return (
    <div className="planner-sidebar" data-testid="planner-sidebar">
      <h2>{plannerText(language, "plannerView")}</h2>
      <PickControls running={view.running} onRun={view.run} disabled={!view.coverage} />
      {view.runError && (
        <p className="note warning" role="alert">
          {plannerText(language, "runError", { reason: view.runError })}
        </p>
      )}
      <PicksList evaluation={view.evaluation} notes={view.runNotes} unitNames={view.unitNames} />
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

type Tab = "hamlets" | "units" | "timeline" | "plans";

export function PlannerOverlay({ view }: { view: PlannerViewState }) {
  const language = useView((store) => store.language);
  const radiusKm = useView((store) => store.radiusKm);
  const planner = usePlannerChoices();
  const comparing = useView((store) => store.planner.compare === true);
  const setCompare = useView((store) => store.setCompare);
  const saved = useSavedPlans();
  const [tab, setTab] = useState<Tab>("hamlets");
  const printing = usePlanPrint(view);
  const t = (phrase: Parameters<typeof plannerText>[1], values?: Record<string, string | number>) =>
    plannerText(language, phrase, values);
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
        {t("computing")}
      </p>
    );
  }
  const plan = currentPlan(view, saved.plans, planner, t("printTitle"));
  const tabs: { id: Tab; label: string }[] = [
    { id: "hamlets", label: t("hamletsTab", { n: view.ranked.length }) },
    { id: "units", label: t("unitsTab", { n: view.rankedUnits.length }) },
    { id: "timeline", label: t("timelineTab") },
    { id: "plans", label: t("plansTab", { n: saved.plans.length }) },
  ];
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
            {t("compareSwipe")}
          </button>
          <button
            type="button"
            aria-pressed={view.showBefore}
            disabled={comparing}
            onClick={() => view.setShowBefore(!view.showBefore)}
            data-testid="show-before"
          >
            {view.showBefore ? `${t("before")} ⇄ ${t("after")}` : t("showBefore")}
          </button>
          <button
            type="button"
            disabled={!plan}
            onClick={() => plan && exportPlan(plan, "csv", language)}
            data-testid="planner-export-csv"
          >
            {t("exportCsv")}
          </button>
          <button
            type="button"
            disabled={!plan}
            onClick={() => plan && exportPlan(plan, "geojson", language)}
          >
            {t("exportGeoJson")}
          </button>
          <PrintButton printing={printing} disabled={!plan} />
        </div>
      </div>
      <section className="planner-bottom" aria-label={t("candidatesTitle")}>
        <div className="tabs" role="tablist">
          {tabs.map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              role="tab"
              aria-selected={tab === candidate.id}
              onClick={() => setTab(candidate.id)}
              data-testid={`planner-tab-${candidate.id}`}
            >
              {candidate.label}
            </button>
          ))}
        </div>
        <div className="tab-body" role="tabpanel">
          {tab === "hamlets" && <HamletRanking ranked={view.ranked} unitNames={view.unitNames} />}
          {tab === "units" && <UnitRanking ranked={view.rankedUnits} />}
          {tab === "timeline" && (
            <TimelinePanel
              timeline={view.timeline}
              perYear={view.perYear}
              setPerYear={view.setPerYear}
              year={view.timelineYear}
              setYear={view.setTimelineYear}
            />
          )}
          {tab === "plans" && (
            <SavedPlansPanel saved={saved} current={view.evaluation} ranking={view.ranking} />
          )}
        </div>
      </section>
      {plan && (
        <PrintSummary plan={plan} whatIf={view.whatIf} unitNames={view.unitNames} printing={printing} />
      )}
    </>
  );
}
