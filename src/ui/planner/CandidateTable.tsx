// The ranked candidates, hamlets or communes, in the same order and colours as the map: rank,
// name, commune, score and why; per hamlet, in or out of the plan, locked in, ruled out.
import type { RankedCandidate, RankedUnit } from "../../domain/planner/planner-types";
import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { formatNumber } from "../coverage/coverage-i18n";
import { ContributionBar } from "./ContributionBar";
import { plannerText } from "./planner-i18n";
import { usePlannerChoices } from "./use-planner-choices";

// Enough rows to scroll through a district; a province's thousands stay in the CSV and the map.
const ROW_LIMIT = 400;

export function HamletRanking({
  ranked,
  unitNames,
}: {
  ranked: readonly RankedCandidate[];
  unitNames: Readonly<Record<string, string>>;
}) {
  const language = useView((store) => store.language);
  const planner = usePlannerChoices();
  const selected = useView((store) => store.selected);
  const select = useView((store) => store.select);
  const togglePick = useView((store) => store.togglePick);
  const toggleLocked = useView((store) => store.toggleLocked);
  const toggleRuledOut = useView((store) => store.toggleRuledOut);
  const t = (phrase: Parameters<typeof plannerText>[1]) => plannerText(language, phrase);
  if (ranked.length === 0) return <p className="note">{t("noCandidates")}</p>;
  return (
    <table className="ranking" data-testid="hamlet-ranking">
      <thead>
        <tr>
          <th scope="col">{t("rank")}</th>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("commune")}</th>
          <th scope="col" className="number">
            {t("score")}
          </th>
          <th scope="col">{t("why")}</th>
          <th scope="col">{t("inPlan")}</th>
          <th scope="col">{t("lockIn")}</th>
          <th scope="col">{t("ruleOut")}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.slice(0, ROW_LIMIT).map((candidate) => {
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
                {formatNumber(candidate.score * 100, language, 0)}
              </td>
              <td>
                <ContributionBar factors={candidate.factors} />
              </td>
              <td className="check">
                <input
                  type="checkbox"
                  checked={inPlan}
                  disabled={ruledOut}
                  onChange={() => togglePick(candidate.code)}
                  aria-label={`${t("inPlan")}: ${shortText(candidate.name)}`}
                  data-testid="toggle-pick"
                />
              </td>
              <td className="check">
                <input
                  type="checkbox"
                  checked={planner.lockedIn.includes(candidate.code)}
                  onChange={() => toggleLocked(candidate.code)}
                  aria-label={`${t("lockIn")}: ${shortText(candidate.name)}`}
                  data-testid="toggle-lock"
                />
              </td>
              <td className="check">
                <input
                  type="checkbox"
                  checked={ruledOut}
                  onChange={() => toggleRuledOut(candidate.code)}
                  aria-label={`${t("ruleOut")}: ${shortText(candidate.name)}`}
                  data-testid="toggle-rule-out"
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function UnitRanking({ ranked }: { ranked: readonly RankedUnit[] }) {
  const language = useView((store) => store.language);
  const select = useView((store) => store.select);
  const selected = useView((store) => store.selected);
  const t = (phrase: Parameters<typeof plannerText>[1], values?: Record<string, string | number>) =>
    plannerText(language, phrase, values);
  if (ranked.length === 0) return <p className="note">{t("noCandidates")}</p>;
  return (
    <table className="ranking" data-testid="unit-ranking">
      <thead>
        <tr>
          <th scope="col">{t("rank")}</th>
          <th scope="col">{t("commune")}</th>
          <th scope="col">{t("uncoveredHeader")}</th>
          <th scope="col" className="number">
            {t("score")}
          </th>
          <th scope="col">{t("why")}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((unit) => (
          <tr
            key={unit.code}
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
            <td>{t("uncoveredOf", { n: unit.uncoveredHamlets, total: unit.hamlets })}</td>
            <td className="number">{formatNumber(unit.score * 100, language, 0)}</td>
            <td>
              <ContributionBar factors={unit.factors} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
