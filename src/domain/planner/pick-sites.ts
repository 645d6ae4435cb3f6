// "Pick K sites": the maximal covering location problem. Choose K candidates that bring the most
// demand newly within R km of a model, the active models staying where they are, each unit of
// demand counted by its hamlet's priority (demand-value.ts). Weighted coverage is monotone and
// submodular, so the greedy choice is within (1 − 1/e) of the optimum (Nemhauser, Wolsey & Fisher
// 1978), and a candidate's last computed gain bounds its gain later on, which lets lazy evaluation
// (CELF; Leskovec et al. 2007) skip most re-evaluations with the same result.
import { type DemandValues, demandValues } from "./demand-value";
import { bruteForceNeighbourLists, buildNeighbourLists, type NeighbourLists } from "./neighbours";
import {
  type DemandPoint,
  FACTORS,
  type Factor,
  OBJECTIVES,
  type PickOptions,
  type PlanCandidate,
  type PlanInput,
  type PlanNote,
  type PlanPick,
  type PlanResult,
  type ResolvedPickOptions,
} from "./planner-types";
import { createGainQueue } from "./priority-queue";

const isWholeNumber = (value: unknown, min: number) =>
  typeof value === "number" && Number.isInteger(value) && value >= min;

export function resolvePickOptions(options: PickOptions): ResolvedPickOptions {
  if (!isWholeNumber(options.k, 0)) throw new RangeError(`k must be a whole number ≥ 0, got ${options.k}`);
  if (!(Number.isFinite(options.radiusKm) && options.radiusKm > 0)) {
    throw new RangeError(`radiusKm must be above 0, got ${options.radiusKm}`);
  }
  if (!OBJECTIVES.includes(options.objective)) throw new RangeError(`unknown objective ${options.objective}`);
  const maxPerUnit = options.maxPerUnit ?? null;
  if (maxPerUnit !== null && !isWholeNumber(maxPerUnit, 1)) {
    throw new RangeError(`maxPerUnit must be a whole number ≥ 1, got ${maxPerUnit}`);
  }
  return {
    k: options.k,
    radiusKm: options.radiusKm,
    objective: options.objective,
    maxPerUnit,
    lockedIn: [...new Set(options.lockedIn ?? [])],
    ruledOut: [...new Set(options.ruledOut ?? [])],
  };
}

interface Search {
  input: PlanInput;
  options: ResolvedPickOptions;
  lists: NeighbourLists;
  values: DemandValues;
  reached: Uint8Array;
  /** Ruled out or already picked. */
  excluded: Uint8Array;
  unitOf: Int32Array;
  unitCounts: Int32Array;
  picks: PlanPick[];
  notes: PlanNote[];
  evaluations: number;
}

function prepare(input: PlanInput, options: ResolvedPickOptions, lists: NeighbourLists): Search {
  const { demand, candidates } = input;
  const reached = Uint8Array.from(demand, (point) =>
    point.distanceToModelKm !== null && point.distanceToModelKm <= options.radiusKm ? 1 : 0,
  );
  const ruledOut = new Set(options.ruledOut);
  const unitIds = new Map<string, number>();
  const unitOf = Int32Array.from(candidates, ({ unitCode }) => {
    if (unitCode === null) return -1;
    if (!unitIds.has(unitCode)) unitIds.set(unitCode, unitIds.size);
    return unitIds.get(unitCode) as number;
  });
  return {
    input,
    options,
    lists,
    values: demandValues(demand, options.objective),
    reached,
    excluded: Uint8Array.from(candidates, ({ code }) => (ruledOut.has(code) ? 1 : 0)),
    unitOf,
    unitCounts: new Int32Array(unitIds.size),
    picks: [],
    notes: [],
    evaluations: 0,
  };
}

/** The value of the demand in the candidate's reach that no model or earlier pick reaches yet. */
function gainOf(search: Search, candidate: number): number {
  const { offsets, indices } = search.lists;
  const key = search.values.key;
  let gain = 0;
  for (let at = offsets[candidate] as number, end = offsets[candidate + 1] as number; at < end; at++) {
    const point = indices[at] as number;
    if (search.reached[point] === 0) gain += key[point] as number;
  }
  search.evaluations++;
  return gain;
}

function allowed(search: Search, candidate: number): boolean {
  if (search.excluded[candidate] === 1) return false;
  const unit = search.unitOf[candidate] as number;
  const limit = search.options.maxPerUnit;
  return unit < 0 || limit === null || (search.unitCounts[unit] as number) < limit;
}

function commit(search: Search, candidate: number, locked: boolean): void {
  const { offsets, indices } = search.lists;
  const { demand, value: values, parts } = search.values;
  const reached: string[] = [];
  let gain = 0;
  let value = 0;
  const valueParts =
    parts && (Object.fromEntries(FACTORS.map((factor) => [factor, 0])) as Record<Factor, number>);
  for (let at = offsets[candidate] as number, end = offsets[candidate + 1] as number; at < end; at++) {
    const point = indices[at] as number;
    if (search.reached[point] === 1) continue;
    search.reached[point] = 1;
    gain += demand[point] as number;
    value += values[point] as number;
    if (parts && valueParts)
      for (const factor of FACTORS) valueParts[factor] += parts[factor][point] as number;
    reached.push((search.input.demand[point] as DemandPoint).code);
  }
  search.excluded[candidate] = 1;
  const unit = search.unitOf[candidate] as number;
  if (unit >= 0) search.unitCounts[unit] = (search.unitCounts[unit] as number) + 1;
  const { code, name, unitCode, longitude, latitude, score } = search.input.candidates[
    candidate
  ] as PlanCandidate;
  search.picks.push({
    code,
    name,
    unitCode,
    longitude,
    latitude,
    score,
    order: search.picks.length + 1,
    gain,
    value,
    valueParts,
    locked,
    reached,
  });
}

