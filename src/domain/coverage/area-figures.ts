// The figures of one area (a unit, or the whole area), summed from its hamlets, incidents and
// activity records, then turned into the rates leaders compare.
import { INCIDENT_CATEGORIES, type IncidentCategory } from "../types";
import type { ActivityRow } from "./coverage-index";
import type { AreaFigures, HamletCoverage } from "./coverage-types";
import { CATEGORY_COUNT } from "./incident-table";

export function emptyArea(code: string, name: string, months: readonly string[]): AreaFigures {
  return {
    code,
    name,
    hamlets: 0,
    coveredHamlets: 0,
    population: 0,
    coveredPopulation: 0,
    households: 0,
    coveredHouseholds: 0,
    teams: { security: 0, mediation: 0, fire: 0 },
    groups: 0,
    groupsPer100Households: null,
    populationWithinRadius: 0,
    hamletsWithinRadius: 0,
    incidents: 0,
    incidentRate: null,
    incidentsByCategory: Object.fromEntries(INCIDENT_CATEGORIES.map((category) => [category, 0])) as Record<
      IncidentCategory,
      number
    >,
    outreachSessions: 0,
    outreachAttendances: 0,
    commitments: 0,
    gunsRecovered: 0,
    reintegrationSupported: 0,
    incidentsByMonth: months.map((month) => ({ month, count: 0 })),
  };
}

export function addHamlet(area: AreaFigures, hamlet: HamletCoverage) {
  area.hamlets += 1;
  area.population += hamlet.population;
  area.households += hamlet.households;
  area.groups += hamlet.groups;
  if (hamlet.covered) {
    area.coveredHamlets += 1;
    area.coveredPopulation += hamlet.population;
    area.coveredHouseholds += hamlet.households;
  }
  if (hamlet.teams.security) area.teams.security += 1;
  if (hamlet.teams.mediation) area.teams.mediation += 1;
  if (hamlet.teams.fire) area.teams.fire += 1;
  if (hamlet.withinRadius) {
    area.hamletsWithinRadius += 1;
    area.populationWithinRadius += hamlet.population;
  }
}

export function addActivity(area: AreaFigures, row: ActivityRow) {
  area.outreachSessions += row.outreachSessions;
  area.outreachAttendances += row.outreachAttendances;
  area.commitments += row.commitments;
  area.gunsRecovered += row.gunsRecovered;
  area.reintegrationSupported += row.reintegrationSupported;
}

/** Adds a unit's incidents, given per category in the incident table's category order. */
export function addIncidents(area: AreaFigures, byCategory: ArrayLike<number>, byMonth: ArrayLike<number>) {
  for (let slot = 0; slot < CATEGORY_COUNT; slot++) {
    const count = byCategory[slot] ?? 0;
    area.incidents += count;
    const category = INCIDENT_CATEGORIES[slot] as IncidentCategory;
    area.incidentsByCategory[category] += count;
  }
  area.incidentsByMonth.forEach((entry, month) => {
    entry.count += byMonth[month] ?? 0;
  });
}

/** Rates once every count is in. */
export function finishArea(area: AreaFigures, years: number): AreaFigures {
  area.groupsPer100Households = area.households > 0 ? (area.groups / area.households) * 100 : null;
  area.incidentRate =
    area.population > 0 && years > 0 ? ((area.incidents / area.population) * 1000) / years : null;
  return area;
}
