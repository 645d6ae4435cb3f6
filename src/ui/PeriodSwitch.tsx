// Which administrative map the units and every figure are on: the old units (before 1 July 2025)
// or today's communes. Data given in old units can be rolled up to today's communes (unions of old
// units, so approximate); the other way needs old boundaries the data does not have. The choice
// is kept in the URL (period=…), so a shared link shows the same map.
import type { ShownDataset } from "../data/shown-dataset";
import type { AdminPeriod } from "../domain/types";
import { useView } from "./app-context";
import { useText } from "./use-text";

const CHOICES: { period: AdminPeriod; key: "period.old" | "period.today"; id: string }[] = [
  { period: "before-2025-07-01", key: "period.old", id: "period-old" },
  { period: "from-2025-07-01", key: "period.today", id: "period-today" },
];

export function PeriodSwitch({ shown }: { shown: ShownDataset | null }) {
  const tx = useText();
  const setPeriod = useView((store) => store.setPeriod);
  if (!shown || shown.dataset.layers.units.features.length === 0) return null;
  const { givenPeriod, period, periods, rolledUp, periodMessages } = shown;
  const problem = !rolledUp && periodMessages[0];
  return (
    <section className="period-switch" aria-labelledby="period-switch-title" data-testid="period-switch">
      <h3 id="period-switch-title">{tx.t("period.heading")}</h3>
      <p data-testid="period-given">
        {tx.t("period.given", {
          period: givenPeriod ? tx.t(`adminPeriod.${givenPeriod}`) : tx.t("period.unknown"),
        })}
      </p>
      {periods.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: two toggle buttons read better than radios on a projector
        <div className="period-choices" role="group" aria-labelledby="period-switch-title">
          {CHOICES.map((choice) => (
            <button
              key={choice.period}
              type="button"
              data-testid={choice.id}
              aria-pressed={period === choice.period}
              disabled={!periods.includes(choice.period)}
              onClick={() => setPeriod(choice.period === givenPeriod ? null : choice.period)}
            >
              {tx.t(choice.key)}
            </button>
          ))}
        </div>
      )}
      {rolledUp && <p className="period-note">{tx.t("period.rolledUp")}</p>}
      {givenPeriod === "from-2025-07-01" && <p className="period-note">{tx.t("period.onlyToday")}</p>}
      {problem && <p className="period-note">{problem.text[tx.language]}</p>}
    </section>
  );
}
