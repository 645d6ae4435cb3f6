// The files a steward takes away from an import: the report (JSON for tools, text for people)
// and the rejected features, to fix in QGIS or Excel and import again.
import type { ImportResult } from "../../data/import/import-types";
import type { Message } from "../../domain/types";
import type { Texts } from "../../i18n";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export function reportJson(fileName: string, result: ImportResult): Blob {
  const { detection, counts, messages } = result;
  const body = { file: fileName, detection, counts, messages };
  return new Blob([JSON.stringify(body, null, 2)], { type: "application/json" });
}

function describeWhere(message: Message, tx: Texts): string {
  const parts = [message.file];
  if (message.featureIndex !== null) {
    const id = message.featureId ? ` (${message.featureId})` : "";
    parts.push(`${tx.t("report.feature", { index: String(message.featureIndex) })}${id}`);
  }
  if (message.property) parts.push(tx.t("report.property", { property: message.property }));
  return parts.join(", ");
}

/** Readable by someone without the app: one line per message, the chosen language first. */
export function reportText(fileName: string, result: ImportResult, tx: Texts): string {
  const other = tx.language === "vi" ? "en" : "vi";
  const { detection, counts } = result;
  const repaired = Object.entries(counts.repaired);
  const lines = [
    tx.t("report.title", { file: fileName }),
    tx.t("report.kind", { kind: tx.t(`kind.${detection.kind}`) }),
    tx.t("report.detection", { format: detection.format, encoding: detection.encoding, crs: detection.crs }),
    tx.t("report.counts", { read: counts.read, accepted: counts.accepted, rejected: counts.rejected }),
    ...(repaired.length > 0
      ? [
          tx.t("report.repaired", {
            list: repaired
              .map(([what, count]) => `${tx.maybe(`repair.${what}`) ?? what} ${count}`)
              .join("; "),
          }),
        ]
      : []),
    "",
    ...result.messages.flatMap((message) => {
      const expected = message.expected ? ` ${tx.t("report.expected", { expected: message.expected })};` : "";
      const found = message.found !== null ? ` ${tx.t("report.found", { found: message.found })}` : "";
      return [
        `[${tx.t(`report.level.${message.level}`)}] ${describeWhere(message, tx)}:${expected}${found}`,
        `  ${message.text[tx.language]}`,
        `  (${message.text[other]})`,
      ];
    }),
  ];
  return `${lines.join("\n")}\n`;
}

export function reportTextBlob(fileName: string, result: ImportResult, tx: Texts): Blob {
  return new Blob([reportText(fileName, result, tx)], { type: "text/plain;charset=utf-8" });
}

export function rejectedGeoJson(result: ImportResult): Blob {
  return new Blob([JSON.stringify(result.rejected)], { type: "application/geo+json" });
}
