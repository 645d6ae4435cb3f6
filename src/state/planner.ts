// The expansion planner's part of the view: what the planner weighs, how many sites to pick and
// how, what is locked in or ruled out, the hamlets of the current what-if, and the saved plan in
// use. Pure updaters on the planner state; the store wraps them (plannerActions) and the URL
// mirrors them (plannerFromUrl / plannerToUrl).
import {
  DEFAULT_WEIGHTS,
  type DistanceDirection,
  FACTORS,
  type Factor,
  OBJECTIVES,
  type Objective,
  type PlannerWeights,
} from "../domain/planner/planner-types";

export type SizeBy = "population" | "households";

export interface PlannerState {
  weights: PlannerWeights;
  distanceDirection: DistanceDirection;
  sizeBy: SizeBy;
  k: number;
  objective: Objective;
  /** null: no limit per commune. */
  maxPerUnit: number | null;
  lockedIn: string[];
  ruledOut: string[];
  /** Hamlet codes of the current what-if, in pick order. */
  picks: string[];
  /** The saved plan the what-if came from; null for an unsaved one. */
  activePlanId: string | null;
  /** The map splits into before (left) and after (right) at a divider the planner drags. */
  compare: boolean;
  /** Where the divider stands, in percent of the map's width from the left; kept when it closes. */
  comparePosition: number;
}

export const MAX_K = 40;
export const MAX_WEIGHT = 10;

export const initialPlanner: PlannerState = {
  weights: { ...DEFAULT_WEIGHTS },
  distanceDirection: "contiguous",
  sizeBy: "population",
  k: 5,
  objective: "population",
  maxPerUnit: null,
  lockedIn: [],
  ruledOut: [],
  picks: [],
  activePlanId: null,
  compare: false,
  comparePosition: 50,
};

