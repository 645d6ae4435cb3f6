// The expansion planner's vocabulary: how candidates are scored, what the site picker needs and
// returns, and the plain, serialisable plan a planner saves and hands to the leadership.
import type { UnitCode } from "../types";

// ---------------------------------------------------------------------------------------------
// Ranking candidates

export const FACTORS = ["need", "size", "readiness", "distance"] as const;
export type Factor = (typeof FACTORS)[number];

/**
 * What the planner cares about, as non-negative numbers on any scale (sliders 0–10, percentages…):
 * only their proportions matter, because each is divided by their sum.
 */
export type PlannerWeights = Record<Factor, number>;

export const DEFAULT_WEIGHTS: PlannerWeights = { need: 3, size: 2, readiness: 2, distance: 1 };

/**
 * "min-max": (value − min) / (max − min): keeps the proportions, so one extreme value squeezes
 * everyone else together. "rank": the candidate's place among the others, scaled to 0–1 (ties
 * share the mean of their places): immune to extremes, such as the incident rate of a hamlet of
 * 40 people with one incident.
 */
export type Normalisation = "min-max" | "rank";

/** "contiguous": nearer to a model is better (easy to mentor); "fill-gaps": farther is better. */
export type DistanceDirection = "contiguous" | "fill-gaps";

export interface RankOptions {
  normalisation: Normalisation;
  sizeBy: "population" | "households";
  distanceDirection: DistanceDirection;
  /** Length of the incident window in years, to express need per year (Coverage.window.years). */
  windowYears: number;
  /** Self-management groups per 100 households that count as fully ready; more adds nothing. */
  groupsPer100HouseholdsCap: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  normalisation: "rank",
  sizeBy: "population",
  distanceDirection: "contiguous",
  windowYears: 1,
  // One group per 10 households, the usual size of an inter-household group.
  groupsPer100HouseholdsCap: 10,
};

export interface FactorScore {
  /**
   * The value people can check: need in incidents per 1,000 people per year, size in people or
   * households, readiness 0–1, distance in km to the nearest active model. null when it cannot be
   * computed (no population, no active model anywhere).
   */
  raw: number | null;
  /** 0–1, higher is better for the candidate, after the direction switch for distance. */
  normalised: number;
  /** Weight share × normalised value; the contributions add up to the score. */
  contribution: number;
}

export interface RankedCandidate {
  code: string;
  name: string;
  unitCode: UnitCode | null;
  longitude: number;
  latitude: number;
  /** 0–1 (show it as 0–100). */
  score: number;
  /** 1 is best; equal scores share a rank (1, 2, 2, 4). */
  rank: number;
  factors: Record<Factor, FactorScore>;
}

export interface RankedUnit {
  code: UnitCode;
  name: string;
  /** Uncovered hamlets of the unit: the group that is ranked. */
  uncoveredHamlets: number;
  hamlets: number;
  uncoveredCodes: string[];
  score: number;
  rank: number;
  factors: Record<Factor, FactorScore>;
}

// ---------------------------------------------------------------------------------------------
// Picking K sites (maximal covering location problem)

export const OBJECTIVES = ["population", "incidents", "hamlets"] as const;
/** What counts as demand: people, incidents in the window, or simply hamlets. */
export type Objective = (typeof OBJECTIVES)[number];

export interface DemandPoint {
  code: string;
  unitCode: UnitCode | null;
  longitude: number;
  latitude: number;
  population: number;
  incidents: number;
  /** Distance to the nearest active model site; within the radius means already reached. */
  distanceToModelKm: number | null;
  /**
   * What reaching this hamlet is worth to the planner per unit of demand, 0–1: its priority
   * score from the ranking (0 for a hamlet that has the model already). Absent: 1, every person
   * (incident, hamlet) counts the same, as when every weight is 0.
   */
  priority?: number;
  /** The priority's parts by factor (weight share × normalised value); they add up to it. */
  priorityParts?: Record<Factor, number>;
}

export interface PlanCandidate {
  code: string;
  name: string;
  unitCode: UnitCode | null;
  longitude: number;
  latitude: number;
  /** The ranking score, carried into the plan so the list can show both; null when unranked. */
  score: number | null;
}

/** Candidates in order of preference: when two give the same gain, the earlier one is picked. */
export interface PlanInput {
  demand: DemandPoint[];
  candidates: PlanCandidate[];
}

export interface PickOptions {
  k: number;
  radiusKm: number;
  objective: Objective;
  /** At most this many picks per commune-level unit; picks without a unit are not limited. */
  maxPerUnit?: number | null;
  /** Always picked, first and in this order, and counted in K. */
  lockedIn?: readonly string[];
  /** Never picked. */
  ruledOut?: readonly string[];
}

export interface PlanPick {
  code: string;
  name: string;
  unitCode: UnitCode | null;
  longitude: number;
  latitude: number;
  score: number | null;
  /** 1-based. */
  order: number;
  /** Demand newly within the radius thanks to this pick, given the picks before it. */
  gain: number;
  /**
   * What the picker maximised: the newly reached demand, each unit times its hamlet's priority
   * (DemandPoint.priority). Equals `gain` when the demand carries no priorities.
   */
  value: number;
  /** `value` by factor (they add up to it); null when the demand carries no priorities. */
  valueParts: Record<Factor, number> | null;
  locked: boolean;
  /** Codes of the demand points this pick newly reaches. */
  reached: string[];
}

export type PlanNoteCode =
  | "locked-not-candidate"
  | "locked-and-ruled-out"
  | "locked-over-k"
  | "locked-over-unit-limit"
  | "no-more-gain"
  | "no-candidates";

/** Something the planner should know about the result; `code` names the hamlet when there is one. */
export interface PlanNote {
  note: PlanNoteCode;
  code: string | null;
}

export interface ResolvedPickOptions {
  k: number;
  radiusKm: number;
  objective: Objective;
  maxPerUnit: number | null;
  lockedIn: string[];
  ruledOut: string[];
}

export interface PlanResult {
  options: ResolvedPickOptions;
  /** All demand, reached or not. */
  total: number;
  /** Demand already within the radius of an active model. */
  before: number;
  after: number;
  /** Shares of the total, 0–100; null when there is no demand at all. */
  beforePercent: number | null;
  afterPercent: number | null;
  picks: PlanPick[];
  notes: PlanNote[];
  /** True when the demand carried the planner's priorities, so the weights steered the picks. */
  weighted: boolean;
  /** How many marginal gains were computed: what lazy evaluation saves. */
  evaluations: number;
}

// ---------------------------------------------------------------------------------------------
// Saved plans

export interface SavedPick {
  code: string;
  name: string;
  unitCode: UnitCode | null;
  gain: number;
  order: number;
  longitude: number;
  latitude: number;
  score: number | null;
  locked: boolean;
}

/** A plain object: JSON.stringify / JSON.parse give it back unchanged. */
export interface Plan {
  id: string;
  name: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  options: { k: number; radiusKm: number; objective: Objective; maxPerUnit: number | null };
  weights: PlannerWeights;
  ranking: RankOptions;
  picks: SavedPick[];
  lockedIn: string[];
  ruledOut: string[];
  figures: { total: number; before: number; after: number };
}
