// Every figure as before → after with the difference, e.g. "Bản có mô hình 86/391 → 94/391 (+8)".
import type { WhatIf, WhatIfFigure } from "../../domain/planner/what-if";
import type { Language } from "../../state/view";
import { useView } from "../app-context";
import { formatNumber } from "../coverage/coverage-i18n";
import { plannerText, WHAT_IF_PHRASES } from "./planner-i18n";

// Counts of hamlets and communes read best as x/total; people and incidents as a share.
const AS_SHARE = new Set([
  "populationWithinRadius",
  "incidentsWithinRadius",
  "coveredPopulation",
  "coveredHouseholds",
]);
// The figures a leader asks for first; the others are in the printed summary.
export const HEADLINE_KEYS = [
  "coveredHamlets",
  "populationWithinRadius",
  "hamletsWithinRadius",
  "peacefulUnits",
];

const signed = (value: number, language: Language, digits = 0) =>
  `${value > 0 ? "+" : value < 0 ? "−" : "±"}${formatNumber(Math.abs(value), language, digits)}`;

export function formatWhatIf(
  figure: WhatIfFigure,
  language: Language,
): { before: string; after: string; change: string } {
  if (AS_SHARE.has(figure.key)) {
    const percent = (value: number | null) => (value === null ? "—" : `${formatNumber(value, language)}%`);
    const points = (figure.afterPercent ?? 0) - (figure.beforePercent ?? 0);
    return {
      before: percent(figure.beforePercent),
      after: percent(figure.afterPercent),
      change: `${signed(Math.round(points), language)} ${language === "vi" ? "điểm %" : "pts"}`,
    };
  }
  const total = formatNumber(figure.total, language);
  return {
    before: `${formatNumber(figure.before, language)}/${total}`,
    after: `${formatNumber(figure.after, language)}/${total}`,
    change: signed(figure.change, language),
  };
}

export function WhatIfStrip({
  whatIf,
  radiusKm,
  keys = HEADLINE_KEYS,
}: {
  whatIf: WhatIf;
  radiusKm: number;
  keys?: readonly string[];
}) {
  const language = useView((store) => store.language);
  return (
    <section className="what-if" aria-label={plannerText(language, "whatIfTitle")} data-testid="what-if">
      <h2>{plannerText(language, "whatIfTitle")}</h2>
      <dl>
        {whatIf.figures
          .filter((figure) => keys.includes(figure.key))
          .map((figure) => {
            const text = formatWhatIf(figure, language);
            return (
              <div key={figure.key} className="what-if-figure" data-testid={`what-if-${figure.key}`}>
                <dt>
                  {plannerText(language, WHAT_IF_PHRASES[figure.key], {
                    r: formatNumber(radiusKm, language, 1),
                  })}
                </dt>
                <dd>
                  <span className="before">{text.before}</span>
                  {" → "}
                  <strong className="after">{text.after}</strong>{" "}
                  <span className={figure.change > 0 ? "change up" : "change"}>({text.change})</span>
                </dd>
              </div>
            );
          })}
      </dl>
    </section>
  );
}
