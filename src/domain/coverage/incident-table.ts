// Incidents sorted by date, with counts per hamlet and per unit and category laid out as prefix
// sums over months: a window is the difference of two prefixes, corrected at each end by a scan
// of the one month the end falls in. A window change therefore costs O(hamlets + units +
// incidents of two months), not O(incidents).
import { INCIDENT_CATEGORIES } from "../types";

export const CATEGORY_COUNT = INCIDENT_CATEGORIES.length;
export interface IncidentTable {
  /** Number of incidents (all of them, inside and outside units). */
  count: number;
  /** Month number of the first month with data; months are indexed from it. */
  firstMonth: number;
  /** Months from the first to the last incident's month, both included (0 without incidents). */
  months: number;
  /** Per sorted position: day number, unit slot (−1 outside), hamlet index (−1 none), category slot. */
  day: Int32Array;
  unit: Int32Array;
  hamlet: Int32Array;
  category: Uint8Array;
  /** Position in the incidents layer, per sorted position. */
  source: Int32Array;
  /** Sorted position where each month starts (months + 1 entries). */
  monthStart: Int32Array;
  /** hamletPrefix[h × (months + 1) + m]: incidents of hamlet h in months before m. */
  hamletPrefix: Int32Array;
  /** unitPrefix[(u × categories + c) × (months + 1) + m]: likewise per unit and category. */
  unitPrefix: Int32Array;
  unitCount: number;
  hamletCount: number;
}

export interface IncidentRows {
  day: Int32Array;
  unit: Int32Array;
  hamlet: Int32Array;
  category: Uint8Array;
}

/** Counting sort by day: stable, so incidents of one day keep the layer's order. */
function sortByDay(day: Int32Array): Int32Array {
  const order = new Int32Array(day.length);
  if (day.length === 0) return order;
  let first = Infinity;
  let last = -Infinity;
  for (const value of day) {
    first = Math.min(first, value);
    last = Math.max(last, value);
  }
  const start = new Int32Array(last - first + 2);
  for (const value of day) start[value - first + 1] = (start[value - first + 1] as number) + 1;
  for (let slot = 1; slot < start.length; slot++)
    start[slot] = (start[slot] as number) + (start[slot - 1] as number);
  for (let index = 0; index < day.length; index++) {
    const slot = (day[index] as number) - first;
    order[start[slot] as number] = index;
    start[slot] = (start[slot] as number) + 1;
  }
  return order;
}

export function buildIncidentTable(
  rows: IncidentRows,
  monthOf: (day: number) => number,
  unitCount: number,
  hamletCount: number,
): IncidentTable {
  const count = rows.day.length;
  const order = sortByDay(rows.day);
  const table: IncidentTable = {
    count,
    firstMonth: 0,
    months: 0,
    day: new Int32Array(count),
    unit: new Int32Array(count),
    hamlet: new Int32Array(count),
    category: new Uint8Array(count),
    source: order,
    monthStart: new Int32Array(1),
    hamletPrefix: new Int32Array(hamletCount),
    unitPrefix: new Int32Array(unitCount * CATEGORY_COUNT),
    unitCount,
    hamletCount,
  };
  for (let position = 0; position < count; position++) {
    const index = order[position] as number;
    table.day[position] = rows.day[index] as number;
    table.unit[position] = rows.unit[index] as number;
    table.hamlet[position] = rows.hamlet[index] as number;
    table.category[position] = rows.category[index] as number;
  }
  if (count === 0) return table;
  table.firstMonth = monthOf(table.day[0] as number);
  table.months = monthOf(table.day[count - 1] as number) - table.firstMonth + 1;
  const width = table.months + 1;
  const monthIndex = new Int32Array(count);
  table.monthStart = new Int32Array(width);
  // Days are sorted, so the month changes at most `months` times: cache the last answer.
  let lastDay = Number.NaN;
  let lastMonth = 0;
  for (let position = 0; position < count; position++) {
    const day = table.day[position] as number;
    if (day !== lastDay) {
      lastDay = day;
      lastMonth = monthOf(day) - table.firstMonth;
    }
    monthIndex[position] = lastMonth;
    table.monthStart[lastMonth + 1] = (table.monthStart[lastMonth + 1] as number) + 1;
  }
  for (let month = 1; month < width; month++) {
    table.monthStart[month] = (table.monthStart[month] as number) + (table.monthStart[month - 1] as number);
  }
  table.hamletPrefix = new Int32Array(hamletCount * width);
  table.unitPrefix = new Int32Array(unitCount * CATEGORY_COUNT * width);
  for (let position = 0; position < count; position++) {
    const month = (monthIndex[position] as number) + 1;
    const hamlet = table.hamlet[position] as number;
    if (hamlet >= 0)
      table.hamletPrefix[hamlet * width + month] = (table.hamletPrefix[hamlet * width + month] as number) + 1;
    const unit = table.unit[position] as number;
    if (unit >= 0) {
      const at = (unit * CATEGORY_COUNT + (table.category[position] as number)) * width + month;
      table.unitPrefix[at] = (table.unitPrefix[at] as number) + 1;
    }
  }
  accumulate(table.hamletPrefix, width);
  accumulate(table.unitPrefix, width);
  return table;
}

