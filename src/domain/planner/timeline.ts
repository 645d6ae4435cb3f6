// Adoption year by year, for an animation: the recorded years from the hamlets' adoption dates,
// then the plan's picks spread over the following years, a fixed number a year in pick order.

import { appendAll, maxOf, minOf } from "../arrays";
import type { HamletCoverage } from "../coverage/coverage-types";

export interface TimelineYear {
  year: number;
  /** Hamlets adopting the model that year. */
  covered: number;
  /** Hamlets covered by the end of that year. */
  cumulative: number;
  /** The hamlets adopting that year, for lighting them up on the map. */
  codes: string[];
  /** False for years taken from the records, true for years of the plan. */
  planned: boolean;
}

export interface TimelineOptions {
  /** Picks adopted per plan year (a team can mentor only so many hamlets a year). */
  perYear: number;
  /** Defaults to the year after the last recorded adoption. */
  firstPlanYear?: number;
}

const yearOf = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)));

/**
 * Covered hamlets without an adoption date are counted in the first year shown (the year before
 * the plan when no adoption has a date): they were covered by then at the latest. Picks that are
 * covered already, or repeated, add nothing.
 */
export function adoptionTimeline(
  hamlets: readonly HamletCoverage[],
  plan: { picks: readonly { code: string; order: number }[] },
  options: TimelineOptions,
): TimelineYear[] {
  if (!(Number.isInteger(options.perYear) && options.perYear >= 1)) {
    throw new RangeError(`perYear must be a whole number ≥ 1, got ${options.perYear}`);
  }
  const covered = hamlets.filter((hamlet) => hamlet.covered);
  const dated = covered.flatMap((hamlet) => {
    const year = yearOf(hamlet.since);
    return year === null || !Number.isFinite(year) ? [] : [{ code: hamlet.code, year }];
  });
  const datedCodes = new Set(dated.map((entry) => entry.code));
  const undated = covered.filter((hamlet) => !datedCodes.has(hamlet.code));
  const recordYears = dated.map((entry) => entry.year);
  const lastRecordYear = recordYears.length > 0 ? maxOf(recordYears, 0) : null;
  const firstPlanYear = options.firstPlanYear ?? (lastRecordYear === null ? null : lastRecordYear + 1);
  if (firstPlanYear === null) {
    throw new RangeError("firstPlanYear is needed when no covered hamlet has an adoption date");
  }

  const coveredCodes = new Set(covered.map((hamlet) => hamlet.code));
  const seen = new Set<string>();
  const newPicks = [...plan.picks]
    .sort((a, b) => a.order - b.order)
    .filter(({ code }) => !coveredCodes.has(code) && !seen.has(code) && seen.add(code));
  const planned = newPicks.map(({ code }, index) => ({
    code,
    year: firstPlanYear + Math.floor(index / options.perYear),
  }));

  const entries = [...dated, ...planned];
  const years = entries.map((entry) => entry.year);
  const hasRecords = covered.length > 0;
  // Undated adoptions need a year of their own before the plan when no adoption has a date.
  const firstYear = hasRecords
    ? Math.min(minOf(recordYears, Number.POSITIVE_INFINITY), firstPlanYear - 1)
    : firstPlanYear;
  const lastYear = Math.max(maxOf(years, Number.NEGATIVE_INFINITY), hasRecords ? firstYear : firstYear - 1);
  const timeline: TimelineYear[] = [];
  let cumulative = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    const codes = entries.filter((entry) => entry.year === year).map((entry) => entry.code);
    if (year === firstYear)
      appendAll(
        codes,
        undated.map((hamlet) => hamlet.code),
      );
    cumulative += codes.length;
    timeline.push({ year, covered: codes.length, cumulative, codes, planned: year >= firstPlanYear });
  }
  return timeline;
}