/** Locked-in candidates go first, in the planner's order, even past the per-unit limit or K. */
function commitLocked(search: Search, indexOf: ReadonlyMap<string, number>): void {
  const ruledOut = new Set(search.options.ruledOut);
  for (const code of search.options.lockedIn) {
    const candidate = indexOf.get(code);
    if (candidate === undefined) search.notes.push({ note: "locked-not-candidate", code });
    else if (ruledOut.has(code)) search.notes.push({ note: "locked-and-ruled-out", code });
    else if (search.excluded[candidate] === 0) {
      const limit = search.options.maxPerUnit;
      const unit = search.unitOf[candidate] as number;
      if (limit !== null && unit >= 0 && (search.unitCounts[unit] as number) >= limit) {
        search.notes.push({ note: "locked-over-unit-limit", code });
      }
      commit(search, candidate, true);
    }
  }
  if (search.picks.length > search.options.k) search.notes.push({ note: "locked-over-k", code: null });
}

function lazyGreedy(search: Search): void {
  const count = search.input.candidates.length;
  const bounds = new Float64Array(count);
  // The pick count at which each bound was computed: a bound from this round is the true gain.
  const computedAt = new Int32Array(count).fill(-1);
  const queue = createGainQueue(bounds);
  for (let candidate = 0; candidate < count; candidate++) {
    if (!allowed(search, candidate)) continue;
    bounds[candidate] = gainOf(search, candidate);
    computedAt[candidate] = search.picks.length;
    queue.push(candidate);
  }
  while (search.picks.length < search.options.k) {
    const top = queue.pop();
    if (top === undefined) {
      search.notes.push({ note: "no-candidates", code: null });
      return;
    }
    // A unit only fills up, so a candidate that is not allowed now never will be.
    if (!allowed(search, top)) continue;
    if (computedAt[top] === search.picks.length) {
      if ((bounds[top] as number) <= 0) {
        search.notes.push({ note: "no-more-gain", code: null });
        return;
      }
      commit(search, top, false);
    } else {
      bounds[top] = gainOf(search, top);
      computedAt[top] = search.picks.length;
      queue.push(top);
    }
  }
}

function plainGreedy(search: Search): void {
  const count = search.input.candidates.length;
  while (search.picks.length < search.options.k) {
    let best = -1;
    let bestGain = -Infinity;
    for (let candidate = 0; candidate < count; candidate++) {
      if (!allowed(search, candidate)) continue;
      const gain = gainOf(search, candidate);
      if (gain > bestGain) {
        best = candidate;
        bestGain = gain;
      }
    }
    if (best < 0) {
      search.notes.push({ note: "no-candidates", code: null });
      return;
    }
    if (bestGain <= 0) {
      search.notes.push({ note: "no-more-gain", code: null });
      return;
    }
    commit(search, best, false);
  }
}

function solve(
  input: PlanInput,
  pickOptions: PickOptions,
  strategy: { lazy: boolean; allPairs: boolean },
): PlanResult {
  const options = resolvePickOptions(pickOptions);
  const build = strategy.allPairs ? bruteForceNeighbourLists : buildNeighbourLists;
  const search = prepare(input, options, build(input.candidates, input.demand, options.radiusKm));
  let total = 0;
  let before = 0;
  search.values.demand.forEach((weight, point) => {
    total += weight;
    if (search.reached[point] === 1) before += weight;
  });
  commitLocked(search, new Map(input.candidates.map(({ code }, index) => [code, index])));
  (strategy.lazy ? lazyGreedy : plainGreedy)(search);
  const after = search.picks.reduce((sum, pick) => sum + pick.gain, before);
  const percent = (value: number) => (total > 0 ? (value / total) * 100 : null);
  return {
    options,
    total,
    before,
    after,
    beforePercent: percent(before),
    afterPercent: percent(after),
    picks: search.picks,
    notes: search.notes,
    weighted: search.values.weighted,
    evaluations: search.evaluations,
  };
}

/** Lazy greedy over neighbour lists from a spatial grid: the one to use. */
export function pickSites(input: PlanInput, options: PickOptions): PlanResult {
  return solve(input, options, { lazy: true, allPairs: false });
}

/**
 * The textbook greedy, re-evaluating every candidate at every step, by default over neighbour
 * lists from measuring every pair: the reference the fast one is tested and benchmarked against.
 */
export function pickSitesPlain(
  input: PlanInput,
  options: PickOptions,
  neighbours: "all-pairs" | "grid" = "all-pairs",
): PlanResult {
  return solve(input, options, { lazy: false, allPairs: neighbours === "all-pairs" });
}
