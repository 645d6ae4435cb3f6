// The one-page summary a planner hands to the leadership: hidden on screen, the only thing printed
// besides the map (see planner.css @media print): the plan's name, the before → after figures and
// the ordered list of hamlets.
import type { Plan } from "../../domain/planner/planner-types";
import type { WhatIf } from "../../domain/planner/what-if";
import { useView } from "../app-context";
import { formatNumber } from "../coverage/coverage-i18n";
import { GAIN_PHRASES, OBJECTIVE_PHRASES, plannerText, WHAT_IF_PHRASES } from "./planner-i18n";
import { formatWhatIf } from "./WhatIfStrip";

export function PrintSummary({
  plan,
  whatIf,
  unitNames,
}: {
  plan: Plan;
  whatIf: WhatIf;
  unitNames: Readonly<Record<string, string>>;
}) {
  const language = useView((store) => store.language);
  const t = (phrase: Parameters<typeof plannerText>[1], values?: Record<string, string | number>) =>
    plannerText(language, phrase, values);
  const r = formatNumber(plan.options.radiusKm, language, 1);
  return (
    <section className="plan-print" data-testid="plan-print">
      <h1>
        {t("printTitle")}: {plan.name}
      </h1>
      <p>
        {t("printPrepared", {
          date: new Date(plan.createdAt).toLocaleDateString(language === "vi" ? "vi-VN" : "en-GB"),
        })}{" "}
        · {t("objectiveOf", { objective: t(OBJECTIVE_PHRASES[plan.options.objective]), r })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {whatIf.figures.map((figure) => {
            const text = formatWhatIf(figure, language);
            return (
              <tr key={figure.key}>
                <th scope="row">{t(WHAT_IF_PHRASES[figure.key], { r })}</th>
                <td>{text.before}</td>
                <td>
                  {text.after} ({text.change})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("order")}</th>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("commune")}</th>
            <th scope="col">{t("gain")}</th>
            <th scope="col">{t("score")}</th>
          </tr>
        </thead>
        <tbody>
          {plan.picks.map((pick) => (
            <tr key={pick.code}>
              <td>{pick.order}</td>
              <td>{pick.name}</td>
              <td>{pick.unitCode ? (unitNames[pick.unitCode] ?? pick.unitCode) : "—"}</td>
              <td>{t(GAIN_PHRASES[plan.options.objective], { n: formatNumber(pick.gain, language) })}</td>
              <td>{pick.score === null ? "—" : formatNumber(pick.score * 100, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
