// Rows already imported: the user chooses to replace them, skip them or keep both, before
// anything is stored. Never duplicates by surprise.
import { useId } from "react";
import type { DuplicateChoice, DuplicateReport } from "../../domain/reimport";
import { useText } from "../use-text";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const EXAMPLES = 5;

export function DuplicatesPrompt({
  report,
  onChoose,
}: {
  report: DuplicateReport;
  onChoose(choice: DuplicateChoice): void;
}) {
  const tx = useText();
  const headingId = useId();
  const seen = new Set<number>();
  const examples = report.matches
    .filter((match) => !seen.has(match.incomingIndex) && seen.add(match.incomingIndex))
    .slice(0, EXAMPLES)
    .map((match) => (match.incomingName ? `${match.incomingName} (${match.key})` : match.key));
  return (
    <section className="import-duplicates" aria-labelledby={headingId} data-testid="duplicates">
      <h4 id={headingId}>{tx.t("import.duplicates.heading")}</h4>
      <p>
        {tx.t("import.duplicates.intro", {
          n: report.duplicates,
          total: report.incoming,
          identical: report.identical > 0 ? tx.t("import.duplicates.identical", { n: report.identical }) : "",
        })}
      </p>
      <p className="import-hint">{tx.t("import.duplicates.examples", { list: examples.join(", ") })}</p>
      <div className="file-import-actions">
        {report.choices.map((choice) => (
          <button key={choice} type="button" onClick={() => onChoose(choice)}>
            {tx.t(`import.duplicates.${choice}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
