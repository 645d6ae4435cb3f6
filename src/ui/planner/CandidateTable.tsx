// The ranked candidates, hamlets or communes, in the same order and colours as the map: rank,
// name, commune, score and why; per hamlet, in or out of the plan, locked in, ruled out.
import type { RankedCandidate, RankedUnit } from "../../domain/planner/planner-types";
import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { SpacerRow, useRowWindow } from "../row-window";
import { Term } from "../Term";
import { useText } from "../use-text";
import { ContributionBar, contributionsOf } from "./ContributionBar";
import { usePlannerChoices } from "./use-planner-choices";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const HAMLET_COLUMNS = 9;
const UNIT_COLUMNS = 5;

/** What brings a ranked hamlet within reach: a model already, or the plan's pick of that number. */
function ReachCell({ by }: { by: "model" | number | undefined }) {
  const tx = useText();
  if (by === undefined) return <td />;
  if (by === "model") return <td className="reach-model">{tx.t("planner.reachByModel")}</td>;
  return (
    <td>
      <span className="pick-order small" aria-hidden="true">
        {by}
      </span>
      <span className="visually-hidden">{tx.t("planner.reachByPick", { n: by })}</span>
    </td>
  );
}

export function HamletRanking({
  ranked,
  unitNames,
  reach = new Map(),
}: {
  ranked: readonly RankedCandidate[];
  unitNames: Readonly<Record<string, string>>;
  /** What reaches each hamlet (reachOfPlan): the ranking then tells the same story as the picks. */
  reach?: ReadonlyMap<string, "model" | number>;
}) {
  const tx = useText();
  const planner = usePlannerChoices();
  const selected = useView((store) => store.selected);
  const select = useView((store) => store.select);
  const togglePick = useView((store) => store.togglePick);
  const toggleLocked = useView((store) => store.toggleLocked);
  const toggleRuledOut = useView((store) => store.toggleRuledOut);
  const selectedIndex =
    selected?.layer === "hamlets" ? ranked.findIndex((candidate) => candidate.code === selected.id) : -1;
  const rows = useRowWindow(ranked.length, selectedIndex >= 0 ? selectedIndex : null);
  if (ranked.length === 0) return <p className="note">{tx.t("planner.noCandidates")}</p>;
  return (
    <table className="ranking" data-testid="hamlet-ranking" aria-rowcount={ranked.length + 1}>
      <thead>
        <tr>
          <th scope="col">{tx.t("planner.rank")}</th>
          <th scope="col">{tx.t("planner.name")}</th>
          <th scope="col">{tx.t("planner.commune")}</th>
          <th scope="col" className="number">
            <Term term="priorityScore">{tx.t("planner.score")}</Term>
          </th>
          <th scope="col">{tx.t("planner.why")}</th>
          <th scope="col">
            <Term term="reach">{tx.t("planner.reachHeader")}</Term>
          </th>
          <th scope="col">{tx.t("planner.inPlan")}</th>
          <th scope="col">{tx.t("planner.lockIn")}</th>
          <th scope="col">{tx.t("planner.ruleOut")}</th>
        </tr>
      </thead>
      <tbody ref={rows.bodyRef}>
        <SpacerRow height={rows.before} columns={HAMLET_COLUMNS} />
        {ranked.slice(rows.start, rows.end).map((candidate, offset) => {
          const isSelected = selected?.layer === "hamlets" && selected.id === candidate.code;
          const inPlan = planner.picks.includes(candidate.code);
          const ruledOut = planner.ruledOut.includes(candidate.code);
          return (
            <tr
              key={candidate.code}
              className={[
                isSelected ? "selected" : "",
                inPlan ? "in-plan" : "",
                ruledOut ? "ruled-out" : "",
              ].join(" ")}
              aria-rowindex={rows.start + offset + 2}
              data-testid={`rank-row-${candidate.code}`}
              data-score={candidate.score}
            >
              <td className="number">{candidate.rank}</td>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => select({ layer: "hamlets", id: candidate.code })}
                  data-testid="rank-name"
                >
                  {shortText(candidate.name)}
                </button>
              </th>
              <td>
                {candidate.unitCode ? shortText(unitNames[candidate.unitCode] ?? candidate.unitCode) : "—"}
              </td>
              <td className="number" data-testid="rank-score">
                {tx.number(candidate.score * 100)}
              </td>
              <td>
                <ContributionBar parts={contributionsOf(candidate.factors)} />
              </td>
              <ReachCell by={reach.get(candidate.code)} />
              <td className="check">
                <input
                  type="checkbox"
                  checked={inPlan}
                  disabled={ruledOut}
                  onChange={() => togglePick(candidate.code)}
                  aria-label={`${tx.t("planner.inPlan")}: ${shortText(candidate.name)}`}
                  data-testid="toggle-pick"
                />
              </td>
              <td className="check">
                <input
                  type="checkbox"
                  checked={planner.lockedIn.includes(candidate.code)}
                  onChange={() => toggleLocked(candidate.code)}
                  aria-label={`${tx.t("planner.lockIn")}: ${shortText(candidate.name)}`}
                  data-testid="toggle-lock"
                />
              </td>
              <td className="check">
                <input
                  type="checkbox"
                  checked={ruledOut}
                  onChange={() => toggleRuledOut(candidate.code)}
                  aria-label={`${tx.t("planner.ruleOut")}: ${shortText(candidate.name)}`}
                  data-testid="toggle-rule-out"
                />
              </td>
            </tr>
          );
        })}
        <SpacerRow height={rows.after} columns={HAMLET_COLUMNS} />
      </tbody>
    </table>
  );
}

export function UnitRanking({ ranked }: { ranked: readonly RankedUnit[] }) {
  const tx = useText();
  const select = useView((store) => store.select);
  const selected = useView((store) => store.selected);
  const rows = useRowWindow(ranked.length);
  if (ranked.length === 0) return <p className="note">{tx.t("planner.noCandidates")}</p>;
  return (
    <table className="ranking" data-testid="unit-ranking" aria-rowcount={ranked.length + 1}>
      <thead>
        <tr>
          <th scope="col">{tx.t("planner.rank")}</th>
          <th scope="col">{tx.t("planner.commune")}</th>
          <th scope="col">{tx.t("planner.uncoveredHeader")}</th>
          <th scope="col" className="number">
            <Term term="priorityScore">{tx.t("planner.score")}</Term>
          </th>
          <th scope="col">{tx.t("planner.why")}</th>
        </tr>
      </thead>
      <tbody ref={rows.bodyRef}>
        <SpacerRow height={rows.before} columns={UNIT_COLUMNS} />
        {ranked.slice(rows.start, rows.end).map((unit, offset) => (
          <tr
            key={unit.code}
            aria-rowindex={rows.start + offset + 2}
            className={selected?.layer === "units" && selected.id === unit.code ? "selected" : ""}
            data-testid={`unit-row-${unit.code}`}
          >
            <td className="number">{unit.rank}</td>
            <th scope="row">
              <button
                type="button"
                className="link"
                onClick={() => select({ layer: "units", id: unit.code })}
              >
                {shortText(unit.name)}
              </button>
            </th>
            <td>{tx.t("planner.uncoveredOf", { n: unit.uncoveredHamlets, total: unit.hamlets })}</td>
            <td className="number">{tx.number(unit.score * 100)}</td>
            <td>
              <ContributionBar parts={contributionsOf(unit.factors)} />
            </td>
          </tr>
        ))}
        <SpacerRow height={rows.after} columns={UNIT_COLUMNS} />
      </tbody>
    </table>
  );
}
