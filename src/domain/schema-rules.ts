// Coercion of single property values as real exports write them (Excel, QGIS, older systems):
// numbers as text, Vietnamese number formats, codes that lost their leading zeros, "có"/"không".
// Each coercer says what it did, so the caller can report it; none of them guesses silently.

import { isGeneratedUnitCode } from "./gazetteer/generated-code";
import { foldNameKeepingPrefix, normaliseText } from "./names";
import { numberReadings, readColumnNumber } from "./number-text";
import type { Level } from "./types";

/** What a property should hold; messages.ts turns it into words in both languages. */
export type Expectation =
  | { type: "text" }
  | { type: "unit-code" }
  | { type: "integer"; min: number; max?: number }
  | { type: "number"; min: number }
  | { type: "boolean" }
  | { type: "date" }
  | { type: "enum"; values: readonly string[] }
  | { type: "geometry"; values: readonly string[] }
  | { type: "position" }
  | { type: "ring" }
  | { type: "unique" };

export type IssueCode =
  | "not-a-feature"
  | "missing-property"
  | "missing-property-defaulted"
  | "bad-value"
  | "bad-value-dropped"
  | "code-leading-zeros"
  | "text-from-number"
  | "number-format"
  | "date-format"
  | "category-other"
  | "html-in-text"
  | "duplicate-id"
  | "geometry-missing"
  | "geometry-type"
  | "geometry-not-null"
  | "coordinates-invalid"
  | "coordinates-projected"
  | "ring-degenerate"
  | "ring-unclosed"
  | "ring-duplicate-vertices"
  | "ring-rewound";

/** A problem with one feature, before it is given a file name and wording. */
export interface Issue {
  level: Level;
  code: IssueCode;
  property: string | null;
  expected: Expectation | null;
  found: string | null;
  /** The value used instead of what was found (a default, a restored code), when there is one. */
  used?: string;
}

/** value undefined: the input cannot be read as the expected type. note: what was changed. */
export interface Coercion<T> {
  value: T | undefined;
  note: { code: IssueCode; level: Level } | null;
}

const clean = <T>(value: T): Coercion<T> => ({ value, note: null });
const noted = <T>(value: T, code: IssueCode, level: Level): Coercion<T> => ({ value, note: { code, level } });
const invalid: Coercion<never> = { value: undefined, note: null };

/** Empty strings and nulls mean "not filled in" in spreadsheets; both count as absent. */
export function isAbsent(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
}

