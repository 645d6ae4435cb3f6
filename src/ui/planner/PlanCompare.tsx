// Two saved plans side by side: the picks only in one, in both, and each plan's figures.
import { comparePlans } from "../../domain/planner/plan";
import type { Plan, SavedPick } from "../../domain/planner/planner-types";
import { shortText } from "../../domain/shown-text";
import { useText } from "../use-text";
import { OBJECTIVE_UNITS } from "./objective-units";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export function PlanCompare({ a, b, onClose }: { a: Plan; b: Plan; onClose(): void }) {
  const tx = useText();
  const comparison = comparePlans(a, b);
  const n = (value: number) => tx.number(value);
  const sides = [comparison.a, comparison.b];
  const list = (picks: readonly SavedPick[]) => (
    <ul>
      {picks.map((pick) => (
        <li key={pick.code}>{shortText(pick.name)}</li>
      ))}
    </ul>
  );
  return (
    <section className="plan-compare" data-testid="plan-compare" aria-label={tx.t("planner.compare")}>
      <button type="button" className="close" onClick={onClose}>
        {tx.t("planner.closeCompare")}
      </button>
      {!comparison.comparable && <p className="note">{tx.t("planner.notComparable")}</p>}
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
            <th scope="row">{tx.t("planner.objective")}</th>
            {sides.map((side) => (
              <td key={side.id}>
                {tx.t(`planner.objective.${side.objective}`)}, {tx.count(side.radiusKm, "km")}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{`${tx.t("planner.before")} → ${tx.t("planner.after")}`}</th>
            {sides.map((side) => (
              <td key={side.id} data-testid="compare-figures">
                {n(side.before)} → {n(side.after)} / {tx.count(side.total, OBJECTIVE_UNITS[side.objective])}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{tx.t("planner.gain")}</th>
            {sides.map((side) => (
              <td key={side.id}>{tx.count(side.gain, OBJECTIVE_UNITS[side.objective], { signed: true })}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="compare-lists">
        <div data-testid="only-in-a">
          <h4>
            {tx.t("planner.onlyIn", { name: comparison.a.name })} ({comparison.onlyInA.length})
          </h4>
          {list(comparison.onlyInA)}
        </div>
        <div data-testid="in-both">
          <h4>
            {tx.t("planner.inBoth")} ({comparison.inBoth.length})
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
            {tx.t("planner.onlyIn", { name: comparison.b.name })} ({comparison.onlyInB.length})
          </h4>
          {list(comparison.onlyInB)}
        </div>
      </div>
    </section>
  );
}
