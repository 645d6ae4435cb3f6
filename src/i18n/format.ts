// Numbers and dates as a reader of each language expects them: "47.445 người" / "47,445 people",
// "05/03/2021" / "5 Mar 2021", "Th3 2021" / "Mar 2021". Every formatter is made once (formatters.ts).
import type { Language } from "./entry";
import { dateFormat, numberFormat } from "./formatters";
import { countedText, text } from "./translate";

/** How a number is written: `digits` fixed decimals (default 0), or `significant` digits. */
export interface NumberStyle {
  digits?: number;
  significant?: number;
}

const MINUS = "\u2212";

function options(style: NumberStyle): Intl.NumberFormatOptions {
  if (style.significant !== undefined) return { maximumSignificantDigits: style.significant };
  const digits = style.digits ?? 0;
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

// A table formats thousands of cells: the formatter of each language and style is found by a
// short key here, without building options objects and their JSON key on every call.
const byStyle = new Map<string, Intl.NumberFormat>();

function formatterFor(language: Language, style: NumberStyle): Intl.NumberFormat {
  const key = `${language}|${style.digits ?? ""}|${style.significant ?? ""}`;
  let format = byStyle.get(key);
  if (!format) {
    format = numberFormat(language, options(style));
    byStyle.set(key, format);
  }
  return format;
}

export function formatNumber(language: Language, value: number, style: NumberStyle = {}): string {
  const written = formatterFor(language, style).format(value);
  return written.charCodeAt(0) === 45 ? MINUS + written.slice(1) : written;
}

/** "+47.445", "−3", "±0": a change always says its direction, or that there is none. */
export function formatSigned(language: Language, value: number, style: NumberStyle = {}): string {
  const written = numberFormat(language, { ...options(style), signDisplay: "exceptZero" })
    .format(value)
    .replace("-", MINUS);
  return /^[+\u2212]/.test(written) ? written : `±${written}`;
}

/** A share as a percentage of a whole: "27%"; "—" when there is no whole. */
export function formatShare(language: Language, part: number, whole: number, digits = 0): string {
  if (whole === 0) return "—";
  return text(language, "unit.percent", { n: formatNumber(language, (part / whole) * 100, { digits }) });
}

/** A value already in percent (0–100): "27%", or "−3%" / "+3%" with `signed`. */
export function formatPercent(
  language: Language,
  value: number,
  options: { digits?: number; signed?: boolean } = {},
): string {
  const style = { digits: options.digits ?? 0 };
  const n = options.signed ? formatSigned(language, value, style) : formatNumber(language, value, style);
  return text(language, "unit.percent", { n });
}

export type CountUnit =
  | "people"
  | "households"
  | "hamlets"
  | "communes"
  | "incidents"
  | "groups"
  | "teams"
  | "sessions"
  | "attendances"
  | "guns"
  | "commitments"
  | "features"
  | "slides"
  | "files"
  | "errors"
  | "warnings"
  | "km"
  | "km2";

/** A figure with its unit: "47.445 người", "+8 bản", "1 hamlet", "2,5 km". */
export function formatCount(
  language: Language,
  value: number,
  unit: CountUnit,
  style: NumberStyle & { signed?: boolean } = {},
): string {
  const n = style.signed ? formatSigned(language, value, style) : formatNumber(language, value, style);
  return countedText(language, `unit.${unit}`, Math.abs(value), { n });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function utcDate(iso: string): Date | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

const DAY_STYLE: Record<Language, Intl.DateTimeFormatOptions> = {
  vi: { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" },
  en: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
};

/** An ISO date for reading: "05/03/2021" in Vietnamese, "5 Mar 2021" in English. */
export function formatDate(language: Language, iso: string): string {
  const date = utcDate(iso);
  return date ? dateFormat(language, DAY_STYLE[language]).format(date) : iso;
}

/** A moment, in the reader's time zone: "05/03/2021 14:05", "5 Mar 2021, 14:05". */
export function formatDateTime(language: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = dateFormat(language, { ...DAY_STYLE[language], timeZone: undefined }).format(date);
  const time = dateFormat(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return language === "vi" ? `${day} ${time}` : `${day}, ${time}`;
}

/** A month as "YYYY-MM" (or a full ISO date), or as months since year 0 (the slider's numbers). */
export type MonthValue = string | number;

function yearAndMonth(month: MonthValue): { year: number; month: number } | null {
  if (typeof month === "number") return { year: Math.floor(month / 12), month: (month % 12) + 1 };
  const match = /^(\d{4})-(\d{2})/.exec(month);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/** "Th1 2019" / "Jan 2019" for axes; "Tháng 1/2019" / "January 2019" with `long`. */
export function formatMonth(language: Language, value: MonthValue, long = false): string {
  const parts = yearAndMonth(value);
  if (!parts) return String(value);
  const name =
    language === "vi"
      ? String(parts.month)
      : dateFormat(language, { month: long ? "long" : "short", timeZone: "UTC" }).format(
          new Date(Date.UTC(parts.year, parts.month - 1, 1)),
        );
  return text(language, long ? "date.monthLong" : "date.monthShort", {
    month: name,
    year: String(parts.year),
  });
}
