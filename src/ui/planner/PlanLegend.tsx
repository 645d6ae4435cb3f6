// What the planner draws over the map: the candidates' priority, the picks in order and their
// reach. In the sidebar on its own; on the printed page after the layers' legend.
import { useView } from "../app-context";
import { formatNumber } from "../coverage/coverage-i18n";
import { plannerText } from "./planner-i18n";

/** The list items, for a legend list of either place; `heading` starts them with a group title. */
export function PlanLegendItems({ heading = false }: { heading?: boolean }) {
  const language = useView((store) => store.language);
  const radiusKm = useView((store) => store.radiusKm);
  return (
    <>
      {heading && <li className="legend-group">{plannerText(language, "legendPlan")}</li>}
      <li>
        <span className="legend-ramp" aria-hidden="true" />
        {plannerText(language, "legendCandidates")}
      </li>
      <li>
        <span className="legend-pick" aria-hidden="true">
          1
        </span>
        {plannerText(language, "legendPick")}
      </li>
      <li>
        <span className="legend-reach" aria-hidden="true" />
        {plannerText(language, "legendReach", { r: formatNumber(radiusKm, language, 1) })}
      </li>
    </>
  );
}
