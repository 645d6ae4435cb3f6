// The interface's words and numbers in one place. Components use `useText()` (ui/use-text.ts);
// code outside React (exported slides, reports) uses `textsFor(language)`. Both give a `Texts`:
//
//   const tx = textsFor("vi");
//   tx.t("planner.pickTitle", { n: 5 })          → "Chọn 5 bản để nhân rộng"
//   tx.count(47445, "people", { signed: true })  → "+47.445 người"
//   tx.share(86, 391)                            → "22%"
//   tx.date("2021-03-05")                        → "05/03/2021"   (en: "5 Mar 2021")
//   tx.month("2019-01")                          → "Th1 2019"     (en: "Jan 2019")
//
// To add a string: add a key to the area's file in texts/ with both languages; `{name}` fill-ins
// are then required by the type checker wherever the key is used.
import type { FillValue, Language } from "./entry";
import {
  type CountUnit,
  formatCount,
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  formatPercent,
  formatShare,
  formatSigned,
  type MonthValue,
  type NumberStyle,
} from "./format";
import { isTextKey, looseText, type TextArgs, type TextKey } from "./translate";

export type { Language } from "./entry";
export type { CountUnit, NumberStyle } from "./format";
export type { TextKey } from "./translate";
export { isTextKey };

export interface Texts {
  language: Language;
  t<Key extends TextKey>(key: Key, ...args: TextArgs<Key>): string;
  /** A key made at run time (a property name, a repair): its text, or null when it has none. */
  maybe(key: string, values?: Record<string, FillValue>): string | null;
  number(value: number, style?: NumberStyle): string;
  signed(value: number, style?: NumberStyle): string;
  /** part of whole as a percentage ("27%"); "—" when whole is 0. */
  share(part: number, whole: number, digits?: number): string;
  /** A value already in percent: "27%", "−3%" (signed). */
  percent(value: number, options?: { digits?: number; signed?: boolean }): string;
  count(value: number, unit: CountUnit, style?: NumberStyle & { signed?: boolean }): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  month(value: MonthValue, long?: boolean): string;
}

function makeTexts(language: Language): Texts {
  return {
    language,
    t: (key, ...args) => looseText(language, key, args[0] ?? {}),
    maybe: (key, values = {}) => (isTextKey(key) ? looseText(language, key, values) : null),
    number: (value, style) => formatNumber(language, value, style),
    signed: (value, style) => formatSigned(language, value, style),
    share: (part, whole, digits) => formatShare(language, part, whole, digits),
    percent: (value, options) => formatPercent(language, value, options),
    count: (value, unit, style) => formatCount(language, value, unit, style),
    date: (iso) => formatDate(language, iso),
    dateTime: (iso) => formatDateTime(language, iso),
    month: (value, long) => formatMonth(language, value, long),
  };
}

const cache: Partial<Record<Language, Texts>> = {};

export function textsFor(language: Language): Texts {
  cache[language] ??= makeTexts(language);
  return cache[language];
}
