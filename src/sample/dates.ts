import type { IsoDate } from "../domain/types";

// Dates are handled as whole days since 1970-01-01 in UTC, so that no time zone can shift them.

const MILLISECONDS_PER_DAY = 86_400_000;

export function isoDate(day: number): IsoDate {
  return new Date(day * MILLISECONDS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

export function dayOf(year: number, month: number, dayOfMonth: number): number {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MILLISECONDS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of the incident sample, and the date the whole sample describes. */
export const LAST_DAY = dayOf(2022, 12, 31);
export const DATA_DATE = "2022-12-31";
