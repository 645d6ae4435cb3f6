// The human-readable form of a Report for the terminal: a line per file, then its messages
// (errors first), capped so that a file with thousands of repeats stays readable.
import type { FileReport, Level, Message, Report } from "../domain/types";

const MAX_MESSAGES_PER_SECTION = 25;
const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, info: 2 };
const LEVEL_LABEL: Record<Level, string> = { error: "ERROR  ", warning: "warning", info: "info   " };

function formatMessage(message: Message): string {
  const feature =
    message.featureIndex === null
      ? ""
      : ` #${message.featureIndex}${message.featureId ? ` (${message.featureId})` : ""}`;
  const property = message.property ? ` ${message.property}` : "";
  const facts = [
    message.expected ? `expected ${message.expected}` : null,
    message.found ? `found ${message.found}` : null,
  ].filter(Boolean);
  const head = `    ${LEVEL_LABEL[message.level]} [${message.code}] ${message.file}${feature}${property}`;
  return `${head}${facts.length > 0 ? `: ${facts.join("; ")}` : ""}\n             ${message.text.en}\n`;
}

function formatMessages(messages: readonly Message[]): string {
  const sorted = [...messages].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const shown = sorted.slice(0, MAX_MESSAGES_PER_SECTION).map(formatMessage).join("");
  const hidden = sorted.slice(MAX_MESSAGES_PER_SECTION);
  if (hidden.length === 0) return shown;
  const counts = new Map<string, number>();
  for (const message of hidden) counts.set(message.code, (counts.get(message.code) ?? 0) + 1);
  const summary = [...counts].map(([code, count]) => `${code} ×${count}`).join(", ");
  return `${shown}    … and ${hidden.length} more (${summary}); use --json to see all\n`;
}

function formatFile(file: FileReport): string {
  const counts = `read ${file.read}, accepted ${file.accepted}, repaired ${file.repaired}, rejected ${file.rejected}`;
  return `  ${file.file} (${file.kind}): ${file.status} — ${counts}\n${formatMessages(file.messages)}`;
}

function countLevels(messages: readonly Message[]) {
  const count = (level: Level) => messages.filter((message) => message.level === level).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}

export function formatReport(report: Report): string {
  let text = "Bình Yên — geodata check\n";
  if (report.manifest !== undefined) {
    text += `Manifest: ${report.manifest.length === 0 ? "ok" : `${report.manifest.length} message(s)`}\n`;
    text += formatMessages(report.manifest);
  }
  text += "Files:\n";
  text += report.files.map(formatFile).join("");
  text += `Join: ${report.join.length === 0 ? "every feature joined to a unit" : `${report.join.length} message(s)`}\n`;
  text += formatMessages(report.join);
  const all = [...(report.manifest ?? []), ...report.files.flatMap((file) => file.messages), ...report.join];
  const { errors, warnings, infos } = countLevels(all);
  const unusable = report.files.filter(
    (file) => file.status === "missing" || file.status === "unreadable",
  ).length;
  const verdict = errors === 0 && unusable === 0 ? "usable" : "NOT usable";
  return `${text}Result: ${verdict} — ${errors} error(s), ${warnings} warning(s), ${infos} info\n`;
}
