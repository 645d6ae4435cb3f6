import type { ImportProgress } from "../../data/import/import-types";
import { shortText } from "../../domain/shown-text";
import { useText } from "../use-text";
import { DuplicatesPrompt } from "./DuplicatesPrompt";
import { ImportReport } from "./ImportReport";
import { ImportSettings } from "./ImportSettings";
import type { ImportTools } from "./import-services";
import { SourceSettings } from "./SourceSettings";
import { UnitReview } from "./UnitReview";
import { type ImportEntry, useImportJob } from "./use-import-job";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

function ProgressBar({ label, progress }: { label: string; progress: ImportProgress | null }) {
  const tx = useText();
  const percent = progress ? Math.round(progress.fraction * 100) : null;
  return (
    <div className="import-progress">
      <progress aria-label={label} max={100} value={percent ?? undefined} />
      <span aria-live="polite">
        {progress ? `${tx.t(`phase.${progress.phase}`)} ${tx.percent(percent ?? 0)}` : "…"}
      </span>
    </div>
  );
}

interface Props {
  entry: ImportEntry;
  tools: ImportTools;
  onDismiss(): void;
}

export function FileImport({ entry, tools, onDismiss }: Props) {
  const tx = useText();
  const job = useImportJob(entry);
  const { state } = job;
  const fileName = entry.file.name;
  const running = state.step === "analysing" || state.step === "importing";
  const reviewing = state.step === "review" || state.step === "importing";
  return (
    <li className="file-import" aria-busy={running} data-testid={`file-import-${fileName}`}>
      <h3>
        <code>{shortText(fileName)}</code>
        {entry.target && (
          <span className="import-target"> — {tx.t("import.replacing", { name: entry.target.name })}</span>
        )}
      </h3>
      {state.step === "analysing" && (
        <>
          <p>{tx.t("import.analysing")}</p>
          <ProgressBar label={tx.t("import.progressLabel", { file: fileName })} progress={state.progress} />
        </>
      )}
      {reviewing && (
        <fieldset disabled={state.step === "importing"} className="import-review">
          {job.replacing && !entry.target && (
            <p className="import-hint">{tx.t("import.reimportHint", { name: job.replacing.name })}</p>
          )}
          <SourceSettings
            preview={state.preview}
            source={state.source}
            provinces={job.provinces}
            onChange={job.chooseSource}
          />
          <ImportSettings
            fileName={fileName}
            preview={state.preview}
            choices={state.choices}
            remembered={state.step === "review" && state.remembered}
            tools={tools}
            kindLocked={job.replacing !== null}
            onChange={job.choose}
          />
          <UnitReview
            fileName={fileName}
            result={state.preview}
            source={state.source}
            onChange={job.chooseSource}
          />
        </fieldset>
      )}
      {state.step === "importing" && (
        <>
          <p>{tx.t("import.importing")}</p>
          <ProgressBar label={tx.t("import.progressLabel", { file: fileName })} progress={state.progress} />
        </>
      )}
      {state.step === "duplicates" && (
        <DuplicatesPrompt report={state.report} onChoose={job.settleDuplicates} />
      )}
      {state.step === "cancelled" && <p role="status">{tx.t("import.cancelled")}</p>}
      {state.step === "failed" && (
        <p role="alert" className="import-problem">
          {tx.t("import.failed", { reason: state.reason })}
        </p>
      )}
      {state.step === "done" && (
        <>
          {state.saved && <p role="status">{tx.t("import.savedAs", { name: state.saved.name })}</p>}
          {!state.saved && !state.saveProblem && <p role="status">{tx.t("import.nothingAccepted")}</p>}
          {state.saveProblem && (
            <p role="alert" className="import-problem">
              {state.saveProblem[tx.language]}
            </p>
          )}
          {state.duplicates && <p role="status">{tx.t("import.duplicates.done", state.duplicates)}</p>}
          <UnitReview
            fileName={fileName}
            result={state.result}
            source={state.source}
            onChange={job.chooseSource}
            onApply={() => void job.start()}
          />
          <ImportReport fileName={fileName} result={state.result} />
        </>
      )}
      <div className="file-import-actions">
        {state.step === "review" && (
          <button type="button" className="primary" onClick={() => void job.start()}>
            {tx.t("import.import")}
          </button>
        )}
        {state.step === "done" && state.editable && (
          <button type="button" onClick={job.editMapping}>
            {tx.t("import.editMapping")}
          </button>
        )}
        {running ? (
          <button type="button" onClick={job.cancel}>
            {tx.t("import.cancel")}
          </button>
        ) : (
          <button type="button" onClick={onDismiss}>
            {tx.t("import.dismiss")}
          </button>
        )}
      </div>
    </li>
  );
}
