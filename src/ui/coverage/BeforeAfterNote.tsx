import type { BeforeAfter } from "../../domain/coverage";
import { useView } from "../app-context";
import { coverageText, formatNumber } from "./coverage-i18n";

export function BeforeAfterNote({ beforeAfter }: { beforeAfter: BeforeAfter }) {
  const language = useView((store) => store.language);
  const number = (value: number) => formatNumber(value, language, 2);
  const change = (value: number | null) =>
    value === null ? "—" : `${value > 0 ? "+" : ""}${formatNumber(value, language, 0)}%`;
  const { adopters, comparison } = beforeAfter;
  return (
    <section className="before-after" aria-labelledby="before-after-title" data-testid="before-after">
      <h3 id="before-after-title">{coverageText(language, "beforeAfterTitle")}</h3>
      {adopters.hamlets === 0 ? (
        <p>{coverageText(language, "beforeAfterNone")}</p>
      ) : (
        <p>
          {coverageText(language, "beforeAfterText", {
            n: adopters.hamlets,
            before: number(adopters.beforePerHamletMonth),
            after: number(adopters.afterPerHamletMonth),
            change: change(adopters.changePercent),
            cbefore: number(comparison.beforePerHamletMonth),
            cafter: number(comparison.afterPerHamletMonth),
            cchange: change(comparison.changePercent),
          })}
        </p>
      )}
      <p className="caveat">{coverageText(language, "beforeAfterCaveat")}</p>
    </section>
  );
}
