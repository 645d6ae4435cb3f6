// Everything the planner view shows, derived from the coverage of the current window and radius
// and the planner's state in the store: the ranking, the plan's picks with their marginal gains,
// the before → after figures, the timeline, and what the map draws.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PlannerDerived } from "../../domain/analysis/analysis-session";
import type { Coverage } from "../../domain/coverage";
import type {
  PlanNote,
  PlanResult,
  RankedCandidate,
  RankedUnit,
  RankOptions,
} from "../../domain/planner/planner-types";
import { adoptionTimeline, type TimelineYear } from "../../domain/planner/timeline";
import type { WhatIf } from "../../domain/planner/what-if";
import { dictionary } from "../../domain/records";
import type { Layers } from "../../domain/types";
import type { MapSelection, PlanMapData } from "../../map/map-state";
import type { PlannerState } from "../../state/planner";
import { useView } from "../app-context";
import { type AnalysisEngine, layersKey, useCoverage } from "../coverage/use-coverage";
import { planMapData, timelineState } from "./map-data";
import { usePlannerChoices } from "./use-planner-choices";

export interface PlannerViewState {
  coverage: Coverage | undefined;
  error: Error | null;
  ranking: Partial<RankOptions>;
  ranked: RankedCandidate[];
  rankedUnits: RankedUnit[];
  unitNames: Record<string, string>;
  /** The plan's picks in order, each with the demand it newly reaches given those before it. */
  evaluation: PlanResult | null;
  whatIf: WhatIf | null;
  timeline: TimelineYear[] | null;
  perYear: number;
  setPerYear(perYear: number): void;
  timelineYear: number | null;
  setTimelineYear(year: number | null): void;
  /** The layers the plan is made on; the printout draws its own map of them (PrintSummary). */
  layers: Layers | null;
  /** What the map draws; `before` has no picks, for the swipe comparison. */
  mapData: PlanMapData | null;
  beforeMapData: PlanMapData | null;
  running: boolean;
  runError: string | null;
  runNotes: PlanNote[];
  /** The weights or pick options changed since the last pick: the picks are not what they would give. */
  stale: boolean;
  /** Picks K sites off the main thread and makes them the plan. */
  run(): void;
  /** The map shows the district before the plan (no picks, no new reach); never while swiping. */
  showBefore: boolean;
  setShowBefore(showBefore: boolean): void;
  /** A click on the map: an uncovered hamlet goes into the plan, or out of it. */
  onMapSelect(selection: MapSelection | null): void;
}

function rankingOf(
  sizeBy: PlannerState["sizeBy"],
  distanceDirection: PlannerState["distanceDirection"],
  coverage: Coverage | undefined,
): Partial<RankOptions> {
  const years = coverage?.window.years ?? 1;
  return { sizeBy, distanceDirection, windowYears: years > 0 ? years : 1 };
}

const NO_CANDIDATES: RankedCandidate[] = [];
const NO_UNITS: RankedUnit[] = [];

