import type { FileReport, Message, Report } from "../domain/types";
import { useTranslate } from "./app-context";
import { MessageItem } from "./MessageItem";

const MAX_SHOWN_PER_FILE = 50;

// A broken file never hides the rest: this panel says which file, which feature, which property,
// what was expected and what was found, and what to do.
export function ErrorPanel({ report }: { report: Report }) {
  const t = useTranslate();
  const files = report.files.filter((file) => file.status !== "ok");
  if (files.length === 0 && report.join.length === 0) return null;
  const all = [...report.files.flatMap((file) => file.messages), ...report.join];
  const errors = all.filter((message) => message.level === "error").length;
  const warnings = all.filter((message) => message.level === "warning").length;
  return (
    <details className="error-panel" open={errors > 0} data-testid="error-panel">
      <summary>
        <strong>{t("dataProblems")}</strong>:{" "}
        {t("dataProblemsSummary", { errors, warnings, files: files.length })}
      </summary>
      {files.map((file) => (
        <FileProblems key={file.file} file={file} />
      ))}
      {report.join.length > 0 && (
        <section>
          <h3>{t("unjoined")}</h3>
          <MessageList messages={report.join} />
        </section>
      )}
    </details>
  );
}

function FileProblems({ file }: { file: FileReport }) {
  const t = useTranslate();
  const status =
    file.status === "missing" ? t("fileMissing") : file.status === "unreadable" ? t("fileUnreadable") : null;
  return (
    <section className={`file-report status-${file.status}`}>
      <h3>
        <code>{file.file}</code> {status && <span className="file-status">({status})</span>}
      </h3>
      <p className="file-counts">
        {t("read")} {file.read} · {t("accepted")} {file.accepted} · {t("repaired")} {file.repaired} ·{" "}
        {t("rejected")} {file.rejected}
      </p>
      <MessageList messages={file.messages} />
    </section>
  );
}

function MessageList({ messages }: { messages: Message[] }) {
  const shown = messages.slice(0, MAX_SHOWN_PER_FILE);
  return (
    <ul className="messages">
      {shown.map((message, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity of their own
        <MessageItem key={index} message={message} />
      ))}
      {messages.length > shown.length && <li>… +{messages.length - shown.length}</li>}
    </ul>
  );
}
