// Reading a date typed by hand: day/month/year in Vietnamese ("31/12/2022", "1-3-2021",
// "2021-03-01"), and in English the month as a word ("31 Dec 2022", "Dec 31, 2022") or ISO, since
// "03/01/2021" means a different day in London and in Washington. Pure; the field is ui/DateField.
import type { Language } from "./entry";
import { dateFormat } from "./formatters";

export type DateReading =
  | { kind: "empty" }
  | { kind: "date"; iso: string }
  | { kind: "invalid"; reason: "format" | "ambiguous" | "no-such-day" };

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

export function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function checked(year: number, month: number, day: number): DateReading {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    month >= 1 &&
    month <= 12 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return real ? { kind: "date", iso: isoOf(year, month, day) } : { kind: "invalid", reason: "no-such-day" };
}

let monthNames: Map<string, number> | null = null;

/** English month names, long and short ("january", "jan", "sept"), to their numbers. */
function englishMonths(): Map<string, number> {
  if (monthNames) return monthNames;
  monthNames = new Map([["sept", 9]]);
  for (let month = 1; month <= 12; month++) {
    const date = new Date(Date.UTC(2000, month - 1, 1));
    for (const style of ["long", "short"] as const) {
      const name = dateFormat("en", { month: style, timeZone: "UTC" }).format(date).toLowerCase();
      monthNames.set(name.replace(".", ""), month);
    }
  }
  return monthNames;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/;

export function readDate(input: string, language: Language): DateReading {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "") return { kind: "empty" };
  const iso = ISO.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    if (language === "vi") return checked(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    const [day, month] = [Number(numeric[1]), Number(numeric[2])];
    // Only one reading is a real day (13/01/2021): no doubt. Otherwise ask for a clearer form.
    if (day === month) return checked(Number(numeric[3]), month, day);
    if (day > 12 || month > 12)
      return checked(Number(numeric[3]), Math.min(day, month), Math.max(day, month));
    return { kind: "invalid", reason: "ambiguous" };
  }
  if (language === "en") {
    const dayFirst = DAY_MONTH_YEAR.exec(text);
    const monthFirst = MONTH_DAY_YEAR.exec(text);
    const [day, name, year] = dayFirst
      ? [dayFirst[1], dayFirst[2], dayFirst[3]]
      : monthFirst
        ? [monthFirst[2], monthFirst[1], monthFirst[3]]
        : [];
    const month = name === undefined ? undefined : englishMonths().get(name);
    if (month !== undefined) return checked(Number(year), month, Number(day));
  }
  return { kind: "invalid", reason: "format" };
}

/** The date `days` later (or earlier), and the same day `months` later, kept within the month. */
export function shiftDate(iso: string, days: number, months = 0): string {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay) + days);
  return isoOf(target.getUTCFullYear(), target.getUTCMonth() + 1, target.getUTCDate());
}
