// The plan's picks in order, each with what it newly reaches given the picks before it.
import type { PlanNote, PlanResult } from "../../domain/planner/planner-types";
import { useView } from "../app-context";
import { useText } from "../use-text";
import { OBJECTIVE_UNITS } from "./objective-units";

export function PicksList({
  evaluation,
  notes,
  unitNames,
}: {
  evaluation: PlanResult | null;
  notes: readonly PlanNote[];
  unitNames: Readonly<Record<string, string>>;
}) {
  const tx = useText();
  const togglePick = useView((store) => store.togglePick);
  const select = useView((store) => store.select);
  const picks = evaluation?.picks ?? [];
  const objective = evaluation?.options.objective ?? "population";
  return (
    <section className="planner-picks" aria-live="polite">
      <h3>{tx.t("planner.picksTitle", { hamlets: tx.count(picks.length, "hamlets") })}</h3>
      {picks.length === 0 ? (
        <p className="note">{tx.t("planner.picksEmpty")}</p>
      ) : (
        <ol data-testid="planner-picks">
          {picks.map((pick) => (
            <li key={pick.code} data-testid="planner-pick">
              <span className="pick-order" aria-hidden="true">
                {pick.order}
              </span>
              <button
                type="button"
                className="link"
                onClick={() => select({ layer: "hamlets", id: pick.code })}
              >
                {pick.name}
              </button>
              <span className="pick-unit">
                {pick.unitCode ? (unitNames[pick.unitCode] ?? pick.unitCode) : ""}
              </span>
              <span className="pick-gain">
                {tx.count(pick.gain, OBJECTIVE_UNITS[objective], { signed: true })}
                {pick.locked && ` · ${tx.t("planner.lockedMark")}`}
              </span>
              <button
                type="button"
                className="icon"
                onClick={() => togglePick(pick.code)}
                aria-label={tx.t("planner.removePick", { name: pick.name })}
                title={tx.t("planner.removePick", { name: pick.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      {notes.map((note) => (
        <p key={`${note.note}-${note.code}`} className="note">
          {tx.maybe(`planner.note.${note.note}`, { n: picks.length, code: note.code ?? "" })}
        </p>
      ))}
    </section>
  );
}
