// Everything about a dataset that does not depend on the window or the radius, done once: which
// unit and hamlet each incident belongs to, incidents counted by month, the nearest police post
// of each hamlet, and how each hamlet's nearest model site comes nearer as sites open.

import { maxOf, minOf } from "../arrays";
import type { IsoDate, Layers, ModelStatus, UnitCode } from "../types";
import { isCovered } from "../unit-summary";
import { buildComparisonBase, type ComparisonBase } from "./before-after";
import { dayFromParts, dayNumber, monthOfDay } from "./calendar";
import type { Unjoined } from "./coverage-types";
import type { Kilometres } from "./distance";
import { type IncidentColumns, incidentColumns } from "./incident-columns";
import { buildIncidentTable, type IncidentTable } from "./incident-table";
import { buildGroupedPoints, nearestInGroup } from "./point-grid";
import { buildPolygonGrid, locateInGrid } from "./polygon-grid";
import { nearestPost, placeSites, reachStaircase } from "./reach";
import { findUnjoined } from "./unjoined";

export interface IndexedUnit {
  code: UnitCode;
  name: string;
}

export interface IndexedHamlet {
  code: string;
  name: string;
  /** Slot in CoverageIndex.units, or −1 when the hamlet is not joined to a unit. */
  unit: number;
  longitude: number;
  latitude: number;
  status: ModelStatus;
  since: IsoDate | null;
  /** Day the hamlet adopted the model; null when not adopted or the date is unknown. */
  adoptedDay: number | null;
  /** Model point or replicated, whatever the date. */
  adopted: boolean;
  teams: { security: boolean; mediation: boolean; fire: boolean };
  groups: number;
  households: number;
  population: number;
  distanceToPostKm: Kilometres | null;
  /**
   * The nearest model site as sites open: from reachDays[i] on, the nearest active site lies
   * reachDistances[i] away. Days ascending, distances strictly falling.
   */
  reachDays: number[];
  reachDistances: Kilometres[];
}

export interface ActivityRow {
  /** Unit slot, or −1 for records not joined to a unit (they count in the totals only). */
  unit: number;
  year: number;
  outreachSessions: number;
  outreachAttendances: number;
  commitments: number;
  gunsRecovered: number;
  reintegrationSupported: number;
}

export interface OutsideIncident {
  index: number;
  id: string;
  longitude: number;
  latitude: number;
  day: number;
}

export interface CoverageIndex {
  /** Ordered by code, as the statistics office lists them. */
  units: IndexedUnit[];
  /** In the layer's order. */
  hamlets: IndexedHamlet[];
  incidents: IncidentTable;
  /** Incidents outside every unit, by date. */
  outside: OutsideIncident[];
  /** Activity records summed per unit and year. */
  activities: ActivityRow[];
  unjoined: Unjoined[];
  /** First and last day of the data, used for open window ends; null without any dated record. */
  dataDays: { first: number; last: number } | null;
  /** The before/after comparison's window-independent part. */
  comparison: ComparisonBase;
}

