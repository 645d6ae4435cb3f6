// Incidents in the 12 calendar months before and the 12 after a hamlet adopted the model (the
// month of adoption itself left out, being half and half), beside the same calendar months in
// hamlets that had not adopted by the end of that span. An association, not proof of effect.
import { firstDayOfMonth, lastDayOfMonth, monthOfDay } from "./calendar";
import type { CoverageIndex, IndexedHamlet } from "./coverage-index";
import type { BeforeAfter, BeforeAfterGroup } from "./coverage-types";
import { hamletIncidentsInMonths, type IncidentTable } from "./incident-table";

export const BEFORE_AFTER_MONTHS = 12;

function group(hamlets: number, before: number, after: number, hamletMonths: number): BeforeAfterGroup {
  const beforePerHamletMonth = hamletMonths > 0 ? before / hamletMonths : 0;
  const afterPerHamletMonth = hamletMonths > 0 ? after / hamletMonths : 0;
  return {
    hamlets,
    beforePerHamletMonth,
    afterPerHamletMonth,
    changePercent:
      beforePerHamletMonth > 0
        ? ((afterPerHamletMonth - beforePerHamletMonth) / beforePerHamletMonth) * 100
        : null,
  };
}

/** Months (as month numbers) that lie wholly inside both the window and the incident data. */
function usableMonths(table: IncidentTable, fromDay: number, toDay: number): [number, number] | null {
  if (table.count === 0) return null;
  const fromMonth = monthOfDay(fromDay);
  const toMonth = monthOfDay(toDay);
  const firstWhole = firstDayOfMonth(fromMonth) === fromDay ? fromMonth : fromMonth + 1;
  const lastWhole = lastDayOfMonth(toMonth) === toDay ? toMonth : toMonth - 1;
  const first = Math.max(firstWhole, table.firstMonth);
  const last = Math.min(lastWhole, table.firstMonth + table.months - 1);
  return first <= last ? [first, last] : null;
}

/** Adopters need the whole span, 12 months either side of the adoption month, inside the data. */
function adoptersByMonth(hamlets: readonly IndexedHamlet[], first: number, last: number) {
  const byMonth = new Map<number, number[]>();
  hamlets.forEach((hamlet, index) => {
    if (hamlet.unit < 0 || hamlet.adoptedDay === null) return;
    const month = monthOfDay(hamlet.adoptedDay);
    if (month - BEFORE_AFTER_MONTHS < first || month + BEFORE_AFTER_MONTHS > last) return;
    byMonth.set(month, [...(byMonth.get(month) ?? []), index]);
  });
  return byMonth;
}

/**
 * What every window's comparison starts from, built once per dataset: the hamlets that never
 * adopted (their incidents summed month by month) and those that adopted on a known day, by day.
 */
export interface ComparisonBase {
  neverAdopted: number;
  /** neverPrefix[m]: incidents of never-adopting hamlets in month slots before m. */
  neverPrefix: Int32Array;
  /** Hamlets adopted on a known day, earliest first. */
  adoptedByDay: number[];
}

export function buildComparisonBase(hamlets: readonly IndexedHamlet[], table: IncidentTable): ComparisonBase {
  const width = table.months + 1;
  const neverPrefix = new Int32Array(width);
  let neverAdopted = 0;
  const adoptedByDay: number[] = [];
  hamlets.forEach((hamlet, index) => {
    if (hamlet.unit < 0) return;
    if (!hamlet.adopted) {
      neverAdopted += 1;
      for (let month = 0; month < width; month++) {
        neverPrefix[month] =
          (neverPrefix[month] as number) + (table.hamletPrefix[index * width + month] as number);
      }
    } else if (hamlet.adoptedDay !== null) adoptedByDay.push(index);
  });
  adoptedByDay.sort((a, b) => (hamlets[a]?.adoptedDay ?? 0) - (hamlets[b]?.adoptedDay ?? 0));
  return { neverAdopted, neverPrefix, adoptedByDay };
}

export function computeBeforeAfter(index: CoverageIndex, fromDay: number, toDay: number): BeforeAfter {
  const table = index.incidents;
  const base = index.comparison;
  const months = usableMonths(table, fromDay, toDay);
  const byMonth = months ? adoptersByMonth(index.hamlets, months[0], months[1]) : new Map<number, number[]>();
  const adopters = { hamlets: 0, before: 0, after: 0 };
  const comparison = { hamlets: 0, before: 0, after: 0, hamletMonths: 0 };
  const neverIn = (first: number, last: number) =>
    (base.neverPrefix[last + 1] as number) - (base.neverPrefix[first] as number);
  for (const [month, members] of byMonth) {
    const slot = month - table.firstMonth;
    const [beforeFirst, beforeLast] = [slot - BEFORE_AFTER_MONTHS, slot - 1];
    const [afterFirst, afterLast] = [slot + 1, slot + BEFORE_AFTER_MONTHS];
    for (const member of members) {
      adopters.hamlets += 1;
      adopters.before += hamletIncidentsInMonths(table, member, beforeFirst, beforeLast);
      adopters.after += hamletIncidentsInMonths(table, member, afterFirst, afterLast);
    }
    // The comparison: hamlets that never adopted, and those that adopted only after the span.
    // Each adopter brings its own calendar months, so each comparison hamlet-month is weighted
    // by the number of adopters of that month.
    const spanEnd = lastDayOfMonth(month + BEFORE_AFTER_MONTHS);
    let before = neverIn(beforeFirst, beforeLast);
    let after = neverIn(afterFirst, afterLast);
    let later = 0;
    for (let at = base.adoptedByDay.length - 1; at >= 0; at--) {
      const candidate = base.adoptedByDay[at] as number;
      if ((index.hamlets[candidate]?.adoptedDay ?? 0) <= spanEnd) break;
      later += 1;
      before += hamletIncidentsInMonths(table, candidate, beforeFirst, beforeLast);
      after += hamletIncidentsInMonths(table, candidate, afterFirst, afterLast);
    }
    // Later spans leave fewer late adopters: the earliest month's comparison holds all the others.
    comparison.hamlets = Math.max(comparison.hamlets, base.neverAdopted + later);
    comparison.before += members.length * before;
    comparison.after += members.length * after;
    comparison.hamletMonths += members.length * (base.neverAdopted + later) * BEFORE_AFTER_MONTHS;
  }
  return {
    adopters: group(
      adopters.hamlets,
      adopters.before,
      adopters.after,
      adopters.hamlets * BEFORE_AFTER_MONTHS,
    ),
    comparison: group(comparison.hamlets, comparison.before, comparison.after, comparison.hamletMonths),
  };
}