export function usePlannerView(engine: AnalysisEngine, layers: Layers | null): PlannerViewState {
  const mode = useView((store) => store.mode);
  const window = useView((store) => store.window);
  const radiusKm = useView((store) => store.radiusKm);
  const planner = usePlannerChoices();
  const comparing = useView((store) => store.planner.compare === true);
  const setPicks = useView((store) => store.setPicks);
  const togglePick = useView((store) => store.togglePick);
  const active = mode === "planner";
  const { coverage, error: coverageError } = useCoverage(engine, active ? layers : null, {
    from: window.from,
    to: window.to,
    radiusKm,
  });
  const { sizeBy, distanceDirection } = planner;
  const ranking = useMemo(
    () => rankingOf(sizeBy, distanceDirection, coverage),
    [sizeBy, distanceDirection, coverage],
  );
  const unitNames = useMemo(() => {
    // Codes come from the files: no prototype, so a code such as "constructor" is just a code.
    const names = dictionary<string>();
    for (const unit of layers?.units.features ?? []) names[unit.properties.code] = unit.properties.name;
    return names;
  }, [layers]);
  const { weights, k, objective, maxPerUnit, lockedIn, ruledOut, picks } = planner;
  // Rankings, the plan's picks scored and before → after are worked out where the dataset is
  // (the analysis worker): only the choices go there, and the window it already computed.
  const coverageOptions = coverage?.options;
  const derived = useQuery({
    queryKey: [
      "planner",
      layersKey(layers),
      coverageOptions?.from,
      coverageOptions?.to,
      coverageOptions?.radiusKm,
      ranking,
      weights,
      objective,
      picks,
      lockedIn,
      ruledOut,
    ],
    queryFn: (): Promise<PlannerDerived> =>
      engine.planner({
        coverage: coverage?.options ?? { from: null, to: null, radiusKm },
        ranking,
        choices: { weights, objective, picks, lockedIn, ruledOut },
      }),
    enabled: active && coverage !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
  const ranked = derived.data?.ranked ?? NO_CANDIDATES;
  const rankedUnits = derived.data?.rankedUnits ?? NO_UNITS;
  const evaluation = derived.data?.evaluation ?? null;
  const whatIf = derived.data?.whatIf ?? null;

  const [perYear, setPerYear] = useState(3);
  const [timelineYear, setTimelineYear] = useState<number | null>(null);
  const timeline = useMemo(() => {
    if (!coverage || !evaluation) return null;
    try {
      return adoptionTimeline(coverage.hamlets, evaluation, { perYear });
    } catch {
      return null; // no adoption has a date: there is no record to start the timeline from
    }
  }, [coverage, evaluation, perYear]);

  const picksForMap = evaluation?.picks ?? [];
  const mapData = useMemo(
    () =>
      active && coverage
        ? planMapData(
            ranked,
            picksForMap,
            radiusKm,
            timeline && timelineYear !== null ? timelineState(timeline, timelineYear) : null,
          )
        : null,
    [active, coverage, ranked, picksForMap, radiusKm, timeline, timelineYear],
  );
  const beforeMapData = useMemo(
    () => (active && coverage ? planMapData(ranked, [], radiusKm) : null),
    [active, coverage, ranked, radiusKm],
  );

  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [runNotes, setRunNotes] = useState<PlanNote[]>([]);
  const latestRun = useRef(0);
  const settings = JSON.stringify([
    weights,
    sizeBy,
    distanceDirection,
    k,
    objective,
    maxPerUnit,
    radiusKm,
    lockedIn,
    ruledOut,
  ]);
  const [ranWith, setRanWith] = useState<{ settings: string; picks: string } | null>(null);
  const stale =
    ranWith !== null && ranWith.picks === picks.join() && ranWith.settings !== settings && picks.length > 0;
  const run = useCallback(() => {
    if (!coverage) return;
    const id = ++latestRun.current;
    setRunning(true);
    setRunError(null);
    engine
      .pick({
        coverage: coverage.options,
        input: { weights: planner.weights, ranking },
        options: {
          k: planner.k,
          radiusKm,
          objective: planner.objective,
          maxPerUnit: planner.maxPerUnit,
          lockedIn: planner.lockedIn,
          ruledOut: planner.ruledOut,
        },
      })
      .then(
        (result) => {
          if (id !== latestRun.current) return; // a newer run is on its way
          const codes = result.picks.map((pick) => pick.code);
          setPicks(codes);
          setRunNotes(result.notes);
          setRanWith({ settings, picks: codes.join() });
        },
        (reason: unknown) => {
          if (id === latestRun.current)
            setRunError(reason instanceof Error ? reason.message : String(reason));
        },
      )
      .finally(() => {
        if (id === latestRun.current) setRunning(false);
      });
  }, [engine, coverage, planner, radiusKm, ranking, setPicks, settings]);

  const [showBefore, setShowBefore] = useState(false);
  const candidates = useMemo(() => new Set(ranked.map((candidate) => candidate.code)), [ranked]);
  const onMapSelect = useCallback(
    (selection: MapSelection | null) => {
      if (active && selection?.layer === "hamlets" && candidates.has(selection.id)) togglePick(selection.id);
    },
    [active, candidates, togglePick],
  );

  // Leaving the view stops the animation, so coming back shows the plan, not a stale year.
  useEffect(() => {
    if (!active) setTimelineYear(null);
  }, [active]);

  return {
    coverage,
    error: coverageError ?? (derived.error as Error | null),
    ranking,
    ranked,
    rankedUnits,
    unitNames,
    evaluation,
    whatIf,
    timeline,
    perYear,
    setPerYear,
    timelineYear,
    setTimelineYear,
    layers,
    mapData,
    beforeMapData,
    running,
    runError,
    runNotes,
    stale,
    run,
    showBefore: showBefore && !comparing,
    setShowBefore,
    onMapSelect,
  };
}
