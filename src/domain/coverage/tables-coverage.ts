// The coverage figures when the data is drawn from a tile archive: not the features, only the
// summary tables `geodata tiles` writes beside it (per commune, per month, per year). They hold
// the hamlets, teams and groups as they stand at the data's date (no history), and incidents by
// whole month: so the hamlet figures never follow the window, incidents follow it month by
// month, and whatever needs the features (reach, before/after) is unknown, never a zero.
import { maxOf, minOf } from "../arrays";
import { INCIDENT_CATEGORIES, type IncidentCategory, type IsoDate } from "../types";
import {
  dayFromParts,
  dayNumber,
  firstDayOfMonth,
  isoDateFromDay,
  isValidIsoDate,
  monthLabel,
  monthOfDay,
  yearsBetween,
} from "./calendar";
import type { TeamCounts } from "./coverage-types";

/** One commune's row of the tables (src/data/tiles/aggregates.ts writes these). */
export interface TableCommune {
  code: string;
  name: string;
  hamlets: number;
  coveredHamlets: number;
  modelPoints: number;
  securityTeams: number;
  mediationTeams: number;
  fireTeams: number;
  groups: number;
  population: number;
  households: number;
  /** Every incident of the data joined to this commune, whatever its date. */
  incidents: number;
}

/** The figures of hamlets joined to no commune: in the whole area's totals, in no row. */
export type TableHamletFigures = Omit<TableCommune, "code" | "name" | "hamlets" | "incidents">;

export interface TableMonth {
  /** "YYYY-MM". */
  month: string;
  /** Every incident of the month, in a commune or not. */
  incidents: number;
  /** Incidents of the month joined to a commune, per category in the tables' `categories` order. */
  inCommunesByCategory?: readonly number[];
}

/** Activity records of one year over the whole area, joined to a commune or not. */
export interface YearActivities {
  year: number;
  outreachSessions: number;
  outreachAttendances: number;
  commitments: number;
  gunsRecovered: number;
  reintegrationSupported: number;
}

export interface CoverageTables {
  dataDate: string | null;
  categories: readonly string[];
  communes: readonly TableCommune[];
  unjoined: { hamlets: number; incidents: number; hamletFigures?: TableHamletFigures };
  byMonth: readonly TableMonth[];
  /** Absent in tables written before they were kept; empty when the data has no activity records. */
  activities?: readonly YearActivities[];
}

/** A figure the tables hold, or why they cannot give it. */
export type Known<Value, Reason extends string> =
  | { known: true; value: Value }
  | { known: false; reason: Reason };

/** One commune's (or the whole area's) figures as the tables give them: today's state. */
export interface TableArea {
  code: string;
  name: string;
  hamlets: number;
  coveredHamlets: number;
  modelPoints: number;
  teams: TeamCounts;
  groups: number;
  /** null without households. */
  groupsPer100Households: number | null;
  population: number;
  households: number;
  /** Every incident of the data in the area, whatever its date (the tables keep no commune's months). */
  incidentsAllDates: number;
}

export interface WindowIncidents {
  /** Incidents in a commune, in the months the window touches, of the categories counted. */
  count: number;
  /** Incidents of those months in no commune (every category): counted apart, as the map view does. */
  outside: number;
  /** Per 1,000 people a year over those months; null without population. */
  rate: number | null;
  /** Categories counted (all of them unless some were left out). */
  categories: number;
}

export type ActivityFigures = Omit<YearActivities, "year">;

export interface TablesCoverage {
  /** The date the tables' hamlet figures stand at (the data's date); null when the data gives none. */
  asOf: string | null;
  /** First and last days of the dated data (incident months, else activity years); null without any. */
  dataFrom: IsoDate | null;
  dataTo: IsoDate | null;
  /**
   * The window as counted: the whole months it touches ("YYYY-MM"), and whether its ends fall on
   * a month's first and last days (if not, the incidents of the whole months are counted).
   */
  months: { first: string; last: string; whole: boolean } | null;
  units: TableArea[];
  /** Every commune, and the hamlets joined to none. */
  totals: TableArea;
  /** Hamlets joined to no commune (in the totals' hamlets). */
  unjoinedHamlets: number;
  incidents: Known<WindowIncidents, "old-tables" | "no-months">;
  activities: Known<ActivityFigures, "not-in-tables" | "no-records">;
}

export interface TablesOptions {
  /** Inclusive; null for the data's first or last day. */
  from: IsoDate | null;
  to: IsoDate | null;
  /** The categories counted; every category when all are given. */
  categories: readonly IncidentCategory[];
}

const monthNumber = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
const lastDayOfMonth = (month: number) => firstDayOfMonth(month + 1) - 1;

function area(code: string, name: string, row: TableHamletFigures, hamlets: number, incidents: number) {
  return {
    code,
    name,
    hamlets,
    coveredHamlets: row.coveredHamlets,
    modelPoints: row.modelPoints,
    teams: { security: row.securityTeams, mediation: row.mediationTeams, fire: row.fireTeams },
    groups: row.groups,
    groupsPer100Households: row.households > 0 ? (row.groups / row.households) * 100 : null,
    population: row.population,
    households: row.households,
    incidentsAllDates: incidents,
  };
}

const HAMLET_FIELDS = [
  "coveredHamlets",
  "modelPoints",
  "securityTeams",
  "mediationTeams",
  "fireTeams",
  "groups",
  "population",
  "households",
] as const satisfies readonly (keyof TableHamletFigures)[];

