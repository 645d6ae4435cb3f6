import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { PickRequest, PlannerDerived, PlannerRequest } from "../../domain/analysis/analysis-session";
import type { Coverage, CoverageLoadSummary, CoverageOptions } from "../../domain/coverage";
import type { PlanResult } from "../../domain/planner/planner-types";
import type { Layers } from "../../domain/types";

/** What the coverage computation offers the UI: a worker in the app, the plain session in tests. */
export interface CoverageEngine {
  load(layers: Layers): Promise<CoverageLoadSummary>;
  compute(options: CoverageOptions): Promise<Coverage>;
}

/** The coverage engine with the planner's requests: one worker holds the dataset for all of them. */
export interface AnalysisEngine extends CoverageEngine {
  planner(request: PlannerRequest): Promise<PlannerDerived>;
  pick(request: PickRequest): Promise<PlanResult>;
}

// Layers objects have no name; a number per object lets them key queries.
const layerIds = new WeakMap<Layers, number>();
let nextLayerId = 1;
/** A key for queries about these layers; 0 for none. */
export function layersKey(layers: Layers | null): number {
  return layers ? idOf(layers) : 0;
}

function idOf(layers: Layers): number {
  let id = layerIds.get(layers);
  if (id === undefined) {
    id = nextLayerId++;
    layerIds.set(layers, id);
  }
  return id;
}

export interface CoverageState {
  coverage: Coverage | undefined;
  summary: CoverageLoadSummary | undefined;
  /** True while a newer window is being computed; the previous figures stay on screen meanwhile. */
  updating: boolean;
  error: Error | null;
}

// The dataset goes to the engine once; each window or radius change sends only the options.
export function useCoverage(
  engine: CoverageEngine,
  layers: Layers | null,
  options: CoverageOptions,
): CoverageState {
  const layersId = layers ? idOf(layers) : 0;
  const loaded = useQuery({
    queryKey: ["coverage-load", layersId],
    queryFn: () => engine.load(layers as Layers),
    enabled: layers !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const computed = useQuery({
    queryKey: coverageKey(layersId, options),
    queryFn: () => engine.compute(options),
    enabled: loaded.isSuccess,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
  return {
    coverage: computed.data,
    summary: loaded.data,
    updating: computed.isFetching,
    error: (loaded.error ?? computed.error) as Error | null,
  };
}

function coverageKey(layersId: number, options: CoverageOptions) {
  return ["coverage", layersId, options.from, options.to, options.radiusKm] as const;
}

/**
 * Computes the figures of `ahead` (the slider's next steps) once `ready` (the current figures are
 * in, so they never wait behind these): a step then finds its figures ready, and the map changes
 * in the same task as the input, in one frame.
 */
export function useCoverageAhead(
  engine: CoverageEngine,
  layers: Layers | null,
  ahead: readonly CoverageOptions[],
  ready: boolean,
): void {
  const queryClient = useQueryClient();
  const layersId = layers ? idOf(layers) : 0;
  useEffect(() => {
    if (!ready || layersId === 0) return;
    for (const options of ahead) {
      void queryClient.prefetchQuery({
        queryKey: coverageKey(layersId, options),
        queryFn: () => engine.compute(options),
        staleTime: Number.POSITIVE_INFINITY,
      });
    }
  }, [ready, ahead, layersId, engine, queryClient]);
}