function indexUnits(layers: Layers) {
  const units = layers.units.features
    .map((feature) => ({
      code: feature.properties.code,
      name: feature.properties.name,
      geometry: feature.geometry,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const slotByCode = new Map<string, number>(units.map((unit, slot) => [unit.code, slot]));
  return { units, slotByCode };
}

function unitSlot(slotByCode: ReadonlyMap<string, number>, code: string | null): number {
  return code === null ? -1 : (slotByCode.get(code) ?? -1);
}

function indexHamlets(layers: Layers, slotByCode: ReadonlyMap<string, number>): IndexedHamlet[] {
  const { models, postsByUnit } = placeSites(layers.sites.features, (code) => unitSlot(slotByCode, code));
  return layers.hamlets.features.map(({ geometry, properties }) => {
    const longitude = geometry.coordinates[0] as number;
    const latitude = geometry.coordinates[1] as number;
    const unit = unitSlot(slotByCode, properties.unitCode);
    const adopted = isCovered(properties.modelStatus);
    return {
      code: properties.code,
      name: properties.name,
      unit,
      longitude,
      latitude,
      status: properties.modelStatus,
      since: properties.modelSince,
      adoptedDay: adopted && properties.modelSince !== null ? dayNumber(properties.modelSince) : null,
      adopted,
      teams: {
        security: properties.securityTeam,
        mediation: properties.mediationTeam,
        fire: properties.fireTeam,
      },
      groups: properties.groups,
      households: properties.households,
      population: properties.population,
      distanceToPostKm: nearestPost(postsByUnit.get(unit) ?? [], longitude, latitude),
      ...reachStaircase(models, longitude, latitude),
    };
  });
}

function indexActivities(layers: Layers, slotByCode: ReadonlyMap<string, number>): ActivityRow[] {
  const rows = new Map<string, ActivityRow>();
  for (const { properties } of layers.activities.features) {
    const unit = unitSlot(slotByCode, properties.unitCode);
    const key = `${unit}:${properties.year}`;
    const row = rows.get(key) ?? {
      unit,
      year: properties.year,
      outreachSessions: 0,
      outreachAttendances: 0,
      commitments: 0,
      gunsRecovered: 0,
      reintegrationSupported: 0,
    };
    row.outreachSessions += properties.outreachSessions;
    row.outreachAttendances += properties.outreachAttendances;
    row.commitments += properties.commitments;
    row.gunsRecovered += properties.gunsRecovered;
    row.reintegrationSupported += properties.reintegrationSupported;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Incidents first; without them the activity years, then adoption and opening dates. */
function findDataDays(
  incidents: IncidentTable,
  activities: readonly ActivityRow[],
  hamlets: readonly IndexedHamlet[],
  layers: Layers,
): CoverageIndex["dataDays"] {
  if (incidents.count > 0) {
    return { first: incidents.day[0] as number, last: incidents.day[incidents.count - 1] as number };
  }
  if (activities.length > 0) {
    const years = activities.map((row) => row.year);
    return { first: dayFromParts(minOf(years, 0), 1, 1), last: dayFromParts(maxOf(years, 0), 12, 31) };
  }
  const days = [
    ...hamlets.flatMap((hamlet) => (hamlet.adoptedDay === null ? [] : [hamlet.adoptedDay])),
    ...layers.sites.features.flatMap((site) =>
      site.properties.since ? [dayNumber(site.properties.since)] : [],
    ),
  ];
  return days.length > 0 ? { first: minOf(days, 0), last: maxOf(days, 0) } : null;
}

function placeIncidents(
  incidents: IncidentColumns,
  units: ReturnType<typeof indexUnits>["units"],
  hamlets: IndexedHamlet[],
) {
  const grid = buildPolygonGrid(units.map((unit, slot) => ({ key: slot, geometry: unit.geometry })));
  const hamletPoints = buildGroupedPoints(
    Float64Array.from(hamlets, (hamlet) => hamlet.longitude),
    Float64Array.from(hamlets, (hamlet) => hamlet.latitude),
    Int32Array.from(hamlets, (hamlet) => hamlet.unit),
    units.length,
    [grid.south, grid.south + grid.rows * grid.cellHeight],
  );
  const count = incidents.count;
  const rows = {
    day: incidents.day,
    unit: new Int32Array(count),
    hamlet: new Int32Array(count),
    category: incidents.category,
  };
  const outsideIndices: number[] = [];
  for (let index = 0; index < count; index++) {
    const longitude = incidents.longitude[index] as number;
    const latitude = incidents.latitude[index] as number;
    const unit = locateInGrid(grid, longitude, latitude);
    rows.unit[index] = unit;
    rows.hamlet[index] = nearestInGroup(hamletPoints, unit, longitude, latitude);
    if (unit < 0) outsideIndices.push(index);
  }
  return { rows, outsideIndices };
}

/**
 * `columns` stands for the incidents when given (the worker gets them so); the layers' incident
 * features are then not read.
 */
export function buildCoverageIndex(
  layers: Layers,
  columns: IncidentColumns = incidentColumns(layers.incidents.features),
): CoverageIndex {
  const { units, slotByCode } = indexUnits(layers);
  const hamlets = indexHamlets(layers, slotByCode);
  const { rows, outsideIndices } = placeIncidents(columns, units, hamlets);
  const incidents = buildIncidentTable(rows, monthOfDay, units.length, hamlets.length);
  const outside = outsideIndices
    .map((index) => ({
      index,
      id: columns.ids[index] as string,
      longitude: columns.longitude[index] as number,
      latitude: columns.latitude[index] as number,
      day: rows.day[index] as number,
    }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
  const activities = indexActivities(layers, slotByCode);
  return {
    units: units.map(({ code, name }) => ({ code, name })),
    hamlets,
    incidents,
    outside,
    activities,
    unjoined: findUnjoined(layers, new Set(slotByCode.keys()), outsideIndices, (index) => columns.ids[index]),
    dataDays: findDataDays(incidents, activities, hamlets, layers),
    comparison: buildComparisonBase(hamlets, incidents),
  };
}
