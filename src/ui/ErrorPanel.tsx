import type { FileReport, Message, Report } from "../domain/types";
import { MessageItem } from "./MessageItem";
import { useText } from "./use-text";
import "../i18n/more-texts"; // the words looked up here, before it first draws

const MAX_SHOWN_PER_FILE = 50;

// A broken file never hides the rest: this panel says which file, which feature, which property,
// what was expected and what was found, and what to do. It opens on demand: its summary line
// (in the error colour) says how many problems there are, and the map stays whole behind it.
export function ErrorPanel({ report }: { report: Report }) {
  const tx = useText();
  const files = report.files.filter((file) => file.status !== "ok");
  if (files.length === 0 && report.join.length === 0) return null;
  const all = [...report.files.flatMap((file) => file.messages), ...report.join];
  const errors = all.filter((message) => message.level === "error").length;
  const warnings = all.filter((message) => message.level === "warning").length;
  const problems = [tx.count(errors, "errors"), tx.count(warnings, "warnings")].join(", ");
  return (
    <details className="error-panel" data-testid="error-panel">
      <summary>
        <strong>{tx.t("problems.title")}</strong>:{" "}
        {tx.t("problems.summary", { problems, files: tx.count(files.length, "files") })}
      </summary>
      {files.map((file) => (
        <FileProblems key={file.file} file={file} />
      ))}
      {report.join.length > 0 && (
        <section>
          <h3>{tx.t("problems.unjoined")}</h3>
          <MessageList messages={report.join} />
        </section>
      )}
    </details>
  );
}

function FileProblems({ file }: { file: FileReport }) {
  const tx = useText();
  const status =
    file.status === "missing"
      ? tx.t("problems.fileMissing")
      : file.status === "unreadable"
        ? tx.t("problems.fileUnreadable")
        : null;
  return (
    <section className={`file-report status-${file.status}`}>
      <h3>
        <code>{file.file}</code> {status && <span className="file-status">({status})</span>}
      </h3>
      <p className="file-counts">
        {tx.t("problems.read")} {tx.number(file.read)} · {tx.t("problems.accepted")}{" "}
        {tx.number(file.accepted)} · {tx.t("problems.repaired")} {tx.number(file.repaired)} ·{" "}
        {tx.t("problems.rejected")} {tx.number(file.rejected)}
      </p>
      <MessageList messages={file.messages} />
    </section>
  );
}

function MessageList({ messages }: { messages: Message[] }) {
  const tx = useText();
  const shown = messages.slice(0, MAX_SHOWN_PER_FILE);
  return (
    <ul className="messages">
      {shown.map((message, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity of their own
        <MessageItem key={index} message={message} />
      ))}
      {messages.length > shown.length && (
        <li>{tx.t("problems.more", { n: messages.length - shown.length })}</li>
      )}
    </ul>
  );
}
