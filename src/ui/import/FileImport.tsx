import type { ImportProgress } from "../../data/import/import-types";
import { shortText } from "../../domain/shown-text";
import type { Language } from "../../state/view";
import { ImportReport } from "./ImportReport";
import { ImportSettings } from "./ImportSettings";
import { PHASE_NAMES, useImportText } from "./import-i18n";
import type { ImportTools } from "./import-services";
import { type ImportEntry, useImportJob } from "./use-import-job";

function ProgressBar({
  label,
  progress,
  language,
}: {
  label: string;
  progress: ImportProgress | null;
  language: Language;
}) {
  const percent = progress ? Math.round(progress.fraction * 100) : null;
  return (
    <div className="import-progress">
      <progress aria-label={label} max={100} value={percent ?? undefined} />
      <span aria-live="polite">
        {progress ? `${PHASE_NAMES[progress.phase][language]} ${percent}%` : "…"}
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
  const { t, language } = useImportText();
  const { state, choose, start, cancel } = useImportJob(entry);
  const fileName = entry.file.name;
  const running = state.step === "analysing" || state.step === "importing";
  return (
    <li className="file-import" aria-busy={running} data-testid={`file-import-${fileName}`}>
      <h3>
        <code>{shortText(fileName)}</code>
        {entry.target && (
          <span className="import-target"> — {t("replacing", { name: entry.target.name })}</span>
        )}
      </h3>
      {state.step === "analysing" && (
        <>
          <p>{t("analysing")}</p>
          <ProgressBar
            label={t("progressLabel", { file: fileName })}
            progress={state.progress}
            language={language}
          />
        </>
      )}
      {(state.step === "review" || state.step === "importing") && (
        <fieldset disabled={state.step === "importing"} className="import-review">
          <ImportSettings
            fileName={fileName}
            preview={state.preview}
            choices={state.choices}
            remembered={state.step === "review" && state.remembered}
            tools={tools}
            kindLocked={entry.target !== null}
            onChange={choose}
          />
        </fieldset>
      )}
      {state.step === "importing" && (
        <>
          <p>{t("importing")}</p>
          <ProgressBar
            label={t("progressLabel", { file: fileName })}
            progress={state.progress}
            language={language}
          />
        </>
      )}
      {state.step === "cancelled" && <p role="status">{t("cancelled")}</p>}
      {state.step === "failed" && (
        <p role="alert" className="import-problem">
          {t("failed", { reason: state.reason })}
        </p>
      )}
      {state.step === "done" && (
        <>
          {state.saved && <p role="status">{t("savedAs", { name: state.saved.name })}</p>}
          {!state.saved && !state.saveProblem && <p role="status">{t("nothingAccepted")}</p>}
          {state.saveProblem && (
            <p role="alert" className="import-problem">
              {state.saveProblem[language]}
            </p>
          )}
          <ImportReport fileName={fileName} result={state.result} />
        </>
      )}
      <div className="file-import-actions">
        {state.step === "review" && (
          <button type="button" className="primary" onClick={() => void start()}>
            {t("import")}
          </button>
        )}
        {running ? (
          <button type="button" onClick={cancel}>
            {t("cancel")}
          </button>
        ) : (
          <button type="button" onClick={onDismiss}>
            {t("dismiss")}
          </button>
        )}
      </div>
    </li>
  );
}
