// The planner's tables in a drawer over the bottom of the map: the ranked hamlets and communes,
// the timeline and the saved plans. Closed it is a row of tabs and the map keeps its whole height;
// a tab opens it (the same tab, or the toggle, closes it), and the map's framing keeps the plan
// above it (use-plan-framing.ts).
import { type Ref, useState } from "react";
import { useText } from "../use-text";
import { HamletRanking, UnitRanking } from "./CandidateTable";
import { SavedPlansPanel } from "./SavedPlansPanel";
import { TimelinePanel } from "./TimelinePanel";
import { usePlanReach } from "./use-plan-story";
import type { PlannerViewState } from "./use-planner";
import type { SavedPlans } from "./use-saved-plans";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

type Tab = "hamlets" | "units" | "timeline" | "plans";

const BODY_ID = "planner-drawer-body";

export function PlannerDrawer({
  view,
  saved,
  drawerRef,
}: {
  view: PlannerViewState;
  saved: SavedPlans;
  drawerRef: Ref<HTMLElement>;
}) {
  const tx = useText();
  const [tab, setTab] = useState<Tab>("hamlets");
  const [open, setOpen] = useState(false);
  const reach = usePlanReach(view);
  const tabs: { id: Tab; label: string }[] = [
    { id: "hamlets", label: tx.t("planner.hamletsTab", { n: view.ranked.length }) },
    { id: "units", label: tx.t("planner.unitsTab", { n: view.rankedUnits.length }) },
    { id: "timeline", label: tx.t("planner.timelineTab") },
    { id: "plans", label: tx.t("planner.plansTab", { n: saved.plans.length }) },
  ];
  const choose = (id: Tab) => {
    setOpen(!(open && tab === id));
    setTab(id);
  };
  return (
    <section
      ref={drawerRef}
      className="planner-bottom planner-drawer"
      data-open={open}
      aria-label={tx.t("planner.candidatesTitle")}
      data-testid="planner-drawer"
    >
      <div className="drawer-bar">
        <div className="tabs" role="tablist">
          {tabs.map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              role="tab"
              aria-selected={open && tab === candidate.id}
              aria-controls={BODY_ID}
              onClick={() => choose(candidate.id)}
              data-testid={`planner-tab-${candidate.id}`}
            >
              {candidate.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="drawer-toggle"
          aria-expanded={open}
          aria-controls={BODY_ID}
          onClick={() => setOpen(!open)}
          data-testid="planner-drawer-toggle"
        >
          {tx.t(open ? "planner.drawerClose" : "planner.drawerOpen")}
        </button>
      </div>
      {open && (
        <div className="tab-body" role="tabpanel" id={BODY_ID}>
          {tab === "hamlets" && (
            <HamletRanking ranked={view.ranked} unitNames={view.unitNames} reach={reach} />
          )}
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
      )}
    </section>
  );
}
