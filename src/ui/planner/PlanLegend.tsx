// What the planner draws over the map: the candidates' priority, the picks in order and their
// reach. In the sidebar on its own; on the printed page after the layers' legend.
import { useView } from "../app-context";
import { Term } from "../Term";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

/** The list items, for a legend list of either place; `heading` starts them with a group title. */
export function PlanLegendItems({ heading = false }: { heading?: boolean }) {
  const tx = useText();
  const radiusKm = useView((store) => store.radiusKm);
  return (
    <>
      {heading && <li className="legend-group">{tx.t("planner.legendPlan")}</li>}
      <li>
        <span className="legend-ramp" aria-hidden="true" />
        <Term term="priorityScore">{tx.t("planner.legendCandidates")}</Term>
      </li>
      <li>
        <span className="legend-pick" aria-hidden="true">
          1
        </span>
        {tx.t("planner.legendPick")}
      </li>
      <li>
        <span className="legend-reach" aria-hidden="true" />
        <Term term="reach">{tx.t("planner.legendReach", { r: radiusKm })}</Term>
      </li>
    </>
  );
}
