// The plan's picks in order, each with what it newly reaches given the picks before it.
import type { PlanNote, PlanResult } from "../../domain/planner/planner-types";
import { shortText } from "../../domain/shown-text";
import { useView } from "../app-context";
import { formatNumber } from "../coverage/coverage-i18n";
import { GAIN_PHRASES, NOTE_PHRASES, plannerText } from "./planner-i18n";

export function PicksList({
  evaluation,
  notes,
  unitNames,
}: {
  evaluation: PlanResult | null;
  notes: readonly PlanNote[];
  unitNames: Readonly<Record<string, string>>;
}) {
  const language = useView((store) => store.language);
  const togglePick = useView((store) => store.togglePick);
  const select = useView((store) => store.select);
  const picks = evaluation?.picks ?? [];
  const objective = evaluation?.options.objective ?? "population";
  return (
    <section className="planner-picks" aria-live="polite">
      <h3>{plannerText(language, "picksTitle", { n: picks.length })}</h3>
      {picks.length === 0 ? (
        <p className="note">{plannerText(language, "picksEmpty")}</p>
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
                {shortText(pick.name)}
              </button>
              <span className="pick-unit">
                {pick.unitCode ? shortText(unitNames[pick.unitCode] ?? pick.unitCode) : ""}
              </span>
              <span className="pick-gain">
                {plannerText(language, GAIN_PHRASES[objective], { n: formatNumber(pick.gain, language) })}
                {pick.locked && ` · ${plannerText(language, "lockedMark")}`}
              </span>
              <button
                type="button"
                className="icon"
                onClick={() => togglePick(pick.code)}
                aria-label={plannerText(language, "removePick", { name: pick.name })}
                title={plannerText(language, "removePick", { name: pick.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      {notes.map((note) => (
        <p key={`${note.note}-${note.code}`} className="note">
          {plannerText(language, NOTE_PHRASES[note.note], { n: picks.length, code: note.code ?? "" })}
        </p>
      ))}
    </section>
  );
}
