// Coverage for one window and radius, from an index built once per dataset. Coverage is as of the
// window's end; incidents and activities count inside the window.
import type { IsoDate } from "../types";
import { addActivity, addHamlet, addIncidents, emptyArea, finishArea } from "./area-figures";
import { computeBeforeAfter } from "./before-after";
import {
  civilFromDay,
  dayNumber,
  isoDateFromDay,
  isValidIsoDate,
  monthLabel,
  monthOfDay,
  yearsBetween,
} from "./calendar";
import type { CoverageIndex, IndexedHamlet } from "./coverage-index";
import type { Coverage, CoverageOptions, HamletCoverage } from "./coverage-types";
import { type Kilometres, kilometres } from "./distance";
import { CATEGORY_COUNT, countUnitsInMonth, countWindow, firstPositionFrom } from "./incident-table";

/** Reach of a model site when nobody says otherwise, in kilometres. */
export const DEFAULT_RADIUS_KM = 5;

/** The code of the whole-area figures. */
export const TOTAL_CODE = "total";

function checkOptions(options: CoverageOptions) {
  for (const end of [options.from, options.to]) {
    if (end !== null && !isValidIsoDate(end)) throw new RangeError(`not a date (YYYY-MM-DD): ${end}`);
  }
  if (!(Number.isFinite(options.radiusKm) && options.radiusKm >= 0)) {
    throw new RangeError(`the radius must be a number of kilometres ≥ 0, not ${options.radiusKm}`);
  }
}

/** Open ends take the data's first and last dates; with no dated data at all, the other end. */
export function resolveWindow(
  index: CoverageIndex,
  options: CoverageOptions,
): { fromDay: number; toDay: number } {
  checkOptions(options);
  const given = (end: IsoDate | null) => (end === null ? null : dayNumber(end));
  const from = given(options.from);
  const to = given(options.to);
  const fromDay = from ?? (index.dataDays ? Math.min(index.dataDays.first, to ?? Infinity) : (to ?? 0));
  const toDay = to ?? (index.dataDays ? Math.max(index.dataDays.last, fromDay) : fromDay);
  if (fromDay > toDay) {
    throw new RangeError(
      `the window starts (${isoDateFromDay(fromDay)}) after it ends (${isoDateFromDay(toDay)})`,
    );
  }
  return { fromDay, toDay };
}

/** Distance to the nearest model site open on the given day, from the hamlet's staircase. */
function reachOn(hamlet: IndexedHamlet, day: number): Kilometres | null {
  let reach: Kilometres | null = null;
  for (let step = 0; step < hamlet.reachDays.length && (hamlet.reachDays[step] as number) <= day; step++) {
    reach = hamlet.reachDistances[step] as Kilometres;
  }
  return reach;
}

function hamletCoverage(
  index: CoverageIndex,
  hamlet: IndexedHamlet,
  toDay: number,
  radiusKm: number,
  incidents: number,
): HamletCoverage {
  const distanceToModelKm = reachOn(hamlet, toDay);
  return {
    code: hamlet.code,
    name: hamlet.name,
    unitCode: hamlet.unit >= 0 ? (index.units[hamlet.unit]?.code ?? null) : null,
    longitude: hamlet.longitude,
    latitude: hamlet.latitude,
    status: hamlet.status,
    since: hamlet.since,
    // An adoption without a date is taken at its word: the status says it happened.
    covered: hamlet.adopted && (hamlet.adoptedDay === null || hamlet.adoptedDay <= toDay),
    teams: { ...hamlet.teams },
    groups: hamlet.groups,
    households: hamlet.households,
    population: hamlet.population,
    householdsPerGroup: hamlet.groups > 0 ? hamlet.households / hamlet.groups : null,
    distanceToModelKm,
    distanceToPostKm: hamlet.distanceToPostKm,
    withinRadius: distanceToModelKm !== null && distanceToModelKm <= kilometres(radiusKm),
    incidents,
  };
}

function windowMonths(fromDay: number, toDay: number): number[] {
  const months: number[] = [];
  for (let month = monthOfDay(fromDay); month <= monthOfDay(toDay); month++) months.push(month);
  return months;
}

export function computeCoverage(index: CoverageIndex, options: CoverageOptions): Coverage {
  const { fromDay, toDay } = resolveWindow(index, options);
  const years = yearsBetween(fromDay, toDay);
  const table = index.incidents;
  const start = firstPositionFrom(table, fromDay);
  const end = firstPositionFrom(table, toDay + 1);
  const counts = countWindow(table, start, end);

  const months = windowMonths(fromDay, toDay);
  const labels = months.map(monthLabel);
  const units = index.units.map((unit) => emptyArea(unit.code, unit.name, labels));
  const totals = emptyArea(TOTAL_CODE, "Tổng cộng", labels);

  const hamlets = index.hamlets.map((hamlet, position) => {
    const coverage = hamletCoverage(
      index,
      hamlet,
      toDay,
      options.radiusKm,
      counts.hamlet[position] as number,
    );
    addHamlet(totals, coverage);
    const unit = units[hamlet.unit];
    if (unit) addHamlet(unit, coverage);
    return coverage;
  });

  const unitMonthly = months.map((month) => countUnitsInMonth(table, month - table.firstMonth, start, end));
  units.forEach((unit, slot) => {
    const byCategory = counts.unitCategory.subarray(slot * CATEGORY_COUNT, (slot + 1) * CATEGORY_COUNT);
    const byMonth = unitMonthly.map((monthCounts) => monthCounts[slot] as number);
    addIncidents(unit, byCategory, byMonth);
    addIncidents(totals, byCategory, byMonth);
  });

  // A year's record counts when that calendar year overlaps the window.
  const firstYear = civilFromDay(fromDay).year;
  const lastYear = civilFromDay(toDay).year;
  for (const row of index.activities) {
    if (row.year < firstYear || row.year > lastYear) continue;
    addActivity(totals, row);
    const unit = units[row.unit];
    if (unit) addActivity(unit, row);
  }

  return {
    options: { ...options },
    window: { from: isoDateFromDay(fromDay), to: isoDateFromDay(toDay), years },
    hamlets,
    units: units.map((unit) => finishArea(unit, years)),
    totals: finishArea(totals, years),
    outsideIncidents: index.outside
      .filter((incident) => incident.day >= fromDay && incident.day <= toDay)
      .map(({ index: position, id, longitude, latitude }) => ({ index: position, id, longitude, latitude })),
    unjoined: index.unjoined.map((entry) => ({ ...entry })),
    beforeAfter: computeBeforeAfter(index, fromDay, toDay),
  };
}
