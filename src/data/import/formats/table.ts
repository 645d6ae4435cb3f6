// Rows of cells (a CSV or an Excel sheet) to features: the header row found below any title rows,
// column names made unique, a column-numbering row and total rows left out, coordinates read from
// columns named for them (never as thousands) or from a WKT column. Other values stay as written
// (text, or the sheet's numbers): number-columns.ts reads them once the columns' roles are known.
import { maxOf } from "../../../domain/arrays";
import { foldName } from "../../../domain/names";
import {
  addEvidence,
  emptyEvidence,
  type MarkEvidence,
  numberReadings,
  readColumnNumber,
} from "../../../domain/number-text";
import type { Message } from "../../../domain/types";
import { importMessage } from "../../import-messages";
import { ROW_WORDS, type RowWord, sheetMessage } from "../../sheet-messages";
import { findCoordinateColumns } from "./coordinate-columns";
import { type RawLayer, rawLayer } from "./raw-layer";
import { parseWkt } from "./wkt";

export interface GridRow {
  /** Text from a CSV; text, numbers, booleans or null from a sheet. */
  cells: unknown[];
  /** The line (CSV) or row (sheet) number the user sees, from 1. */
  line: number;
}

export interface TableInfo {
  columns: string[];
  /** The line or row the column names were read from. */
  headerRow: number | null;
  /** What the coordinate columns show about the decimal mark, for the other columns to follow. */
  marks: MarkEvidence;
}

/**
 * Sets a column's value as an own property. Property names are data: "__proto__" assigned would
 * set the prototype and lose the column, so it is defined instead. Rows stay plain objects, not
 * null-prototype ones, which V8 keeps in slow dictionary mode (a 100,000-row import pays seconds).
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

const isBlank = (cell: unknown) => cell === null || cell === undefined || String(cell).trim() === "";
const filled = (row: GridRow) => row.cells.filter((cell) => !isBlank(cell)).length;

/** A cell that can be a column name: text, not a number, not a sentence. */
function nameLike(cell: unknown): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  const readings = numberReadings(text);
  return text !== "" && text.length <= 120 && readings.point === null && readings.comma === null;
}

/**
 * The header: among the first 30 rows, the first that fills nearly the table's width (four fifths,
 * and two cells at least) with names; failing that, the first that fills half of it. Titles above
 * it ("DANH SÁCH BẢN, TIỂU KHU NĂM 2026", "Báo cáo; Tháng 1") fill one cell or a few.
 */
export function findHeaderRow(rows: readonly GridRow[]): number {
  const width = maxOf(rows.slice(0, 50).map(filled), 0);
  const limit = Math.min(rows.length, 30);
  for (const share of [0.8, 0.5]) {
    const needed = Math.max(2, Math.ceil(width * share));
    for (let index = 0; index < limit; index++) {
      const cells = (rows[index] as GridRow).cells.filter((cell) => !isBlank(cell));
      if (cells.length < needed) continue;
      if (cells.filter(nameLike).length >= cells.length * 0.75) return index;
    }
  }
  return 0;
}

/** "(1) (2) (3) …" or "1 2 3 …" under the header: column numbers, not data. */
function isNumberingRow(row: GridRow): boolean {
  const cells = row.cells.filter((cell) => !isBlank(cell)).map((cell) => String(cell).trim());
  if (cells.length < 3) return false;
  return cells.every((cell, index) => cell === String(index + 1) || cell === `(${index + 1})`);
}

const TOTAL_WORDS = new Set(["tongcong", "tong", "cong", "tongso", "total"]);

function isTotalRow(row: GridRow): boolean {
  const first = row.cells.find((cell) => !isBlank(cell));
  return typeof first === "string" && TOTAL_WORDS.has(foldName(first));
}

/** Names as written; an empty name with data under it becomes "Cột N"; repeats get " (2)". */
function columnNames(header: GridRow, width: number, used: readonly boolean[]): (string | null)[] {
  const seen = new Set<string>();
  const names: (string | null)[] = [];
  for (let index = 0; index < width; index++) {
    const cell = header.cells[index];
    let name = isBlank(cell) ? (used[index] ? `Cột ${index + 1}` : null) : String(cell);
    if (name !== null && seen.has(name)) {
      let copy = 2;
      while (seen.has(`${name} (${copy})`)) copy++;
      name = `${name} (${copy})`;
    }
    if (name !== null) seen.add(name);
    names.push(name);
  }
  return names;
}

function coordinate(cell: unknown, marks: MarkEvidence, commas: { count: number; example: string }) {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string" || cell.trim() === "") return null;
  addEvidence(marks, cell);
  const read = readColumnNumber(cell, "coordinate", null);
  if (read.how === "decimal-comma") {
    commas.count++;
    commas.example ||= cell.trim();
  }
  return read.value;
}

const quoteShort = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);

export interface TableOptions {
  /** The line or row to read column names from, as the user counts; null finds it. */
  headerRow: number | null;
  word: RowWord;
}

