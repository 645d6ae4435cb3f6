// The parts of an .xlsx that can be large (shared strings and sheets) read by scanning their XML,
// which Excel, LibreOffice and the OpenXML libraries all write in the same plain shape; a DOM of a
// sheet with 100,000 rows would cost many times the file. Cell types: shared and inline strings,
// formula strings, numbers, booleans, errors, and numbers whose style is a date (ISO dates then).
import type { GridRow } from "./table";

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/gu;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** OOXML writes characters XML cannot hold as _xHHHH_ ("_x000D_" is a carriage return). */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/gu;

function character(
  all: string,
  decimal: string | undefined,
  hex: string | undefined,
  name: string | undefined,
) {
  if (name) return NAMED[name] as string;
  const code = decimal ? Number(decimal) : Number.parseInt(hex as string, 16);
  // A reference beyond Unicode is no character: it stays as written.
  return code <= 0x10ffff ? String.fromCodePoint(code) : all;
}

export function xmlText(raw: string): string {
  const unescaped = raw.includes("&") ? raw.replace(ENTITY, character) : raw;
  return unescaped.includes("_x")
    ? unescaped.replace(ESCAPED, (_all, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : unescaped;
}

// Element names may carry a namespace prefix ("x:row") in files written by the OpenXML SDK.
const tag = (name: string) => `<(?:[\\w.-]+:)?${name}\\b`;
const close = (name: string) => `</(?:[\\w.-]+:)?${name}>`;
const element = (name: string) => new RegExp(`${tag(name)}([^>]*?)(?:/>|>([\\s\\S]*?)${close(name)})`, "gu");
const TEXT = element("t");
const PHONETIC = new RegExp(`${tag("rPh")}[\\s\\S]*?${close("rPh")}`, "gu");

/** The text of a string item: its <t> runs, phonetic guides (<rPh>) left out. */
function runText(xml: string): string {
  let text = "";
  for (const match of xml.replace(PHONETIC, "").matchAll(TEXT)) text += xmlText(match[2] ?? "");
  return text;
}

export function readSharedStrings(xml: string): string[] {
  return Array.from(xml.matchAll(element("si")), (match) => runText(match[2] ?? ""));
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`, "u").exec(attributes);
  return match ? (match[1] as string) : null;
}

/** "AB12" → column 27 (0-based), or -1. */
export function columnIndex(reference: string): number {
  let index = 0;
  let letters = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    letters++;
  }
  return letters === 0 ? -1 : index - 1;
}

export type DateStyle = "date" | "time" | "datetime" | null;

const DAY = 86_400_000;

/** An Excel serial day number as ISO text; workbooks of the 1904 system count from 1904-01-01. */
export function serialToIso(
  serial: number,
  style: Exclude<DateStyle, null>,
  date1904: boolean,
): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  // Excel counts 1900-02-29, which never was; serials after it are one day ahead of the calendar.
  const epoch = date1904
    ? Date.UTC(1904, 0, 1)
    : serial < 60
      ? Date.UTC(1899, 11, 31)
      : Date.UTC(1899, 11, 30);
  const iso = new Date(epoch + Math.round((serial * DAY) / 1000) * 1000).toISOString();
  if (style === "time") return iso.slice(11, 19);
  const wholeDay = Math.abs(serial - Math.round(serial)) * DAY < 1000;
  return style === "date" || wholeDay ? iso.slice(0, 10) : iso.slice(0, 19);
}

export interface SheetContext {
  shared: readonly string[];
  /** Per style index (the cell's s attribute), whether its number format shows a date or time. */
  dateStyles: readonly DateStyle[];
  date1904: boolean;
}

function cellValue(attributes: string, inner: string, context: SheetContext): unknown {
  const type = attribute(attributes, "t") ?? "n";
  if (type === "inlineStr") return runText(inner);
  const raw = new RegExp(`${tag("v")}[^>]*>([\\s\\S]*?)${close("v")}`, "u").exec(inner)?.[1];
  if (raw === undefined) return null;
  const text = xmlText(raw);
  switch (type) {
    case "s":
      return context.shared[Number(text)] ?? null;
    case "b":
      return text.trim() === "1" || text.trim().toLowerCase() === "true";
    case "str":
    case "e":
      return text;
    case "d":
      return text.length > 10 && text.endsWith("T00:00:00") ? text.slice(0, 10) : text;
    default: {
      const number = Number(text);
      if (text.trim() === "" || !Number.isFinite(number)) return text;
      const style = context.dateStyles[Number(attribute(attributes, "s") ?? 0)] ?? null;
      return style === null ? number : (serialToIso(number, style, context.date1904) ?? number);
    }
  }
}

/** Rows with their 1-based row numbers, cells placed by their references (gaps are null). */
export function readSheetRows(xml: string, context: SheetContext): GridRow[] {
  const rows: GridRow[] = [];
  let lastRow = 0;
  for (const row of xml.matchAll(element("row"))) {
    const number = Number(attribute(row[1] as string, "r") ?? lastRow + 1);
    lastRow = number;
    const cells: unknown[] = [];
    for (const cell of (row[2] ?? "").matchAll(element("c"))) {
      const attributes = cell[1] as string;
      const reference = attribute(attributes, "r");
      const column = reference === null ? cells.length : columnIndex(reference);
      const value = cellValue(attributes, cell[2] ?? "", context);
      if (column < 0 || column > 16_383) continue;
      while (cells.length < column) cells.push(null);
      cells[column] = value;
    }
    if (cells.some((cell) => cell !== null && cell !== "")) rows.push({ cells, line: number });
  }
  return rows;
}

/** Rows holding at least one value, counted without reading the cells (for the sheet list). */
export function countRows(xml: string): number {
  let count = 0;
  const value = new RegExp(`${tag("v")}|${tag("t")}`, "u");
  for (const row of xml.matchAll(element("row"))) if (value.test(row[2] ?? "")) count++;
  return count;
}

/** Vertical merges ("A5:A9"), whose value sits in the top cell only. */
export function readMerges(
  xml: string,
): { column: number; top: number; bottom: number; reference: string }[] {
  const merges = [];
  for (const match of xml.matchAll(element("mergeCell"))) {
    const reference = attribute(match[1] as string, "ref") ?? "";
    const parts = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(reference);
    if (!parts || parts[1] !== parts[3]) continue;
    const top = Number(parts[2]);
    const bottom = Number(parts[4]);
    if (bottom > top) merges.push({ column: columnIndex(parts[1] as string), top, bottom, reference });
  }
  return merges;
}
