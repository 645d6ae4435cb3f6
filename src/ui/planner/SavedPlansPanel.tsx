// Plans saved in the browser: save the current one under a name, open, duplicate, rename, delete,
// compare two side by side, and hand one on as GeoJSON, CSV or a printed page.
import { useEffect, useRef, useState } from "react";
import { planToCsv, planToGeoJson } from "../../domain/planner/plan-export";
import type { Plan, PlanResult, RankOptions } from "../../domain/planner/planner-types";
import { shortText } from "../../domain/shown-text";
import type { Language } from "../../state/view";
import { useView } from "../app-context";
import { downloadText } from "../coverage/download";
import { PlanCompare } from "./PlanCompare";
import { PlanRenameField } from "./PlanRenameField";
import { plannerText } from "./planner-i18n";
import { usePlannerChoices } from "./use-planner-choices";
import type { SavedPlans } from "./use-saved-plans";

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
  const language = useView((store) => store.language);
  const planner = usePlannerChoices();
  const setPicks = useView((store) => store.setPicks);
  const t = (phrase: Parameters<typeof plannerText>[1], values?: Record<string, string | number>) =>
    plannerText(language, phrase, values);
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
    const plan = saved.save(current, name.trim() || t("defaultPlanName", { n: saved.plans.length + 1 }), {
      weights: planner.weights,
      ranking,
    });
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
          <span className="visually-hidden">{t("planName")}</span>
          <input
            type="text"
            value={name}
            placeholder={t("defaultPlanName", { n: saved.plans.length + 1 })}
            onChange={(event) => setName(event.target.value)}
            aria-label={t("planName")}
            data-testid="plan-name"
          />
        </label>
        <button
          type="button"
          onClick={save}
          disabled={!current || current.picks.length === 0}
          data-testid="save-plan"
        >
          {t("savePlan")}
        </button>
      </div>
      {saved.problem && (
        <p className="note warning" role="alert" data-testid="storage-problem">
          {t(saved.problem === "full" ? "storageFull" : "storageUnavailable")}
        </p>
      )}
      {saved.plans.length === 0 ? (
        <p className="note">{t("noPlans")}</p>
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
                {plan.picks.length} · +{plan.figures.after - plan.figures.before}
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
                  {t("open")}
                </button>
                <button type="button" onClick={() => saved.duplicate(plan.id)} data-testid="duplicate-plan">
                  {t("duplicate")}
                </button>
                <button
                  type="button"
                  onClick={() => setRenaming(plan.id)}
                  disabled={renaming === plan.id}
                  aria-label={t("renameOf", { name: plan.name })}
                  data-rename={plan.id}
                  data-testid="rename-plan"
                >
                  {t("rename")}
                </button>
                <button type="button" onClick={() => saved.remove(plan.id)}>
                  {t("remove")}
                </button>
                <button type="button" onClick={() => exportPlan(plan, "geojson", language)}>
                  GeoJSON
                </button>
                <button
                  type="button"
                  onClick={() => exportPlan(plan, "csv", language)}
                  data-testid="saved-plan-csv"
                >
                  CSV
                </button>
                {saved.plans.length > 1 && (
                  <label className="compare-pick">
                    <span className="visually-hidden">{t("compareWith")}</span>
                    <select
                      value={compareTarget[plan.id] ?? ""}
                      aria-label={`${t("compareWith")}: ${shortText(plan.name)}`}
                      onChange={(event) => {
                        setCompareTarget({ ...compareTarget, [plan.id]: event.target.value });
                        if (event.target.value) setComparing([plan.id, event.target.value]);
                      }}
                      data-testid="compare-with"
                    >
                      <option value="">{t("compareWith")}…</option>
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
