// Excel workbooks (.xlsx): the zip opened with jszip, the workbook's sheet list and relationships
// read, then one sheet's rows handed to table.ts like a CSV's. No spreadsheet library: the parts a
// table needs are few and plainly written (README, "Spreadsheets"). The old binary .xls is refused
// with what to do about it.
import JSZip from "jszip";
import type { Message } from "../../../domain/types";
import { sheetMessage } from "../../sheet-messages";
import { isCompoundFile } from "../detect";
import type { ImportSheet } from "../import-types";
import { zipEntries } from "../zip-entries";
import { errorText, type RawLayer, unreadableLayer } from "./raw-layer";
import { type GridRow, readTable, type TableInfo } from "./table";
import {
  countRows,
  type DateStyle,
  readMerges,
  readSharedStrings,
  readSheetRows,
  type SheetContext,
  xmlText,
} from "./xlsx-sheet";

export interface XlsxRead {
  layer: RawLayer & { table: TableInfo | null };
  sheets: ImportSheet[];
  /** The sheet read, or null when none could be. */
  sheet: string | null;
}

/** A part larger than this when inflated is refused (the zip's own directory says how large). */
const MAX_PART_BYTES = 200 * 1024 * 1024;

const ATTRIBUTES = /([\w:.-]+)="([^"]*)"/gu;
function attributesOf(text: string): Record<string, string> {
  const result: Record<string, string> = Object.create(null);
  for (const match of text.matchAll(ATTRIBUTES)) result[match[1] as string] = xmlText(match[2] as string);
  return result;
}
const elements = (xml: string, name: string) =>
  Array.from(xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>`, "gu")), (match) =>
    attributesOf(match[1] as string),
  );

/** "xl/worksheets/../x.xml" and "/xl/x.xml" to a path inside the zip. */
function resolvePath(base: string, target: string): string {
  const parts = target.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const part of target.replace(/^\//u, "").split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

interface Relationship {
  type: string;
  target: string;
}
async function relationships(zip: JSZip, part: string): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf("/");
  const path = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = (await zip.file(path)?.async("string")) ?? "";
  const result = new Map<string, Relationship>();
  for (const rel of elements(xml, "Relationship")) {
    if (rel.Id && rel.Target)
      result.set(rel.Id, {
        type: rel.Type ?? "",
        target: rel.TargetMode === "External" ? "" : resolvePath(part, rel.Target),
      });
  }
  return result;
}

const BUILTIN_DATES: Record<number, DateStyle> = { 22: "datetime", 45: "time", 46: "time", 47: "time" };
for (const id of [14, 15, 16, 17, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58])
  BUILTIN_DATES[id] = "date";
for (const id of [18, 19, 20, 21, 32, 33, 55, 56]) BUILTIN_DATES[id] = "time";

/** Whether a number format shows a date: d or y outside quotes and brackets; h or s a time. */
export function formatDateStyle(code: string): DateStyle {
  const plain = (code.split(";")[0] ?? "")
    .replace(/"[^"]*"/gu, "")
    .replace(/\\./gu, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/giu, "");
  const date = /[dy]/iu.test(plain);
  const time = /[hs]/iu.test(plain);
  return date && time ? "datetime" : date ? "date" : time ? "time" : null;
}

function dateStyles(xml: string): DateStyle[] {
  const formats = new Map<number, string>();
  for (const format of elements(xml, "numFmt")) formats.set(Number(format.numFmtId), format.formatCode ?? "");
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/u.exec(xml)?.[1] ?? "";
  return elements(cellXfs, "xf").map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    const custom = formats.get(id);
    return custom === undefined ? (BUILTIN_DATES[id] ?? null) : formatDateStyle(custom);
  });
}

function refused(message: Message): XlsxRead {
  return { layer: { ...unreadableLayer(message), table: null }, sheets: [], sheet: null };
}

/** A sheet by its name (exactly, then ignoring case and spaces), or by its number from 1. */
function chooseSheet(sheets: readonly ImportSheet[], wanted: string | null): number {
  if (wanted === null) {
    const visible = sheets.findIndex((sheet) => !sheet.hidden && sheet.rows > 0);
    return visible >= 0
      ? visible
      : Math.max(
          0,
          sheets.findIndex((sheet) => sheet.rows > 0),
        );
  }
  const exact = sheets.findIndex((sheet) => sheet.name === wanted);
  if (exact >= 0) return exact;
  const loose = (name: string) => name.trim().toLowerCase().normalize("NFC");
  const close = sheets.findIndex((sheet) => loose(sheet.name) === loose(wanted));
  if (close >= 0) return close;
  const number = /^\d+$/u.test(wanted.trim()) ? Number(wanted) - 1 : -1;
  return number >= 0 && number < sheets.length ? number : -1;
}

/** Vertically merged cells hold their value in the top cell only; every row of the range gets it. */
function fillMerges(rows: GridRow[], xml: string): { filled: number; example: string } {
  const byLine = new Map(rows.map((row) => [row.line, row]));
  let filled = 0;
  let example = "";
  for (const merge of readMerges(xml)) {
    const value = byLine.get(merge.top)?.cells[merge.column];
    if (value === null || value === undefined || value === "") continue;
    for (let line = merge.top + 1; line <= merge.bottom; line++) {
      const row = byLine.get(line);
      if (!row) continue;
      while (row.cells.length <= merge.column) row.cells.push(null);
      row.cells[merge.column] = value;
      filled++;
      example ||= `${merge.reference}: ${JSON.stringify(value)}`;
    }
  }
  return { filled, example };
}

export interface XlsxOptions {
  sheet: string | null;
  headerRow: number | null;
}

/** A damaged part (a bad checksum, a cut-off entry) is said like a workbook that cannot be opened. */
export async function readXlsx(bytes: Uint8Array, file: string, options: XlsxOptions): Promise<XlsxRead> {
  try {
    return await readWorkbook(bytes, file, options);
  } catch (error) {
    return refused(sheetMessage("xlsx-invalid", { file }, { found: errorText(error) }));
  }
}

async function readWorkbook(bytes: Uint8Array, file: string, options: XlsxOptions): Promise<XlsxRead> {
  if (isCompoundFile(bytes)) return refused(sheetMessage("xls-unsupported", { file }));
  const entries = zipEntries(bytes) ?? [];
  const tooLarge = entries.find((entry) => entry.uncompressedSize > MAX_PART_BYTES);
  if (tooLarge) {
    const found = `${tooLarge.name}: ${Math.round(tooLarge.uncompressedSize / 1048576)} MB`;
    return refused(sheetMessage("xlsx-invalid", { file }, { found }));
  }
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string | undefined) =>
    path ? ((await zip.file(path)?.async("string")) ?? null) : null;
  const root = await relationships(zip, "");
  const workbookPath =
    [...root.values()].find((rel) => rel.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbook = await text(workbookPath);
  if (workbook === null)
    return refused(sheetMessage("xlsx-invalid", { file }, { found: `no ${workbookPath}` }));
  const rels = await relationships(zip, workbookPath);
  const byType = (suffix: string) => [...rels.values()].find((rel) => rel.type.endsWith(suffix))?.target;
  const date1904 = /date1904="(1|true)"/u.test(workbook);
  const sheetParts = elements(workbook, "sheet").map((sheet) => {
    const id = Object.entries(sheet).find(([name]) => name.endsWith(":id"))?.[1] ?? "";
    return {
      name: sheet.name ?? "",
      hidden: (sheet.state ?? "visible") !== "visible",
      path: rels.get(id)?.target,
    };
  });
  const sheets: ImportSheet[] = [];
  for (const part of sheetParts) {
    const xml = await text(part.path);
    sheets.push({ name: part.name, hidden: part.hidden, rows: xml === null ? 0 : countRows(xml) });
  }
  if (sheets.length === 0) return refused(sheetMessage("xlsx-invalid", { file }, { found: "no sheets" }));
  const chosen = chooseSheet(sheets, options.sheet);
  const list = (shown: readonly ImportSheet[]) => ({
    vi: shown.map((sheet) => `“${sheet.name}” (${sheet.rows} dòng)`).join(", "),
    en: shown.map((sheet) => `“${sheet.name}” (${sheet.rows} rows)`).join(", "),
  });
  if (chosen < 0) {
    const found = JSON.stringify(options.sheet);
    const message = sheetMessage("sheet-missing", { file }, { found, words: { expected: list(sheets) } });
    return { ...refused(message), sheets };
  }
  const sheet = sheets[chosen] as ImportSheet;
  const xml = (await text(sheetParts[chosen]?.path)) ?? "";
  const context: SheetContext = {
    shared: readSharedStrings((await text(byType("/sharedStrings"))) ?? ""),
    dateStyles: dateStyles((await text(byType("/styles"))) ?? ""),
    date1904,
  };
  const rows = readSheetRows(xml, context);
  if (rows.length === 0)
    return { ...refused(sheetMessage("sheet-empty", { file }, { used: sheet.name })), sheets };
  const merges = fillMerges(rows, xml);
  const table = readTable(rows, file, { headerRow: options.headerRow, word: "row" });
  const messages: Message[] = [];
  if (sheets.length > 1) {
    const found = list(sheets.filter((other) => other !== sheet));
    messages.push(
      sheetMessage("sheet-read", { file }, { used: sheet.name, count: sheet.rows, words: { found } }),
    );
  }
  if (merges.filled > 0)
    messages.push(
      sheetMessage("merged-cells-filled", { file }, { count: merges.filled, found: merges.example }),
    );
  return { layer: { ...table, messages: [...messages, ...table.messages] }, sheets, sheet: sheet.name };
}
