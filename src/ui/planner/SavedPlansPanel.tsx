// Plans saved in the browser: save the current one under a name, open, duplicate, rename, delete,
// compare two side by side, and hand one on as GeoJSON, CSV or a printed page.
import { useEffect, useRef, useState } from "react";
import { planToCsv, planToGeoJson } from "../../domain/planner/plan-export";
import type { Plan, PlanResult, RankOptions } from "../../domain/planner/planner-types";
import { shortText } from "../../domain/shown-text";
import type { Language } from "../../state/view";
import { useView } from "../app-context";
import { downloadText } from "../coverage/download";
import { useText } from "../use-text";
import { OBJECTIVE_UNITS } from "./objective-units";
import { PlanCompare } from "./PlanCompare";
import { PlanRenameField } from "./PlanRenameField";
import { usePlannerChoices } from "./use-planner-choices";
import type { SavedPlans } from "./use-saved-plans";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

/** A file name from a plan name: Vietnamese letters folded to ASCII, so every system accepts it. */
export function planFileName(plan: Plan, extension: string): string {
  const folded = plan.name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `ke-hoach-${folded || "nhan-rong"}.${extension}`;
}

export function exportPlan(plan: Plan, format: "geojson" | "csv", language: Language): void {
  if (format === "csv")
    downloadText(planFileName(plan, "csv"), planToCsv(plan, language), "text/csv;charset=utf-8");
  else
    downloadText(planFileName(plan, "geojson"), JSON.stringify(planToGeoJson(plan)), "application/geo+json");
}

export function SavedPlansPanel({
  saved,
  current,
  ranking,
}: {
  saved: SavedPlans;
  /** The plan on screen, evaluated; null while the figures are computed. */
  current: PlanResult | null;
  ranking: Partial<RankOptions>;
}) {
  const tx = useText();
  const planner = usePlannerChoices();
  const setPicks = useView((store) => store.setPicks);
  const [name, setName] = useState("");
  const [comparing, setComparing] = useState<[string, string] | null>(null);
  const [compareTarget, setCompareTarget] = useState<Record<string, string>>({});
  const [renaming, setRenaming] = useState<string | null>(null);
  // After a rename (saved or not) the keyboard goes back to the row's "rename" button.
  const renamed = useRef<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (renaming !== null || renamed.current === null) return;
    const id = renamed.current;
    renamed.current = null;
    list.current?.querySelector<HTMLElement>(`[data-rename="${CSS.escape(id)}"]`)?.focus();
  }, [renaming]);
  const endRename = () => {
    renamed.current = renaming;
    setRenaming(null);
  };
  const active = saved.plans.find((plan) => plan.id === planner.activePlanId) ?? null;
  const save = () => {
    if (!current) return;
    const plan = saved.save(
      current,
      name.trim() || tx.t("planner.defaultPlanName", { n: saved.plans.length + 1 }),
      {
        weights: planner.weights,
        ranking,
      },
    );
    setName("");
    setPicks(
      plan.picks.map((pick) => pick.code),
      plan.id,
    );
  };
  const byId = (id: string) => saved.plans.find((plan) => plan.id === id);
  const pair = comparing ? ([byId(comparing[0]), byId(comparing[1])] as const) : null;
  return (
    <section className="saved-plans" data-testid="saved-plans">
      <div className="save-row">
        <label>
          <span className="visually-hidden">{tx.t("planner.planName")}</span>
          <input
            type="text"
            value={name}
            placeholder={tx.t("planner.defaultPlanName", { n: saved.plans.length + 1 })}
            onChange={(event) => setName(event.target.value)}
            aria-label={tx.t("planner.planName")}
            data-testid="plan-name"
          />
        </label>
        <button
          type="button"
          onClick={save}
          disabled={!current || current.picks.length === 0}
          data-testid="save-plan"
        >
          {tx.t("planner.savePlan")}
        </button>
      </div>
      {saved.problem && (
        <p className="note warning" role="alert" data-testid="storage-problem">
          {tx.t(saved.problem === "full" ? "planner.storageFull" : "planner.storageUnavailable")}
        </p>
      )}
      {saved.plans.length === 0 ? (
        <p className="note">{tx.t("planner.noPlans")}</p>
      ) : (
        <ul className="plan-list" ref={list}>
          {saved.plans.map((plan) => (
            <li
              key={plan.id}
              className={plan.id === active?.id ? "active" : undefined}
              data-testid="saved-plan"
            >
              {renaming === plan.id ? (
                <PlanRenameField
                  name={plan.name}
                  onSave={(next) => {
                    saved.rename(plan.id, next);
                    endRename();
                  }}
                  onCancel={endRename}
                />
              ) : (
                <span className="plan-name">{plan.name}</span>
              )}
              <span className="plan-meta">
                {tx.t("planner.planMeta", {
                  hamlets: tx.count(plan.picks.length, "hamlets"),
                  gain: tx.count(
                    plan.figures.after - plan.figures.before,
                    OBJECTIVE_UNITS[plan.options.objective],
                    {
                      signed: true,
                    },
                  ),
                })}
              </span>
              <span className="plan-actions">
                <button
                  type="button"
                  onClick={() =>
                    setPicks(
                      plan.picks.map((pick) => pick.code),
                      plan.id,
                    )
                  }
                >
                  {tx.t("planner.open")}
                </button>
                <button type="button" onClick={() => saved.duplicate(plan.id)} data-testid="duplicate-plan">
                  {tx.t("planner.duplicate")}
                </button>
                <button
                  type="button"
                  onClick={() => setRenaming(plan.id)}
                  disabled={renaming === plan.id}
                  aria-label={tx.t("planner.renameOf", { name: plan.name })}
                  data-rename={plan.id}
                  data-testid="rename-plan"
                >
                  {tx.t("planner.rename")}
                </button>
                <button type="button" onClick={() => saved.remove(plan.id)}>
                  {tx.t("planner.remove")}
                </button>
                <button type="button" onClick={() => exportPlan(plan, "geojson", tx.language)}>
                  GeoJSON
                </button>
                <button
                  type="button"
                  onClick={() => exportPlan(plan, "csv", tx.language)}
                  data-testid="saved-plan-csv"
                >
                  CSV
                </button>
                {saved.plans.length > 1 && (
                  <label className="compare-pick">
                    <span className="visually-hidden">{tx.t("planner.compareWith")}</span>
                    <select
                      value={compareTarget[plan.id] ?? ""}
                      aria-label={`${tx.t("planner.compareWith")}: ${shortText(plan.name)}`}
                      onChange={(event) => {
                        setCompareTarget({ ...compareTarget, [plan.id]: event.target.value });
                        if (event.target.value) setComparing([plan.id, event.target.value]);
                      }}
                      data-testid="compare-with"
                    >
                      <option value="">{tx.t("planner.compareWith")}…</option>
                      {saved.plans
                        .filter((other) => other.id !== plan.id)
                        .map((other) => (
                          <option key={other.id} value={other.id}>
                            {shortText(other.name)}
                          </option>
                        ))}
                    </select>
                  </label>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {pair?.[0] && pair[1] && <PlanCompare a={pair[0]} b={pair[1]} onClose={() => setComparing(null)} />}
    </section>
  );
}
