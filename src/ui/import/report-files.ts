// The files a steward takes away from an import: the report (JSON for tools, text for people)
// and the rejected features, to fix in QGIS or Excel and import again.
import type { ImportResult } from "../../data/import/import-types";
import type { Message } from "../../domain/types";
import type { Language } from "../../state/view";
import { KIND_NAMES } from "./import-i18n";

export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export function reportJson(fileName: string, result: ImportResult): Blob {
  const { detection, counts, messages } = result;
  const body = { file: fileName, detection, counts, messages };
  return new Blob([JSON.stringify(body, null, 2)], { type: "application/json" });
}

function describeWhere(message: Message, language: Language): string {
  const parts = [message.file];
  if (message.featureIndex !== null) {
    const id = message.featureId ? ` (${message.featureId})` : "";
    parts.push(`${language === "vi" ? "đối tượng" : "feature"} #${message.featureIndex}${id}`);
  }
  if (message.property) parts.push(`${language === "vi" ? "thuộc tính" : "property"} ${message.property}`);
  return parts.join(", ");
}

const LEVELS: Record<Message["level"], { vi: string; en: string }> = {
  error: { vi: "LỖI", en: "ERROR" },
  warning: { vi: "CẢNH BÁO", en: "WARNING" },
  info: { vi: "THÔNG TIN", en: "INFO" },
};

/** Readable by someone without the app: one line per message, the chosen language first. */
export function reportText(fileName: string, result: ImportResult, language: Language): string {
  const other: Language = language === "vi" ? "en" : "vi";
  const { detection, counts } = result;
  const repaired = Object.entries(counts.repaired);
  const vi = language === "vi";
  const lines = [
    vi ? `Báo cáo nhập dữ liệu: ${fileName}` : `Import report: ${fileName}`,
    `${vi ? "Loại dữ liệu" : "Kind"}: ${KIND_NAMES[detection.kind][language]}`,
    `${vi ? "Định dạng" : "Format"}: ${detection.format}; ${vi ? "mã ký tự" : "encoding"}: ${detection.encoding}; ${vi ? "hệ tọa độ" : "CRS"}: ${detection.crs}`,
    `${vi ? "Đọc" : "Read"}: ${counts.read}; ${vi ? "nhận" : "accepted"}: ${counts.accepted}; ${vi ? "bị loại" : "rejected"}: ${counts.rejected}`,
    ...(repaired.length > 0
      ? [`${vi ? "Đã sửa" : "Repaired"}: ${repaired.map(([what, count]) => `${what} ${count}`).join("; ")}`]
      : []),
    "",
    ...result.messages.flatMap((message) => {
      const expected = message.expected ? ` ${vi ? "cần" : "expected"}: ${message.expected};` : "";
      const found = message.found !== null ? ` ${vi ? "gặp" : "found"}: ${message.found}` : "";
      return [
        `[${LEVELS[message.level][language]}] ${describeWhere(message, language)}:${expected}${found}`,
        `  ${message.text[language]}`,
        `  (${message.text[other]})`,
      ];
    }),
  ];
  return `${lines.join("\n")}\n`;
}

export function reportTextBlob(fileName: string, result: ImportResult, language: Language): Blob {
  return new Blob([reportText(fileName, result, language)], { type: "text/plain;charset=utf-8" });
}

export function rejectedGeoJson(result: ImportResult): Blob {
  return new Blob([JSON.stringify(result.rejected)], { type: "application/geo+json" });
}
