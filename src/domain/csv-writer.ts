// The one CSV writer behind every export (layers, the coverage table, `geodata report`, plans).
// Pure: no DOM, so the app, the command line and the domain share it (it lives in src/domain
// because the plan export does).
//
// - Spreadsheet formulas: a text cell that starts with = + - @, a tab or a carriage return (after
//   any spaces; full-width ＝ ＋ － ＠ too) would run as a formula in Excel or LibreOffice
//   (OWASP "CSV injection"): it gets a leading apostrophe and is read back with it. Numbers are
//   written as numbers, -3 and +5 included, and text that is exactly a number stays as written.
// - Per language, what that language's Excel splits and reads as numbers without an import
//   dialog: Vietnamese (Windows vi-VN) ";" between cells and a decimal comma; English "," and a
//   decimal point. Both start with a UTF-8 byte-order mark, which Excel needs in any language to
//   read UTF-8 (without it Vietnamese letters come out garbled), and end lines with CRLF.
// - RFC 4180 quoting: a cell holding a comma or a semicolon (either language's delimiter: a reader
//   that guesses the delimiter is not misled by decimal commas or WKT), a quote or a line break is
//   quoted, its quotes doubled.

export type CsvLanguage = "vi" | "en";

export interface CsvDialect {
  language: CsvLanguage;
  delimiter: ";" | ",";
  decimal: "," | ".";
}

export const CSV_DIALECTS: Record<CsvLanguage, CsvDialect> = {
  vi: { language: "vi", delimiter: ";", decimal: "," },
  en: { language: "en", delimiter: ",", decimal: "." },
};

/** What a cell may hold; objects and arrays are written as JSON text. */
export type CsvValue = string | number | boolean | null | undefined | object;

const BYTE_ORDER_MARK = "\uFEFF";
const FORMULA_START = /^[ ]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** Text that is exactly a number ("-3", "+5", "2.5", "1,5"): no formula, left as written. */
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/u;

/** A number as that language's spreadsheet reads it: no grouping, its decimal mark. */
export function csvNumber(value: number, dialect: CsvDialect): string {
  const text = String(value);
  return dialect.decimal === "." ? text : text.replace(".", dialect.decimal);
}

const NEEDS_QUOTES = /[,;"\r\n]/u;

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Text with a formula's first character made harmless. */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) && !NUMBER_TEXT.test(text) ? `'${text}` : text;
}

/** One cell, escaped for the dialect. */
export function csvCell(value: CsvValue, dialect: CsvDialect): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? quoted(csvNumber(value, dialect)) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  return quoted(neutralised(text));
}

/** One line, without its line end. */
export function csvRow(values: readonly CsvValue[], dialect: CsvDialect): string {
  let line = "";
  for (let index = 0; index < values.length; index++) {
    if (index > 0) line += dialect.delimiter;
    line += csvCell(values[index], dialect);
  }
  return line;
}

/** A whole file: byte-order mark, the header, the rows, CRLF after every line. */
export function writeCsv(
  header: readonly CsvValue[],
  rows: Iterable<readonly CsvValue[]>,
  language: CsvLanguage,
): string {
  const dialect = CSV_DIALECTS[language];
  const lines = [csvRow(header, dialect)];
  for (const row of rows) lines.push(csvRow(row, dialect));
  return `${BYTE_ORDER_MARK}${lines.join("\r\n")}\r\n`;
}
