// Two saved plans side by side: the picks only in one, in both, and each plan's figures.
import { comparePlans } from "../../domain/planner/plan";
import type { Plan, SavedPick } from "../../domain/planner/planner-types";
import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { formatNumber } from "../coverage/coverage-i18n";
import { OBJECTIVE_PHRASES, plannerText } from "./planner-i18n";

export function PlanCompare({ a, b, onClose }: { a: Plan; b: Plan; onClose(): void }) {
  const language = useView((store) => store.language);
  const t = (phrase: Parameters<typeof plannerText>[1], values?: Record<string, string | number>) =>
    plannerText(language, phrase, values);
  const comparison = comparePlans(a, b);
  const n = (value: number) => formatNumber(value, language);
  const sides = [comparison.a, comparison.b];
  const list = (picks: readonly SavedPick[]) => (
    <ul>
      {picks.map((pick) => (
        <li key={pick.code}>{shortText(pick.name)}</li>
      ))}
    </ul>
  );
  return (
    <section className="plan-compare" data-testid="plan-compare" aria-label={t("compare")}>
      <button type="button" className="close" onClick={onClose}>
        {t("closeCompare")}
      </button>
      {!comparison.comparable && <p className="note">{t("notComparable")}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{shortText(comparison.a.name)}</th>
            <th scope="col">{shortText(comparison.b.name)}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("objective")}</th>
            {sides.map((side) => (
              <td key={side.id}>
                {t(OBJECTIVE_PHRASES[side.objective])}, {formatNumber(side.radiusKm, language, 1)} km
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{`${t("before")} → ${t("after")}`}</th>
            {sides.map((side) => (
              <td key={side.id} data-testid="compare-figures">
                {n(side.before)} → {n(side.after)} / {n(side.total)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t("gain")}</th>
            {sides.map((side) => (
              <td key={side.id}>+{n(side.gain)}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="compare-lists">
        <div data-testid="only-in-a">
          <h4>
            {t("onlyIn", { name: comparison.a.name })} ({comparison.onlyInA.length})
          </h4>
          {list(comparison.onlyInA)}
        </div>
        <div data-testid="in-both">
          <h4>
            {t("inBoth")} ({comparison.inBoth.length})
          </h4>
          <ul>
            {comparison.inBoth.map((pick) => (
              <li key={pick.code}>
                {shortText(pick.name)} ({pick.orderInA} · {pick.orderInB})
              </li>
            ))}
          </ul>
        </div>
        <div data-testid="only-in-b">
          <h4>
            {t("onlyIn", { name: comparison.b.name })} ({comparison.onlyInB.length})
          </h4>
          {list(comparison.onlyInB)}
        </div>
      </div>
    </section>
  );
}
