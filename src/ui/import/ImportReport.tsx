import type { ImportResult } from "../../data/import/import-types";
import { MessageItem } from "../MessageItem";
import { useText } from "../use-text";
import { useImportServices } from "./import-services";
import { baseName, rejectedGeoJson, reportJson, reportTextBlob } from "./report-files";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

const MAX_SHOWN = 200;

// Every text here comes from the file or the engine: React renders it as text, never as HTML.
export function ImportReport({ fileName, result }: { fileName: string; result: ImportResult }) {
  const tx = useText();
  const { saveFile } = useImportServices();
  const { counts, messages } = result;
  const repaired = Object.entries(counts.repaired);
  const repairedTotal = repaired.reduce((sum, [, count]) => sum + count, 0);
  const shown = messages.slice(0, MAX_SHOWN);
  const stem = baseName(fileName);
  return (
    <section className="import-report" aria-label={tx.t("import.report")}>
      <dl className="import-counts">
        <div>
          <dt>{tx.t("import.read")}</dt>
          <dd data-testid="count-read">{counts.read}</dd>
        </div>
        <div>
          <dt>{tx.t("import.accepted")}</dt>
          <dd data-testid="count-accepted">{counts.accepted}</dd>
        </div>
        <div>
          <dt>{tx.t("import.repaired")}</dt>
          <dd data-testid="count-repaired">{repairedTotal}</dd>
        </div>
        <div>
          <dt>{tx.t("import.rejected")}</dt>
          <dd data-testid="count-rejected">{counts.rejected}</dd>
        </div>
      </dl>
      {repaired.length > 0 && (
        <ul className="import-repairs">
          {repaired.map(([what, count]) => (
            <li key={what}>
              {tx.maybe(`repair.${what}`) ?? what}: {tx.number(count)}
            </li>
          ))}
        </ul>
      )}
      <div className="import-downloads">
        <button type="button" onClick={() => saveFile(`${stem}-report.json`, reportJson(fileName, result))}>
          {tx.t("import.downloadReportJson")}
        </button>
        <button
          type="button"
          onClick={() => saveFile(`${stem}-report.txt`, reportTextBlob(fileName, result, tx))}
        >
          {tx.t("import.downloadReportText")}
        </button>
        <button
          type="button"
          disabled={result.rejected.features.length === 0}
          onClick={() => saveFile(`${stem}-rejected.geojson`, rejectedGeoJson(result))}
        >
          {tx.t("import.downloadRejected")}
        </button>
      </div>
      {messages.length > 0 && (
        // Open when something was rejected or the file was refused whole (too large, unreadable):
        // the reason is the first thing to read.
        <details
          className="import-messages"
          open={counts.rejected > 0 || messages.some((message) => message.level === "error")}
        >
          <summary>{tx.t("import.messages", { n: messages.length })}</summary>
          <ul>
            {shown.map((message, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity of their own
              <MessageItem key={index} message={message} showFile />
            ))}
            {messages.length > shown.length && (
              <li>{tx.t("import.moreMessages", { n: messages.length - shown.length })}</li>
            )}
          </ul>
        </details>
      )}
    </section>
  );
}
