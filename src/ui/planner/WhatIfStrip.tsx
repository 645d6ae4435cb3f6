// Every figure as before → after with the difference in its unit, e.g.
// "Bản có mô hình 86/391 → 94/391 (+8 bản)", "Dân số trong 5 km 61% → 68% (+4.512 người)".
import type { WhatIf, WhatIfFigure, WhatIfKey } from "../../domain/planner/what-if";
import type { CountUnit, Texts } from "../../i18n";
import { Term } from "../Term";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

// Counts of hamlets and communes read best as x/total; people and incidents as a share.
const AS_SHARE = new Set<WhatIfKey>([
  "populationWithinRadius",
  "incidentsWithinRadius",
  "coveredPopulation",
  "coveredHouseholds",
]);
const UNITS: Record<WhatIfKey, CountUnit> = {
  coveredHamlets: "hamlets",
  coveredPopulation: "people",
  coveredHouseholds: "households",
  hamletsWithinRadius: "hamlets",
  populationWithinRadius: "people",
  incidentsWithinRadius: "incidents",
  peacefulUnits: "communes",
};
// The figures a leader asks for first; the others are in the printed summary.
export const HEADLINE_KEYS = [
  "coveredHamlets",
  "populationWithinRadius",
  "hamletsWithinRadius",
  "peacefulUnits",
];

export function formatWhatIf(
  figure: WhatIfFigure,
  tx: Texts,
): { before: string; after: string; change: string } {
  // The change is counted in people, hamlets…: a share's change in points reads as a relative one.
  const change = tx.count(figure.change, UNITS[figure.key], { signed: true });
  if (AS_SHARE.has(figure.key)) {
    const percent = (value: number | null) => (value === null ? "—" : tx.percent(value));
    return { before: percent(figure.beforePercent), after: percent(figure.afterPercent), change };
  }
  const total = tx.number(figure.total);
  return {
    before: `${tx.number(figure.before)}/${total}`,
    after: `${tx.number(figure.after)}/${total}`,
    change,
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
  const tx = useText();
  return (
    <section className="what-if" aria-label={tx.t("planner.whatIfTitle")} data-testid="what-if">
      <h2>{tx.t("planner.whatIfTitle")}</h2>
      <dl>
        {whatIf.figures
          .filter((figure) => keys.includes(figure.key))
          .map((figure) => {
            const text = formatWhatIf(figure, tx);
            const label = tx.t(`planner.whatIf.${figure.key}`, { r: radiusKm });
            return (
              <div key={figure.key} className="what-if-figure" data-testid={`what-if-${figure.key}`}>
                <dt>
                  {figure.key === "peacefulUnits" ? <Term term="peacefulCommune">{label}</Term> : label}
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
