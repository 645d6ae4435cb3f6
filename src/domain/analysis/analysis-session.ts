// Everything the coverage and planner views compute, behind one object that holds the dataset for
// the session: the page sends the dataset once (`load`), then coverage, ranking and planning
// requests carry only their parameters. The analysis worker exposes exactly this object; where
// there are no workers (tests, the command line) the page uses it directly.
import {
  type Coverage,
  type CoverageLoadSummary,
  type CoverageOptions,
  createCoverageSession,
} from "../coverage";
import { pickSites } from "../planner/pick-sites";
import { type PlanInputOptions, planInputFromHamlets } from "../planner/plan-input";
import type {
  Objective,
  PickOptions,
  PlannerWeights,
  PlanResult,
  RankedCandidate,
  RankedUnit,
  RankOptions,
} from "../planner/planner-types";
import { rankCandidates, rankUnits } from "../planner/rank";
import { applyPlan, type WhatIf } from "../planner/what-if";
import { dictionary } from "../records";
import type { Layers } from "../types";
import type { AnalysisDataset } from "./pack";

/** The planner's choices that shape what it shows (never the number of picks to make). */
export interface PlannerChoicesInput {
  weights: PlannerWeights;
  objective: Objective;
  picks: readonly string[];
  lockedIn: readonly string[];
  ruledOut: readonly string[];
}

export interface PlannerRequest {
  coverage: CoverageOptions;
  ranking: Partial<RankOptions>;
  choices: PlannerChoicesInput;
}

/** What the planner view shows beside the coverage: rankings, the plan's picks scored, before → after. */
export interface PlannerDerived {
  ranked: RankedCandidate[];
  rankedUnits: RankedUnit[];
  evaluation: PlanResult;
  whatIf: WhatIf;
}

export interface PickRequest {
  coverage: CoverageOptions;
  input: PlanInputOptions;
  options: PickOptions;
}

export interface AnalysisSession {
  /** Builds the index; replaces any earlier dataset. */
  load(dataset: AnalysisDataset | Layers): CoverageLoadSummary;
  /** Throws when nothing was loaded yet or the options are invalid. */
  compute(options: CoverageOptions): Coverage;
  planner(request: PlannerRequest): PlannerDerived;
  /** Ranks the uncovered hamlets and picks K sites among them, as `pickSites` does. */
  pick(request: PickRequest): PlanResult;
}

/** The planner's picks scored in their own order: what each adds given those before it. */
export function evaluatePicks(
  coverage: Coverage,
  choices: PlannerChoicesInput,
  radiusKm: number,
  ranking: Partial<RankOptions>,
): PlanResult {
  const uncovered = new Set(
    coverage.hamlets.filter((hamlet) => !hamlet.covered).map((hamlet) => hamlet.code),
  );
  const picks = choices.picks.filter((code) => uncovered.has(code));
  const input = planInputFromHamlets(coverage.hamlets, { weights: choices.weights, ranking });
  const result = pickSites(input, {
    k: picks.length,
    radiusKm,
    objective: choices.objective,
    lockedIn: picks,
  });
  // Evaluated as locked-in to keep the order; only the planner's own locks are locked.
  const locked = new Set(choices.lockedIn);
  return {
    ...result,
    options: { ...result.options, lockedIn: [...choices.lockedIn], ruledOut: [...choices.ruledOut] },
    picks: result.picks.map((pick) => ({ ...pick, locked: locked.has(pick.code) })),
    notes: [],
  };
}

/** The planner view's figures from one coverage, as the page showed them before they moved here. */
export function derivePlanner(
  coverage: Coverage,
  request: Omit<PlannerRequest, "coverage">,
  unitNames: Readonly<Record<string, string>>,
): PlannerDerived {
  const { choices, ranking } = request;
  const radiusKm = coverage.options.radiusKm;
  const evaluation = evaluatePicks(coverage, choices, radiusKm, ranking);
  return {
    ranked: rankCandidates(coverage.hamlets, choices.weights, ranking),
    rankedUnits: rankUnits(coverage.hamlets, choices.weights, { ...ranking, unitNames }),
    evaluation,
    whatIf: applyPlan(
      coverage.hamlets,
      evaluation.picks.map((pick) => pick.code),
      radiusKm,
    ),
  };
}

const optionsKey = (options: CoverageOptions) => `${options.from}|${options.to}|${options.radiusKm}`;

export function createAnalysisSession(): AnalysisSession {
  const coverage = createCoverageSession();
  let unitNames: Record<string, string> = {};
  // The last coverage computed: the planner asks for the one its view already shows.
  let last: { key: string; coverage: Coverage } | null = null;
  const computed = (options: CoverageOptions): Coverage => {
    const key = optionsKey(options);
    if (last?.key !== key) last = { key, coverage: coverage.compute(options) };
    return last.coverage;
  };
  return {
    load(dataset) {
      last = null;
      const { layers, incidents } =
        "incidents" in dataset && "count" in dataset.incidents
          ? (dataset as AnalysisDataset)
          : { layers: dataset as Layers, incidents: undefined };
      // Codes come from the files: no prototype, so a code such as "constructor" is just a code.
      unitNames = dictionary<string>();
      for (const unit of layers.units.features) unitNames[unit.properties.code] = unit.properties.name;
      return coverage.load(layers, incidents);
    },
    compute: computed,
    planner: (request) => derivePlanner(computed(request.coverage), request, unitNames),
    pick: (request) =>
      pickSites(planInputFromHamlets(computed(request.coverage).hamlets, request.input), request.options),
  };
}
