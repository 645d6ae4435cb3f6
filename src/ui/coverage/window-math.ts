// Time windows as the slider sees them: a last month and a length. Pure, tested.
import type { IsoDate } from "../../domain/types";

/** One month, twelve, since the start, or another number of whole months (typed or linked). */
export type WindowLength = "month" | "year" | "all" | number;

/** Months since year 0, and back. */
export function monthOf(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function firstDay(month: number): IsoDate {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}-01` as IsoDate;
}

function lastDay(month: number): IsoDate {
  const year = Math.floor(month / 12);
  const monthNumber = (month % 12) + 1;
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(monthNumber).padStart(2, "0")}-${String(days).padStart(2, "0")}` as IsoDate;
}

/** The window that ends with `lastMonth` and spans `length`, never starting before the data. */
export function windowEnding(
  lastMonth: number,
  length: WindowLength,
  dataFrom: IsoDate,
): { from: IsoDate | null; to: IsoDate } {
  const to = lastDay(lastMonth);
  if (length === "all") return { from: null, to };
  const span = typeof length === "number" ? length : length === "month" ? 1 : 12;
  const start = Math.max(lastMonth - span + 1, monthOf(dataFrom));
  return { from: firstDay(start), to };
}

/** Which length a stored window has, for the controls to show it. */
export function lengthOf(
  window: { from: string | null; to: string | null },
  dataFrom: string | null = null,
): WindowLength {
  if (window.from === null) return "all";
  if (window.to === null) return "all";
  // A window of three months (typed, or from a link) keeps its three months as the slider
  // moves: showing it as "12 months" made the next step silently widen it. One cut short by
  // the start of the data is still a 12-month window.
  const months = monthOf(window.to) - monthOf(window.from) + 1;
  if (months <= 1) return "month";
  const cutByData = dataFrom !== null && monthOf(window.from) <= monthOf(dataFrom) && months < 12;
  return months === 12 || cutByData ? "year" : months;
}

/**
 * The windows one slider step before and after `window` (same length, inside the data): their
 * figures are worth computing ahead, since stepping (keys, play) goes there next.
 */
export function neighbourWindows(
  window: { from: IsoDate | null; to: IsoDate | null },
  dataFrom: IsoDate,
  dataTo: IsoDate,
): { from: IsoDate | null; to: IsoDate }[] {
  const first = monthOf(dataFrom);
  const last = monthOf(dataTo);
  const current = window.to ? monthOf(window.to) : last;
  const length = lengthOf(window, dataFrom);
  return [current - 1, current + 1]
    .filter((month) => month >= first && month <= last)
    .map((month) => windowEnding(month, length, dataFrom));
}
