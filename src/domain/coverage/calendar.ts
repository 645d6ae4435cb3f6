// Calendar arithmetic on whole days since 1970-01-01 (proleptic Gregorian, no time zone), so a
// date never shifts with the machine's clock settings, and on month numbers (year × 12 + month).
import type { IsoDate } from "../types";

/** Days from 1970-01-01 to the given date (Howard Hinnant's days_from_civil). */
export function dayFromParts(year: number, month: number, dayOfMonth: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Parses "YYYY-MM-DD" by character codes: a Date per incident costs too much at 100 000
 * incidents (and so would a closure per call, which the tsx loader wraps to keep its name).
 */
export function dayNumber(date: IsoDate | string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const dayOfMonth = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return dayFromParts(year, month, dayOfMonth);
}

export function isValidIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const day = dayNumber(text);
  return isoDateFromDay(day) === text;
}

/** The inverse of dayNumber (civil_from_days). */
export function civilFromDay(day: number): { year: number; month: number; dayOfMonth: number } {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPart = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthPart + 2) / 5) + 1;
  const month = monthPart < 10 ? monthPart + 3 : monthPart - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, dayOfMonth };
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

export function isoDateFromDay(day: number): IsoDate {
  const { year, month, dayOfMonth } = civilFromDay(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}` as IsoDate;
}

/** Month number: year × 12 + (month − 1), so consecutive months differ by one. */
export function monthOfDay(day: number): number {
  const { year, month } = civilFromDay(day);
  return year * 12 + month - 1;
}

export function firstDayOfMonth(monthNumber: number): number {
  return dayFromParts(Math.floor(monthNumber / 12), (monthNumber % 12) + 1, 1);
}

export function lastDayOfMonth(monthNumber: number): number {
  return firstDayOfMonth(monthNumber + 1) - 1;
}

/** "YYYY-MM". */
export function monthLabel(monthNumber: number): string {
  return `${pad(Math.floor(monthNumber / 12), 4)}-${pad((monthNumber % 12) + 1, 2)}`;
}

/**
 * Length of an inclusive window in years, each calendar year weighted by its own length: a
 * calendar year is exactly 1 and 2019–2022 exactly 4, so a yearly rate reads as leaders expect.
 */
export function yearsBetween(fromDay: number, toDay: number): number {
  const firstYear = civilFromDay(fromDay).year;
  const lastYear = civilFromDay(toDay).year;
  let years = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    const start = dayFromParts(year, 1, 1);
    const end = dayFromParts(year + 1, 1, 1) - 1;
    const overlap = Math.min(end, toDay) - Math.max(start, fromDay) + 1;
    if (overlap > 0) years += overlap / (end - start + 1);
  }
  return years;
}