export function readTable(
  allRows: readonly GridRow[],
  file: string,
  options: TableOptions,
): RawLayer & { table: TableInfo } {
  const messages: Message[] = [];
  const rows = allRows.filter((row) => filled(row) > 0);
  const words = { used: ROW_WORDS[options.word] };
  let headerIndex = findHeaderRow(rows);
  if (options.headerRow !== null) {
    const chosen = rows.findIndex((row) => row.line === options.headerRow);
    if (chosen >= 0) headerIndex = chosen;
    else {
      const count = rows[headerIndex]?.line ?? 0;
      messages.push(
        sheetMessage("header-row-missing", { file }, { words, found: String(options.headerRow), count }),
      );
    }
  }
  const header = rows[headerIndex];
  if (header === undefined)
    return { ...rawLayer([], messages), table: { columns: [], headerRow: null, marks: emptyEvidence() } };
  if (headerIndex > 0) {
    const title = rows[0]?.cells.find((cell) => !isBlank(cell));
    messages.push(
      sheetMessage(
        "header-row",
        { file },
        {
          count: header.line,
          found: quoteShort(String(title)),
          words: {
            ...words,
            expected: {
              vi: `${headerIndex} ${ROW_WORDS[options.word].vi}`,
              en: `${headerIndex} ${options.word === "line" ? "line(s)" : "row(s)"}`,
            },
          },
        },
      ),
    );
  }
  let data = rows.slice(headerIndex + 1);
  const numbering = data[0];
  if (numbering && isNumberingRow(numbering)) {
    const found = numbering.cells
      .filter((cell) => !isBlank(cell))
      .slice(0, 3)
      .join(", ");
    messages.push(
      sheetMessage("numbering-row-skipped", { file }, { words, count: numbering.line, found: `${found}, …` }),
    );
    data = data.slice(1);
  }
  data = data.filter((row) => {
    if (!isTotalRow(row)) return true;
    const found = quoteShort(String(row.cells.find((cell) => !isBlank(cell))));
    messages.push(sheetMessage("total-row-skipped", { file }, { words, count: row.line, found }));
    return false;
  });

  let width = header.cells.length;
  for (const row of data) width = Math.max(width, row.cells.length);
  const used = Array.from({ length: width }, (_, index) => data.some((row) => !isBlank(row.cells[index])));
  const names = columnNames(header, width, used);
  const columns = names.filter((name): name is string => name !== null);
  const where = findCoordinateColumns(columns);
  const at = (name: string | null) => (name === null ? -1 : names.indexOf(name));
  const latitudeAt = at(where.latitude);
  const longitudeAt = at(where.longitude);
  const wktAt = at(where.wkt);
  if (latitudeAt < 0 && wktAt < 0 && data.length > 0) {
    const found = columns.map((column) => `“${column}”`).join(", ");
    messages.push(importMessage("csv-no-coordinates", { file }, { found }, "warning"));
  }
  const marks = emptyEvidence();
  const commas = { count: 0, example: "" };
  const headerWidth = header.cells.length;
  let shapeMessages = 0;
  const features = data.map((row, featureIndex) => {
    if (row.cells.length !== headerWidth && shapeMessages++ < 20) {
      const details = {
        words,
        count: row.line,
        found: String(row.cells.length),
        expected: String(headerWidth),
      };
      messages.push(sheetMessage("csv-row-shape", { file, featureIndex }, details));
    }
    const properties: Record<string, unknown> = {};
    for (let index = 0; index < width; index++) {
      const name = names[index];
      if (
        name === null ||
        name === undefined ||
        index === latitudeAt ||
        index === longitudeAt ||
        index === wktAt
      )
        continue;
      const cell = row.cells[index];
      setOwn(properties, name, cell === undefined || cell === null ? "" : cell);
    }
    let geometry: unknown = null;
    if (latitudeAt >= 0 && longitudeAt >= 0) {
      const latitude = coordinate(row.cells[latitudeAt], marks, commas);
      const longitude = coordinate(row.cells[longitudeAt], marks, commas);
      if (latitude !== null && longitude !== null)
        geometry = { type: "Point", coordinates: [longitude, latitude] };
      else if (!isBlank(row.cells[latitudeAt]) || !isBlank(row.cells[longitudeAt])) {
        const found = JSON.stringify(`${row.cells[latitudeAt] ?? ""}; ${row.cells[longitudeAt] ?? ""}`);
        messages.push(
          importMessage("csv-bad-coordinates", { file, featureIndex, property: where.latitude }, { found }),
        );
      }
    }
    const wkt = wktAt >= 0 ? row.cells[wktAt] : undefined;
    if (geometry === null && typeof wkt === "string" && wkt.trim() !== "") {
      geometry = parseWkt(wkt);
      if (geometry === null)
        messages.push(
          importMessage(
            "wkt-invalid",
            { file, featureIndex, property: where.wkt },
            { found: quoteShort(wkt) },
          ),
        );
    }
    return { type: "Feature", geometry, properties };
  });
  if (commas.count > 0) {
    messages.push(
      importMessage(
        "csv-decimal-comma",
        { file },
        { count: commas.count, found: JSON.stringify(commas.example) },
      ),
    );
  }
  return { ...rawLayer(features, messages), table: { columns, headerRow: header.line, marks } };
}