/** Text for messages: short, and clearly quoted when it was a string. */
export function describeFound(raw: unknown): string {
  if (raw === undefined) return "(absent)";
  if (typeof raw === "string") return JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}…` : raw);
  if (typeof raw === "number" && !Number.isFinite(raw)) return String(raw);
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const HTML_TAG = /<\/?[a-z!][^>]*>/iu;

/** Text stays text: markup is kept verbatim (the UI never renders it) but pointed out. */
export function coerceText(raw: unknown): Coercion<string> {
  if (typeof raw === "number" && Number.isFinite(raw)) return noted(String(raw), "text-from-number", "info");
  if (typeof raw !== "string") return invalid;
  const text = normaliseText(raw);
  return HTML_TAG.test(text) ? noted(text, "html-in-text", "info") : clean(text);
}

/**
 * What a rule's clean shortcut returns when coercing would say something (or fail): the caller
 * then takes the full path, which reports it. A symbol, so no property value can be mistaken for it.
 */
export const NOT_CLEAN: unique symbol = Symbol("not clean");

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Printable ASCII words with single spaces between them and no "<": text that normaliseText
 * leaves as it is and that cannot hold markup. A loop over the characters, because a regular
 * expression per value is a large part of a 100,000-feature check.
 */
function isPlainWords(text: string): boolean {
  const last = text.length - 1;
  for (let index = 0; index <= last; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) {
      if (index === 0 || index === last || text.charCodeAt(index - 1) === 32) return false;
    } else if (code < 0x21 || code > 0x7e || code === 60) return false;
  }
  return last >= 0;
}

/** coerceText without the Coercion object, for text already in shape (no note, same value). */
export function cleanText(raw: unknown): unknown {
  if (typeof raw !== "string") return NOT_CLEAN;
  if (isPlainWords(raw)) return raw;
  if (raw.length === 0 || raw.includes("<")) return NOT_CLEAN;
  return normaliseText(raw) === raw ? raw : NOT_CLEAN;
}

/** Five digits as text (or a generated "x-…" code) is what coerceUnitCode keeps without a note. */
export function cleanUnitCode(raw: unknown): unknown {
  if (typeof raw === "string" && raw.length > 5 && isGeneratedUnitCode(raw)) return raw;
  if (typeof raw !== "string" || raw.length !== 5) return NOT_CLEAN;
  for (let index = 0; index < 5; index++) if (!isDigit(raw.charCodeAt(index))) return NOT_CLEAN;
  return raw;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

/** A real day written YYYY-MM-DD is the only date coerceDate keeps as given without a note. */
export function cleanDate(raw: unknown): unknown {
  if (typeof raw !== "string" || raw.length !== 10) return NOT_CLEAN;
  if (raw.charCodeAt(4) !== 45 || raw.charCodeAt(7) !== 45) return NOT_CLEAN;
  const year = digitsAt(raw, 0, 4);
  const month = digitsAt(raw, 5, 2);
  const day = digitsAt(raw, 8, 2);
  // Date.UTC reads years below 100 as 19xx, so coerceDate refuses them.
  if (year < 100 || month < 1 || month > 12 || day < 1) return NOT_CLEAN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days ? raw : NOT_CLEAN;
}

/** Statistics-office codes have 5 digits; spreadsheets turn "03730" into 3730. */
export function coerceUnitCode(raw: unknown): Coercion<string> {
  const text = typeof raw === "number" ? (Number.isInteger(raw) ? String(raw) : "") : raw;
  if (typeof text !== "string") return invalid;
  const digits = text.trim();
  // A unit the gazetteer does not know keeps the code the import gave it.
  if (isGeneratedUnitCode(digits)) return clean(digits);
  if (!/^\d{1,5}$/u.test(digits)) return invalid;
  const code = digits.padStart(5, "0");
  if (code !== digits) return noted(code, "code-leading-zeros", "warning");
  return typeof raw === "number" ? noted(code, "text-from-number", "info") : clean(code);
}

const PLAIN_DIGITS = /^-?\d+(\.\d+)?$/u;

/**
 * Text to a number, the way number-text.ts reads it. Where the text reads two ways, a whole-number
 * field takes the thousands ("1.234" → 1234) and any other field the decimal (1.234); every reading
 * but a plain decimal point is noted, so the report shows what was done.
 */
function parseNumberText(raw: string, integer: boolean): Coercion<number> {
  const readings = numberReadings(raw);
  if (readings.point === null && readings.comma === null) {
    // Leading zeros ("007") are no code in a number field.
    const text = raw.trim();
    return PLAIN_DIGITS.test(text) ? clean(Number(text)) : invalid;
  }
  const chosen = readColumnNumber(raw, integer ? "integer" : "coordinate", null);
  if (chosen.value === null) return invalid;
  return chosen.how === "plain" ? clean(chosen.value) : noted(chosen.value, "number-format", "warning");
}

export function coerceNumber(raw: unknown, expectation: { integer: boolean; min: number; max?: number }) {
  const coerced: Coercion<number> =
    typeof raw === "number"
      ? clean(raw)
      : typeof raw === "string"
        ? parseNumberText(raw, expectation.integer)
        : invalid;
  const value = coerced.value;
  if (value === undefined || !Number.isFinite(value)) return invalid;
  if (expectation.integer && !Number.isInteger(value)) return invalid;
  if (value < expectation.min || (expectation.max !== undefined && value > expectation.max)) return invalid;
  return coerced;
}

/** A JSON number within range is kept by coerceNumber as it is; anything else takes the full path. */
export function cleanNumber(raw: unknown, expectation: { integer: boolean; min: number; max?: number }) {
  if (typeof raw !== "number" || !Number.isFinite(raw)) return NOT_CLEAN;
  if (expectation.integer && !Number.isInteger(raw)) return NOT_CLEAN;
  if (raw < expectation.min || (expectation.max !== undefined && raw > expectation.max)) return NOT_CLEAN;
  return raw;
}

const TRUE_WORDS = new Set(["true", "1", "co", "x", "yes", "y", "daco", "c"]);
const FALSE_WORDS = new Set(["false", "0", "khong", "no", "n", "chuaco", "k"]);

export function coerceBoolean(raw: unknown): Coercion<boolean> {
  if (typeof raw === "boolean") return clean(raw);
  if (raw === 1 || raw === 0) return clean(raw === 1);
  if (typeof raw !== "string") return invalid;
  const word = foldNameKeepingPrefix(raw);
  if (TRUE_WORDS.has(word)) return clean(true);
  if (FALSE_WORDS.has(word)) return clean(false);
  return invalid;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return;
  return date.toISOString().slice(0, 10);
}

// Excel stores dates as days since 1899-12-30; only a plausible span (1954–2119) is accepted.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * Remembers the coercions of strings: a file repeats the same dates and enum words thousands of
 * times, and coercing is pure. Bounded, so a file of unique values cannot grow it without end.
 */
function memoised<T>(coerce: (raw: unknown) => Coercion<T>): (raw: unknown) => Coercion<T> {
  const cache = new Map<string, Coercion<T>>();
  return (raw) => {
    if (typeof raw !== "string") return coerce(raw);
    let result = cache.get(raw);
    if (result === undefined) {
      result = coerce(raw);
      if (cache.size < 20_000) cache.set(raw, result);
    }
    return result;
  };
}

export const coerceDate = memoised(coerceDateOnce);

function coerceDateOnce(raw: unknown): Coercion<string> {
  if (typeof raw === "number" && Number.isInteger(raw) && raw > 20_000 && raw < 80_000) {
    return noted(new Date(EXCEL_EPOCH + raw * DAY).toISOString().slice(0, 10), "date-format", "warning");
  }
  if (typeof raw !== "string") return invalid;
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(text);
  if (iso) {
    const value = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value === undefined ? invalid : iso[4] ? noted(value, "date-format", "info") : clean(value);
  }
  // Vietnamese order: day first.
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  if (local) {
    const value = isoDate(Number(local[3]), Number(local[2]), Number(local[1]));
    return value === undefined ? invalid : noted(value, "date-format", "info");
  }
  return invalid;
}

/** Enum values by folded spelling: English values and their Vietnamese names both count. */
export function enumCoercer<T extends string>(synonyms: Record<T, readonly string[]>) {
  const byKey = new Map<string, T>();
  for (const [value, words] of Object.entries(synonyms) as [T, readonly string[]][]) {
    byKey.set(foldNameKeepingPrefix(value), value);
    for (const word of words) byKey.set(foldNameKeepingPrefix(word), value);
  }
  return memoised((raw: unknown): Coercion<T> => {
    if (typeof raw !== "string") return invalid;
    const value = byKey.get(foldNameKeepingPrefix(raw));
    return value === undefined ? invalid : clean(value);
  });
}
