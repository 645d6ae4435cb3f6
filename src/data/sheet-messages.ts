// What the import engine says about tables (CSV and Excel sheets): which sheet and which header row
// were read, rows skipped, quotes left open, lines in another encoding, numbers read the
// Vietnamese way, codes made up for hamlets that had none. Same shape as import-messages.ts.
// The sentences are in sentences/sheet-sentences.ts.
import type { Level, Message } from "../domain/types";
import type { ImportDetails } from "./import-messages";
import { sentences } from "./message-sentences";
import { placedMessage, type Texts, type Where } from "./messages";
import type { SHEET_SENTENCES, Template } from "./sentences/sheet-sentences";

export type SheetMessageCode = keyof typeof SHEET_SENTENCES;

const LEVELS: Record<SheetMessageCode, Level> = {
  "header-row": "info",
  "header-row-missing": "warning",
  "numbering-row-skipped": "info",
  "total-row-skipped": "info",
  "csv-row-shape": "warning",
  "csv-unclosed-quote": "warning",
  "mixed-encoding": "warning",
  "numbers-read": "info",
  "numbers-ambiguous": "warning",
  "numbers-mixed-marks": "warning",
  "sheet-read": "info",
  "sheet-missing": "error",
  "sheet-empty": "error",
  "xlsx-invalid": "error",
  "xls-unsupported": "error",
  "zip-unrecognised": "error",
  "merged-cells-filled": "info",
  "hamlet-code-generated": "info",
};

/** "dòng"/"line" in a CSV, "hàng"/"row" in a sheet: the words a message uses for where it points. */
export type RowWord = "line" | "row";
export const ROW_WORDS: Record<RowWord, Texts> = {
  line: { vi: "dòng", en: "line" },
  row: { vi: "hàng", en: "row" },
};

export function sheetMessage(
  code: SheetMessageCode,
  where: Where,
  details: ImportDetails & { words?: Partial<Record<keyof ImportDetails, Texts>> } = {},
  level: Level = LEVELS[code],
): Message {
  const filled = (language: "vi" | "en"): Required<ImportDetails> => ({
    found: details.words?.found?.[language] ?? details.found ?? "",
    used: details.words?.used?.[language] ?? details.used ?? "",
    count: details.count ?? 0,
    expected: details.words?.expected?.[language] ?? details.expected ?? "",
  });
  const template = sentences().sheet[code] as Template;
  const body = { vi: template(filled("vi")).vi, en: template(filled("en")).en };
  return placedMessage(level, code, where, body, {
    expected: details.expected ?? null,
    found: details.found ?? null,
  });
}
