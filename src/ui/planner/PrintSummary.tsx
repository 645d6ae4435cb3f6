// The one-page summary a planner hands to the leadership: hidden on screen, the only thing printed
// (see planner-print.css): the plan's name, a picture of the map (use-plan-print.ts) with its key, the
// before → after figures and the ordered list of hamlets.
import type { Plan } from "../../domain/planner/planner-types";
import type { WhatIf } from "../../domain/planner/what-if";
import { shortText } from "../../domain/shown-text";
import { useTranslate, useView } from "../app-context";
import { formatNumber } from "../coverage/coverage-i18n";
import { MapLegend } from "../MapLegend";
import { PlanLegendItems } from "./PlanLegend";
import { GAIN_PHRASES, OBJECTIVE_PHRASES, plannerText, WHAT_IF_PHRASES } from "./planner-i18n";
import type { PlanPrint } from "./use-plan-print";
import { formatWhatIf } from "./WhatIfStrip";

// Past this many picks the printed list takes a smaller type (see planner-print.css).
const LONG_LIST = 20;

export function PrintButton({ printing, disabled }: { printing: PlanPrint; disabled: boolean }) {
  const language = useView((store) => store.language);
  return (
    <button
      type="button"
      disabled={disabled || printing.preparing}
      aria-busy={printing.preparing}
      onClick={() => void printing.print()}
      data-testid="planner-print"
    >
      {plannerText(language, printing.preparing ? "printPreparing" : "print")}
    </button>
  );
}

export function PrintSummary({
  plan,
  whatIf,
  unitNames,
  printing,
}: {
  plan: Plan;
  whatIf: WhatIf;
  unitNames: Readonly<Record<string, string>>;
  printing?: Pick<PlanPrint, "image" | "imageRef">;
}) {
  const language = useView((store) => store.language);
  const visible = useView((store) => store.visible);
  const translate = useTranslate();
  const t = (phrase: Parameters<typeof plannerText>[1], values?: Record<string, string | number>) =>
    plannerText(language, phrase, values);
  const r = formatNumber(plan.options.radiusKm, language, 1);
  // A long list takes a smaller type, so the page stays one page up to the largest K.
  const long = plan.picks.length > LONG_LIST;
  return (
    <section className="plan-print" data-testid="plan-print" data-long={long}>
      <header className="plan-print-head">
        {/* An unsaved plan is named after the title itself: say it once. */}
        <h1>{plan.name === t("printTitle") ? plan.name : `${t("printTitle")}: ${shortText(plan.name)}`}</h1>
        <p>
          {t("printPrepared", {
            date: new Date(plan.createdAt).toLocaleDateString(language === "vi" ? "vi-VN" : "en-GB"),
          })}{" "}
          · {t("objectiveOf", { objective: t(OBJECTIVE_PHRASES[plan.options.objective]), r })}
        </p>
      </header>
      {printing?.image && (
        <img
          ref={printing.imageRef}
          className="plan-print-map"
          src={printing.image}
          alt={t("printMapAlt", { n: plan.picks.length, r })}
          data-testid="plan-print-map"
        />
      )}
      <table className="plan-print-figures">
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
      <div className="plan-print-picks">
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
                <td>{shortText(pick.name)}</td>
                <td>{pick.unitCode ? shortText(unitNames[pick.unitCode] ?? pick.unitCode) : "—"}</td>
                <td>{t(GAIN_PHRASES[plan.options.objective], { n: formatNumber(pick.gain, language) })}</td>
                <td>{pick.score === null ? "—" : formatNumber(pick.score * 100, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* The picture's key, on paper where no sidebar explains it. */}
      {printing?.image && (
        <section
          className="plan-print-legend"
          aria-label={translate("legend")}
          data-testid="plan-print-legend"
        >
          <h2>{translate("legend")}</h2>
          <MapLegend layers={visible} onPaper>
            <PlanLegendItems heading />
          </MapLegend>
        </section>
      )}
    </section>
  );
}