const wholeIn = (value: number, min: number, max: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : null;

export function setWeight(planner: PlannerState, factor: Factor, value: number): PlannerState {
  if (!Number.isFinite(value)) return planner;
  const weight = Math.min(MAX_WEIGHT, Math.max(0, value));
  if (planner.weights[factor] === weight) return planner;
  return { ...planner, weights: { ...planner.weights, [factor]: weight } };
}

export function setDistanceDirection(planner: PlannerState, direction: DistanceDirection): PlannerState {
  return planner.distanceDirection === direction ? planner : { ...planner, distanceDirection: direction };
}

export function setSizeBy(planner: PlannerState, sizeBy: SizeBy): PlannerState {
  return planner.sizeBy === sizeBy ? planner : { ...planner, sizeBy };
}

export function setK(planner: PlannerState, k: number): PlannerState {
  const clamped = wholeIn(k, 1, MAX_K);
  return clamped === null || clamped === planner.k ? planner : { ...planner, k: clamped };
}

export function setObjective(planner: PlannerState, objective: Objective): PlannerState {
  if (!OBJECTIVES.includes(objective)) return planner;
  return planner.objective === objective ? planner : { ...planner, objective };
}

export function setMaxPerUnit(planner: PlannerState, maxPerUnit: number | null): PlannerState {
  const next = maxPerUnit === null ? null : wholeIn(maxPerUnit, 1, MAX_K);
  if (maxPerUnit !== null && next === null) return planner;
  return next === planner.maxPerUnit ? planner : { ...planner, maxPerUnit: next };
}

const without = (codes: readonly string[], code: string) => codes.filter((candidate) => candidate !== code);

/** Locking a hamlet in takes it off the ruled-out list, and the other way round. */
export function toggleLocked(planner: PlannerState, code: string): PlannerState {
  const locked = planner.lockedIn.includes(code);
  return {
    ...planner,
    lockedIn: locked ? without(planner.lockedIn, code) : [...planner.lockedIn, code],
    ruledOut: without(planner.ruledOut, code),
  };
}

/** A ruled-out hamlet also leaves the current what-if: it is never to be picked. */
export function toggleRuledOut(planner: PlannerState, code: string): PlannerState {
  const ruled = planner.ruledOut.includes(code);
  return {
    ...planner,
    ruledOut: ruled ? without(planner.ruledOut, code) : [...planner.ruledOut, code],
    lockedIn: without(planner.lockedIn, code),
    picks: ruled ? planner.picks : without(planner.picks, code),
  };
}

/** Adds a hamlet at the end of the what-if, or takes it out; the plan is then no saved plan. */
export function togglePick(planner: PlannerState, code: string): PlannerState {
  const picked = planner.picks.includes(code);
  return {
    ...planner,
    picks: picked ? without(planner.picks, code) : [...planner.picks, code],
    activePlanId: null,
  };
}

export function setPicks(
  planner: PlannerState,
  picks: readonly string[],
  planId: string | null = null,
): PlannerState {
  return { ...planner, picks: [...new Set(picks)], activePlanId: planId };
}

export function setActivePlan(planner: PlannerState, planId: string | null): PlannerState {
  return planner.activePlanId === planId ? planner : { ...planner, activePlanId: planId };
}

// ---------------------------------------------------------------------------------------------
// The before/after swipe. Positions are percent of the map's width, kept to one decimal so a
// drag's sub-pixel steps do not each write a new URL.

export const COMPARE_KEY_STEP = 5;

/** Any number to a divider position 0–100; what is not a number (an old slide) is the middle. */
export function clampComparePosition(position: unknown): number {
  if (typeof position !== "number" || !Number.isFinite(position)) return initialPlanner.comparePosition;
  return Math.round(Math.min(100, Math.max(0, position)) * 10) / 10;
}

/** Where a key moves the divider (arrows by 5 %, Home and End to the edges); null: not its key. */
export function comparePositionAfterKey(position: number, key: string): number | null {
  const current = clampComparePosition(position);
  switch (key) {
    case "ArrowLeft":
    case "ArrowDown":
      return clampComparePosition(current - COMPARE_KEY_STEP);
    case "ArrowRight":
    case "ArrowUp":
      return clampComparePosition(current + COMPARE_KEY_STEP);
    case "Home":
      return 0;
    case "End":
      return 100;
    default:
      return null;
  }
}

export function setCompare(planner: PlannerState, compare: boolean): PlannerState {
  return planner.compare === compare ? planner : { ...planner, compare };
}

export function setComparePosition(planner: PlannerState, position: number): PlannerState {
  if (typeof position !== "number" || !Number.isFinite(position)) return planner;
  const next = clampComparePosition(position);
  return planner.comparePosition === next ? planner : { ...planner, comparePosition: next };
}

// ---------------------------------------------------------------------------------------------
// The URL: view=planner&k=8&obj=population&picks=03730-03,03733-05&w=3,2,2,1&dir=gaps&size=households
// &max=2&lock=…&out=…&plan=<id>&cmp=<divider %, only while comparing>. Only values that differ
// from the defaults are written.

export const PLANNER_URL_KEYS = [
  "k",
  "obj",
  "picks",
  "w",
  "dir",
  "size",
  "max",
  "lock",
  "out",
  "plan",
  "cmp",
];

// Hamlet codes are data: keep only characters a code plausibly has, so a URL cannot smuggle text.
const CODE_PATTERN = /^[\p{L}\p{N}_.:-]{1,40}$/u;
const codeList = (text: string | null) =>
  text === null ? null : [...new Set(text.split(",").filter((code) => CODE_PATTERN.test(code)))];

export function plannerFromUrl(parameters: URLSearchParams, fallback: PlannerState): PlannerState {
  let planner = { ...fallback };
  const number = (key: string) => (parameters.has(key) ? Number(parameters.get(key)) : Number.NaN);
  planner = setK(planner, number("k"));
  const objective = parameters.get("obj");
  if ((OBJECTIVES as readonly string[]).includes(objective ?? "")) planner.objective = objective as Objective;
  const weights = parameters.get("w")?.split(",").map(Number);
  if (weights?.length === FACTORS.length && weights.every((value) => Number.isFinite(value) && value >= 0)) {
    FACTORS.forEach((factor, index) => {
      planner = setWeight(planner, factor, weights[index] as number);
    });
  }
  const direction = parameters.get("dir");
  if (direction === "gaps") planner.distanceDirection = "fill-gaps";
  if (direction === "near") planner.distanceDirection = "contiguous";
  const size = parameters.get("size");
  if (size === "households" || size === "population") planner.sizeBy = size;
  const max = number("max");
  if (Number.isInteger(max) && max >= 1) planner = setMaxPerUnit(planner, max);
  planner.picks = codeList(parameters.get("picks")) ?? planner.picks;
  planner.lockedIn = codeList(parameters.get("lock")) ?? planner.lockedIn;
  planner.ruledOut = (codeList(parameters.get("out")) ?? planner.ruledOut).filter(
    (code) => !planner.lockedIn.includes(code),
  );
  const plan = parameters.get("plan");
  if (plan !== null && CODE_PATTERN.test(plan)) planner.activePlanId = plan;
  const compare = number("cmp");
  if (Number.isFinite(compare)) planner = setComparePosition(setCompare(planner, true), compare);
  return planner;
}

/** Writes the planner's values into `parameters` (the caller removed PLANNER_URL_KEYS first). */
export function plannerToUrl(planner: PlannerState, parameters: URLSearchParams): void {
  if (planner.k !== initialPlanner.k) parameters.set("k", String(planner.k));
  if (planner.objective !== initialPlanner.objective) parameters.set("obj", planner.objective);
  const weights = FACTORS.map((factor) => planner.weights[factor]);
  if (FACTORS.some((factor) => planner.weights[factor] !== initialPlanner.weights[factor])) {
    parameters.set("w", weights.join(","));
  }
  if (planner.distanceDirection === "fill-gaps") parameters.set("dir", "gaps");
  if (planner.sizeBy === "households") parameters.set("size", "households");
  if (planner.maxPerUnit !== null) parameters.set("max", String(planner.maxPerUnit));
  if (planner.picks.length > 0) parameters.set("picks", planner.picks.join(","));
  if (planner.lockedIn.length > 0) parameters.set("lock", planner.lockedIn.join(","));
  if (planner.ruledOut.length > 0) parameters.set("out", planner.ruledOut.join(","));
  if (planner.activePlanId !== null) parameters.set("plan", planner.activePlanId);
  if (planner.compare) parameters.set("cmp", String(clampComparePosition(planner.comparePosition)));
}

// ---------------------------------------------------------------------------------------------
// Store actions: each one applies an updater above to the view's planner field.

export interface PlannerActions {
  setPlannerWeight(factor: Factor, value: number): void;
  setDistanceDirection(direction: DistanceDirection): void;
  setSizeBy(sizeBy: SizeBy): void;
  setK(k: number): void;
  setObjective(objective: Objective): void;
  setMaxPerUnit(maxPerUnit: number | null): void;
  toggleLocked(code: string): void;
  toggleRuledOut(code: string): void;
  togglePick(code: string): void;
  setPicks(picks: readonly string[], planId?: string | null): void;
  setActivePlan(planId: string | null): void;
  setCompare(compare: boolean): void;
  setComparePosition(position: number): void;
}

export function plannerActions<View extends { planner: PlannerState }>(
  apply: (updater: (view: View) => View) => void,
): PlannerActions {
  const on = (change: (planner: PlannerState) => PlannerState) =>
    apply((view) => {
      const next = change(view.planner);
      return next === view.planner ? view : { ...view, planner: next };
    });
  return {
    setPlannerWeight: (factor, value) => on((planner) => setWeight(planner, factor, value)),
    setDistanceDirection: (direction) => on((planner) => setDistanceDirection(planner, direction)),
    setSizeBy: (sizeBy) => on((planner) => setSizeBy(planner, sizeBy)),
    setK: (k) => on((planner) => setK(planner, k)),
    setObjective: (objective) => on((planner) => setObjective(planner, objective)),
    setMaxPerUnit: (maxPerUnit) => on((planner) => setMaxPerUnit(planner, maxPerUnit)),
    toggleLocked: (code) => on((planner) => toggleLocked(planner, code)),
    toggleRuledOut: (code) => on((planner) => toggleRuledOut(planner, code)),
    togglePick: (code) => on((planner) => togglePick(planner, code)),
    setPicks: (picks, planId = null) => on((planner) => setPicks(planner, picks, planId)),
    setActivePlan: (planId) => on((planner) => setActivePlan(planner, planId)),
    setCompare: (compare) => on((planner) => setCompare(planner, compare)),
    setComparePosition: (position) => on((planner) => setComparePosition(planner, position)),
  };
}