/** Turns per-month counts (in rows of `width`, slot 0 empty) into running totals. */
function accumulate(values: Int32Array, width: number) {
  for (let rowStart = 0; rowStart < values.length; rowStart += width) {
    for (let month = 1; month < width; month++) {
      values[rowStart + month] =
        (values[rowStart + month] as number) + (values[rowStart + month - 1] as number);
    }
  }
}

/** First sorted position whose day is ≥ the given day. */
export function firstPositionFrom(table: IncidentTable, day: number): number {
  let low = 0;
  let high = table.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((table.day[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The month slot whose start is at or before a sorted position (a position cut into that month). */
function monthSlotAt(table: IncidentTable, position: number): number {
  if (position >= table.count) return table.months;
  let low = 0;
  let high = table.months;
  // The last month slot whose start is ≤ position.
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((table.monthStart[middle] as number) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface WindowCounts {
  /** Incidents per hamlet. */
  hamlet: Int32Array;
  /** Incidents per unit and category: unit × categories + category. */
  unitCategory: Int32Array;
}

/** Counts of the incidents at sorted positions [start, end). */
export function countWindow(table: IncidentTable, start: number, end: number): WindowCounts {
  const width = table.months + 1;
  const counts: WindowCounts = {
    hamlet: new Int32Array(table.hamletCount),
    unitCategory: new Int32Array(table.unitCount * CATEGORY_COUNT),
  };
  if (table.count === 0 || end <= start) return counts;
  const endMonth = monthSlotAt(table, end);
  const startMonth = monthSlotAt(table, start);
  for (let hamlet = 0; hamlet < table.hamletCount; hamlet++) {
    counts.hamlet[hamlet] =
      (table.hamletPrefix[hamlet * width + endMonth] as number) -
      (table.hamletPrefix[hamlet * width + startMonth] as number);
  }
  for (let slot = 0; slot < table.unitCount * CATEGORY_COUNT; slot++) {
    counts.unitCategory[slot] =
      (table.unitPrefix[slot * width + endMonth] as number) -
      (table.unitPrefix[slot * width + startMonth] as number);
  }
  adjust(table, counts, table.monthStart[endMonth] as number, end, 1);
  adjust(table, counts, table.monthStart[startMonth] as number, start, -1);
  return counts;
}

function adjust(table: IncidentTable, counts: WindowCounts, from: number, to: number, sign: 1 | -1) {
  for (let position = from; position < to; position++) {
    const hamlet = table.hamlet[position] as number;
    if (hamlet >= 0) counts.hamlet[hamlet] = (counts.hamlet[hamlet] as number) + sign;
    const unit = table.unit[position] as number;
    if (unit >= 0) {
      const slot = unit * CATEGORY_COUNT + (table.category[position] as number);
      counts.unitCategory[slot] = (counts.unitCategory[slot] as number) + sign;
    }
  }
}

/** Incidents per unit at sorted positions [start, end) that lie in one month slot. */
export function countUnitsInMonth(
  table: IncidentTable,
  month: number,
  start: number,
  end: number,
): Int32Array {
  const counts = new Int32Array(table.unitCount);
  if (month < 0 || month >= table.months) return counts;
  const monthFirst = table.monthStart[month] as number;
  const monthEnd = table.monthStart[month + 1] as number;
  const width = table.months + 1;
  if (start <= monthFirst && end >= monthEnd) {
    for (let unit = 0; unit < table.unitCount; unit++) {
      let sum = 0;
      for (let category = 0; category < CATEGORY_COUNT; category++) {
        const row = (unit * CATEGORY_COUNT + category) * width;
        sum += (table.unitPrefix[row + month + 1] as number) - (table.unitPrefix[row + month] as number);
      }
      counts[unit] = sum;
    }
    return counts;
  }
  for (let position = Math.max(start, monthFirst); position < Math.min(end, monthEnd); position++) {
    const unit = table.unit[position] as number;
    if (unit >= 0) counts[unit] = (counts[unit] as number) + 1;
  }
  return counts;
}

/** Incidents of one hamlet in whole month slots [firstMonth, lastMonth], both included. */
export function hamletIncidentsInMonths(
  table: IncidentTable,
  hamlet: number,
  firstMonth: number,
  lastMonth: number,
) {
  const width = table.months + 1;
  return (
    (table.hamletPrefix[hamlet * width + lastMonth + 1] as number) -
    (table.hamletPrefix[hamlet * width + firstMonth] as number)
  );
}
