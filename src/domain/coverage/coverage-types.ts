// What the coverage computation returns: the figures leaders read out in meetings. Pure types,
// shared by the domain code, the worker, the UI, the planner and the `report` command.
import type { IncidentCategory, IsoDate, ModelStatus, UnitCode } from "../types";

export interface CoverageOptions {
  /** Inclusive window; null means open-ended. Coverage is "as of" the window's end. */
  from: IsoDate | null;
  to: IsoDate | null;
  /** Reach of a model site, straight-line. Default 5. */
  radiusKm: number;
}

export interface TeamCounts {
  security: number;
  mediation: number;
  fire: number;
}

export interface HamletCoverage {
  code: string;
  name: string;
  unitCode: UnitCode | null;
  longitude: number;
  latitude: number;
  status: ModelStatus;
  since: IsoDate | null;
  /** Model point or replicated, adopted on or before the window's end. */
  covered: boolean;
  teams: { security: boolean; mediation: boolean; fire: boolean };
  groups: number;
  households: number;
  population: number;
  /** null when there are no groups. */
  householdsPerGroup: number | null;
  /** Straight-line distance to the nearest model site active at the window's end; null if none. */
  distanceToModelKm: number | null;
  /** Straight-line distance to the nearest police post of the hamlet's own unit; null if it has none. */
  distanceToPostKm: number | null;
  withinRadius: boolean;
  /** Incidents attributed to this hamlet inside the window. */
  incidents: number;
}

export interface AreaFigures {
  /**
   * Unit code, or "total" for the whole area: every hamlet (joined to a unit or not), every
   * activity record, and the incidents inside units (those outside are in outsideIncidents).
   */
  code: string;
  name: string;
  hamlets: number;
  coveredHamlets: number;
  population: number;
  coveredPopulation: number;
  households: number;
  coveredHouseholds: number;
  teams: TeamCounts;
  groups: number;
  /** null when there are no households. */
  groupsPer100Households: number | null;
  populationWithinRadius: number;
  hamletsWithinRadius: number;
  incidents: number;
  /** Incidents per 1,000 people per year over the window; null without population. */
  incidentRate: number | null;
  incidentsByCategory: Record<IncidentCategory, number>;
  outreachSessions: number;
  outreachAttendances: number;
  commitments: number;
  gunsRecovered: number;
  reintegrationSupported: number;
  /** Incidents per calendar month in the window, "YYYY-MM" ascending, months without incidents included. */
  incidentsByMonth: { month: string; count: number }[];
}

export interface BeforeAfterGroup {
  hamlets: number;
  /** Mean incidents per hamlet per month. */
  beforePerHamletMonth: number;
  afterPerHamletMonth: number;
  /** (after − before) / before × 100; null when before is 0. */
  changePercent: number | null;
}

/** An association, not proof of effect: the UI and reports must say so. */
export interface BeforeAfter {
  /** Hamlets that adopted the model with 12 months of data on both sides of the date. */
  adopters: BeforeAfterGroup;
  /** The same calendar months in hamlets that had not adopted the model by then. */
  comparison: BeforeAfterGroup;
}

export interface Unjoined {
  kind: "hamlets" | "sites" | "incidents" | "activities";
  index: number;
  name: string | null;
  reason: string;
}

export interface Coverage {
  options: CoverageOptions;
  /** The window actually used (open ends resolved to the data's first/last dates), and its length. */
  window: { from: IsoDate; to: IsoDate; years: number };
  hamlets: HamletCoverage[];
  units: AreaFigures[];
  totals: AreaFigures;
  /** Incidents inside the window that fall outside every unit: counted here, never dropped. */
  outsideIncidents: { index: number; id: string; longitude: number; latitude: number }[];
  unjoined: Unjoined[];
  beforeAfter: BeforeAfter;
}