function totalsOf(tables: CoverageTables): TableArea {
  const sum = Object.fromEntries(
    HAMLET_FIELDS.map((field) => [field, tables.unjoined.hamletFigures?.[field] ?? 0]),
  ) as TableHamletFigures;
  let hamlets = tables.unjoined.hamlets;
  let incidents = 0;
  for (const commune of tables.communes) {
    for (const field of HAMLET_FIELDS) sum[field] += commune[field];
    hamlets += commune.hamlets;
    incidents += commune.incidents;
  }
  return area("total", "Tổng cộng", sum, hamlets, incidents);
}

/** The dated data's first and last days: incident months first, else activity years. */
function dataDays(tables: CoverageTables): { from: number; to: number } | null {
  const months = tables.byMonth.map((row) => monthNumber(row.month));
  if (months.length > 0)
    return { from: firstDayOfMonth(minOf(months, 0)), to: lastDayOfMonth(maxOf(months, 0)) };
  const years = (tables.activities ?? []).map((row) => row.year);
  if (years.length > 0)
    return { from: dayFromParts(minOf(years, 0), 1, 1), to: dayFromParts(maxOf(years, 0), 12, 31) };
  return null;
}

function checkDate(end: IsoDate | null) {
  if (end !== null && !isValidIsoDate(end)) throw new RangeError(`not a date (YYYY-MM-DD): ${end}`);
}

function windowIncidents(
  tables: CoverageTables,
  firstMonth: number,
  lastMonth: number,
  categories: readonly IncidentCategory[],
  population: number,
): TablesCoverage["incidents"] {
  const rows = tables.byMonth.filter((row) => {
    const month = monthNumber(row.month);
    return month >= firstMonth && month <= lastMonth;
  });
  const slots = categories.map((category) => tables.categories.indexOf(category)).filter((slot) => slot >= 0);
  let count = 0;
  let outside = 0;
  const split = rows.every((row) => row.inCommunesByCategory !== undefined);
  if (split) {
    for (const row of rows) {
      const byCategory = row.inCommunesByCategory ?? [];
      for (const slot of slots) count += byCategory[slot] ?? 0;
      outside += row.incidents - byCategory.reduce((sum, value) => sum + value, 0);
    }
  } else {
    // Tables written before the split by category: their monthly totals are the answer only when
    // every category is counted and no incident lay outside every commune.
    const everyCategory = INCIDENT_CATEGORIES.every((category) => categories.includes(category));
    if (!everyCategory || tables.unjoined.incidents > 0) return { known: false, reason: "old-tables" };
    for (const row of rows) count += row.incidents;
  }
  const years = yearsBetween(firstDayOfMonth(firstMonth), lastDayOfMonth(lastMonth));
  return {
    known: true,
    value: {
      count,
      outside,
      rate: population > 0 && years > 0 ? ((count / population) * 1000) / years : null,
      categories: slots.length,
    },
  };
}

function windowActivities(
  tables: CoverageTables,
  firstYear: number,
  lastYear: number,
): TablesCoverage["activities"] {
  if (tables.activities === undefined) return { known: false, reason: "not-in-tables" };
  if (tables.activities.length === 0) return { known: false, reason: "no-records" };
  const value: ActivityFigures = {
    outreachSessions: 0,
    outreachAttendances: 0,
    commitments: 0,
    gunsRecovered: 0,
    reintegrationSupported: 0,
  };
  // A year's record counts when that calendar year overlaps the window, as in the map view.
  for (const row of tables.activities) {
    if (row.year < firstYear || row.year > lastYear) continue;
    value.outreachSessions += row.outreachSessions;
    value.outreachAttendances += row.outreachAttendances;
    value.commitments += row.commitments;
    value.gunsRecovered += row.gunsRecovered;
    value.reintegrationSupported += row.reintegrationSupported;
  }
  return { known: true, value };
}

/** Throws a RangeError for a date that is not one, or a window that ends before it starts. */
export function coverageFromTables(tables: CoverageTables, options: TablesOptions): TablesCoverage {
  checkDate(options.from);
  checkDate(options.to);
  const days = dataDays(tables);
  const units = tables.communes.map((commune) =>
    area(commune.code, commune.name, commune, commune.hamlets, commune.incidents),
  );
  const totals = totalsOf(tables);
  const fromDay = options.from === null ? (days?.from ?? null) : dayNumber(options.from);
  const toDay = options.to === null ? (days?.to ?? null) : dayNumber(options.to);
  if (fromDay !== null && toDay !== null && fromDay > toDay)
    throw new RangeError(
      `the window starts (${isoDateFromDay(fromDay)}) after it ends (${isoDateFromDay(toDay)})`,
    );
  const base = {
    asOf: tables.dataDate,
    dataFrom: days ? isoDateFromDay(days.from) : null,
    dataTo: days ? isoDateFromDay(days.to) : null,
    units,
    totals,
    unjoinedHamlets: tables.unjoined.hamlets,
  };
  if (fromDay === null || toDay === null)
    return {
      ...base,
      months: null,
      incidents: { known: false, reason: "no-months" },
      // No dated data: activities are then absent too, and the window holds no year.
      activities: windowActivities(tables, 1, 0),
    };
  const firstMonth = monthOfDay(fromDay);
  const lastMonth = monthOfDay(toDay);
  return {
    ...base,
    months: {
      first: monthLabel(firstMonth),
      last: monthLabel(lastMonth),
      whole: fromDay === firstDayOfMonth(firstMonth) && toDay === lastDayOfMonth(lastMonth),
    },
    incidents:
      tables.byMonth.length === 0
        ? { known: false, reason: "no-months" }
        : windowIncidents(tables, firstMonth, lastMonth, options.categories, totals.population),
    activities: windowActivities(tables, Math.floor(firstMonth / 12), Math.floor(lastMonth / 12)),
  };
}
