import type { BeforeAfter } from "../../domain/coverage";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

// Rates are fractions of an incident per hamlet a month: three significant digits keep
// 0,272 → 0,265 apart where two decimals showed "0,27 → 0,27 (−3%)".
const RATE = { significant: 3 } as const;

export function BeforeAfterNote({ beforeAfter }: { beforeAfter: BeforeAfter }) {
  const tx = useText();
  const rate = (value: number) => tx.number(value, RATE);
  const change = (value: number | null) => (value === null ? "—" : tx.percent(value, { signed: true }));
  const { adopters, comparison } = beforeAfter;
  return (
    <section className="before-after" aria-labelledby="before-after-title" data-testid="before-after">
      <h3 id="before-after-title">{tx.t("coverage.beforeAfterTitle")}</h3>
      {adopters.hamlets === 0 ? (
        <p>{tx.t("coverage.beforeAfterNone")}</p>
      ) : (
        <p>
          {tx.t("coverage.beforeAfterText", {
            hamlets: tx.count(adopters.hamlets, "hamlets"),
            before: rate(adopters.beforePerHamletMonth),
            after: rate(adopters.afterPerHamletMonth),
            change: change(adopters.changePercent),
            cbefore: rate(comparison.beforePerHamletMonth),
            cafter: rate(comparison.afterPerHamletMonth),
            cchange: change(comparison.changePercent),
          })}
        </p>
      )}
      <p className="caveat">{tx.t("coverage.beforeAfterCaveat")}</p>
    </section>
  );
}
