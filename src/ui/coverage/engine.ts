import { type AnalysisClient, createAnalysisClient } from "../../workers/analysis-client";
import type { AnalysisEngine } from "./use-coverage";

let client: AnalysisClient | null = null;
const started = () => {
  client ??= createAnalysisClient();
  return client;
};

/**
 * One analysis worker for the page's lifetime: it holds the dataset's index, so it outlives any
 * component (React's strict mode mounts twice; a per-component worker would be built twice), and
 * the coverage view, the planner and the deck all ask the same one. It starts on the first
 * request, not at page load, so the map view never pays for it.
 */
const lazyEngine: AnalysisEngine = {
  load: (layers) => started().load(layers),
  compute: (options) => started().compute(options),
  planner: (request) => started().planner(request),
  pick: (request) => started().pick(request),
};

export function coverageEngine(): AnalysisEngine {
  return lazyEngine;
}
