// CSV and TSV from Excel and GIS tools, cut into rows of cells that keep their line numbers; what
// the rows mean (header, coordinates, numbers) is table.ts's. The separator is guessed (Vietnamese
// Excel writes ";"). A quote left open is reported on its own line and swallows no other row.
import type { Message } from "../../../domain/types";
import { sheetMessage } from "../../sheet-messages";
import type { RawLayer } from "./raw-layer";
import { type GridRow, readTable, type TableInfo } from "./table";

const CANDIDATES = [";", "\t", ",", "|"] as const;

interface Separator {
  separator: string;
  /** How many separators most lines hold: a line with as many is a row, not text inside a cell. */
  perLine: number;
}

function countOutsideQuotes(line: string, separator: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) count++;
  }
  return count;
}

/** The most frequent of some counts; a tie goes to the larger count. */
function mostFrequent(counts: readonly number[]): { count: number; lines: number } {
  const tally = new Map<number, number>();
  for (const count of counts) if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best = { count: 0, lines: 0 };
  for (const [count, lines] of tally)
    if (lines > best.lines || (lines === best.lines && count > best.count)) best = { count, lines };
  return best;
}

/**
 * The candidate most lines agree on, by how many lines share its usual count, then by the count.
 * How many separators a row holds is taken from lines without quotes where there are some: a line
 * inside a quoted cell or holding one miscounts.
 */
export function detectSeparator(text: string): Separator {
  const lines = text
    .slice(0, 65_536)
    .split(/\r?\n|\r/u)
    .filter((line) => line.trim() !== "")
    .slice(0, 50);
  let best = { separator: ",", count: 0, lines: 0 };
  for (const separator of CANDIDATES) {
    const found = mostFrequent(lines.map((line) => countOutsideQuotes(line, separator)));
    if (found.lines > best.lines || (found.lines === best.lines && found.count > best.count))
      best = { separator, ...found };
  }
  const clean = lines.filter((line) => !line.includes('"'));
  const perLine =
    clean.length > 0
      ? mostFrequent(clean.map((line) => countOutsideQuotes(line, best.separator))).count
      : best.count;
  return { separator: best.separator, perLine };
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

interface Cursor {
  text: string;
  at: number;
  line: number;
}

/** Reads up to the next separator or line end; quotes inside an unquoted value are text. */
function plainField(cursor: Cursor, separator: string): string {
  const { text } = cursor;
  const start = cursor.at;
  while (cursor.at < text.length) {
    const code = text.charCodeAt(cursor.at);
    if (code === LF || code === CR || text[cursor.at] === separator) break;
    cursor.at++;
  }
  return text.slice(start, cursor.at);
}

/**
 * A quoted value, or null when its quote is left open: it never closes, or it closes only after
 * lines that hold a whole row's separators (the next rows swallowed), or its closing quote is not
 * followed by a separator or a line end.
 */
function quotedField(cursor: Cursor, separator: Separator): { value: string; lines: number } | null {
  const { text } = cursor;
  let value = "";
  let from = cursor.at + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0) return null;
    if (text.charCodeAt(close + 1) === QUOTE) {
      value += text.slice(from, close + 1);
      from = close + 2;
      continue;
    }
    value += text.slice(from, close);
    const after = text[close + 1];
    const lines = value.split(/\r\n|\n|\r/u);
    if (lines.length > 1) {
      const endsWell =
        after === undefined || after === separator.separator || after === "\n" || after === "\r";
      const swallows = lines
        .slice(1)
        .some(
          (line) =>
            separator.perLine > 0 && countOutsideQuotes(line, separator.separator) >= separator.perLine,
        );
      if (!endsWell || swallows) return null;
    }
    cursor.at = close + 1;
    return { value, lines: lines.length - 1 };
  }
}

export interface CsvGrid {
  rows: GridRow[];
  messages: Message[];
}

/** Text to rows of cells, each row with the line (1-based) it starts on. Blank lines are dropped. */
export function parseCsvRows(text: string, file: string): CsvGrid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = detectSeparator(body);
  const cursor: Cursor = { text: body, at: 0, line: 1 };
  const rows: GridRow[] = [];
  const messages: Message[] = [];
  while (cursor.at < body.length) {
    const rowStart = cursor.at;
    const line = cursor.line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (body.charCodeAt(cursor.at) === QUOTE) {
        const quoted = quotedField(cursor, separator);
        if (quoted === null) {
          cell = plainField(cursor, separator.separator);
          const lineEnd = body.indexOf("\n", cursor.at);
          const rowText = body.slice(rowStart, lineEnd < 0 ? body.length : lineEnd).trimEnd();
          messages.push(
            sheetMessage(
              "csv-unclosed-quote",
              { file },
              {
                count: line,
                found: `“${rowText.length > 120 ? `${rowText.slice(0, 117)}…` : rowText}”`,
              },
            ),
          );
        } else {
          cursor.line += quoted.lines;
          // Anything between the closing quote and the separator is kept, as spreadsheets do.
          cell = quoted.value + plainField(cursor, separator.separator);
        }
      } else cell = plainField(cursor, separator.separator);
      cells.push(cell);
      if (body[cursor.at] === separator.separator) {
        cursor.at++;
        continue;
      }
      break;
    }
    if (body.charCodeAt(cursor.at) === CR) cursor.at++;
    if (body.charCodeAt(cursor.at) === LF) cursor.at++;
    cursor.line++;
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ cells, line });
  }
  return { rows, messages };
}

export function readCsv(
  text: string,
  file: string,
  headerRow: number | null = null,
): RawLayer & { table: TableInfo } {
  const grid = parseCsvRows(text, file);
  const table = readTable(grid.rows, file, { headerRow, word: "line" });
  return { ...table, messages: [...grid.messages, ...table.messages] };
}
