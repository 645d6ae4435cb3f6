// The one-page summary a planner hands to the leadership: hidden on screen, the only thing printed
// (see planner-print.css): the plan's name, a picture of the map (use-plan-print.ts) with its key, the
// before → after figures and the ordered list of hamlets.
import type { Plan } from "../../domain/planner/planner-types";
import type { WhatIf } from "../../domain/planner/what-if";
import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { MapLegend } from "../MapLegend";
import { SampleBadgeText } from "../SampleBadgeText";
import { useText } from "../use-text";
import { OBJECTIVE_UNITS } from "./objective-units";
import { PlanLegendItems } from "./PlanLegend";
import type { PlanPrint } from "./use-plan-print";
import { formatWhatIf } from "./WhatIfStrip";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

/** The calendar day of a moment where the reader is ("2026-12-03"), for a date without a time. */
function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// Past this many picks the printed list takes a smaller type (see planner-print.css).
const LONG_LIST = 20;

export function PrintButton({ printing, disabled }: { printing: PlanPrint; disabled: boolean }) {
  const tx = useText();
  return (
    <button
      type="button"
      disabled={disabled || printing.preparing}
      aria-busy={printing.preparing}
      onClick={() => void printing.print()}
      data-testid="planner-print"
    >
      {tx.t(printing.preparing ? "planner.printPreparing" : "planner.print")}
    </button>
  );
}

/** The data a plan is made on, as the page's header names it: its title, and whether it is the sample. */
export interface PlanArea {
  title: string;
  sample: boolean;
}

export function PrintSummary({
  plan,
  whatIf,
  unitNames,
  printing,
  area,
}: {
  plan: Plan;
  whatIf: WhatIf;
  unitNames: Readonly<Record<string, string>>;
  printing?: Pick<PlanPrint, "image" | "imageRef">;
  /** Named on the page, so a printout handed on says where it is; the sample is marked as such. */
  area?: PlanArea;
}) {
  const tx = useText();
  const visible = useView((store) => store.visible);
  const r = plan.options.radiusKm;
  const title = tx.t("planner.printTitle");
  // A long list takes a smaller type, so the page stays one page up to the largest K.
  const long = plan.picks.length > LONG_LIST;
  return (
    <section className="plan-print" data-testid="plan-print" data-long={long}>
      <header className="plan-print-head">
        {area?.sample && (
          <p className="plan-print-sample" data-testid="plan-print-sample">
            <SampleBadgeText />
          </p>
        )}
        {/* An unsaved plan is named after the title itself: say it once. */}
        <h1>{plan.name === title ? shortText(plan.name) : `${title}: ${shortText(plan.name)}`}</h1>
        {area?.title && (
          <p className="plan-print-area" data-testid="plan-print-area">
            {shortText(area.title)}
          </p>
        )}
        <p>
          {tx.t("planner.printPrepared", { date: tx.date(localDay(plan.createdAt)) })} ·{" "}
          {tx.t("planner.objectiveOf", { objective: tx.t(`planner.objective.${plan.options.objective}`), r })}
        </p>
      </header>
      {printing?.image && (
        <img
          ref={printing.imageRef}
          className="plan-print-map"
          src={printing.image}
          alt={tx.t("planner.printMapAlt", { hamlets: tx.count(plan.picks.length, "hamlets"), r })}
          data-testid="plan-print-map"
        />
      )}
      <table className="plan-print-figures">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{tx.t("planner.before")}</th>
            <th scope="col">{tx.t("planner.after")}</th>
          </tr>
        </thead>
        <tbody>
          {whatIf.figures.map((figure) => {
            const text = formatWhatIf(figure, tx);
            return (
              <tr key={figure.key}>
                <th scope="row">{tx.t(`planner.whatIf.${figure.key}`, { r })}</th>
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
              <th scope="col">{tx.t("planner.order")}</th>
              <th scope="col">{tx.t("planner.name")}</th>
              <th scope="col">{tx.t("planner.commune")}</th>
              <th scope="col">{tx.t("planner.gain")}</th>
              <th scope="col">{tx.t("planner.score")}</th>
            </tr>
          </thead>
          <tbody>
            {plan.picks.map((pick) => (
              <tr key={pick.code}>
                <td>{pick.order}</td>
                <td>{shortText(pick.name)}</td>
                <td>{pick.unitCode ? shortText(unitNames[pick.unitCode] ?? pick.unitCode) : "—"}</td>
                <td>{tx.count(pick.gain, OBJECTIVE_UNITS[plan.options.objective], { signed: true })}</td>
                <td>{pick.score === null ? "—" : tx.number(pick.score * 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* The picture's key, on paper where no sidebar explains it. */}
      {printing?.image && (
        <section
          className="plan-print-legend"
          aria-label={tx.t("app.legend")}
          data-testid="plan-print-legend"
        >
          <h2>{tx.t("app.legend")}</h2>
          <MapLegend layers={visible} onPaper>
            <PlanLegendItems heading />
          </MapLegend>
        </section>
      )}
    </section>
  );
}
