import type { AnalysisClient } from "../../workers/analysis-client";
import type { AnalysisEngine } from "./use-coverage";

let client: Promise<AnalysisClient> | null = null;
const started = () => {
  client ??= import("../../workers/analysis-client").then(
    (module) => module.createAnalysisClient(),
    (error: unknown) => {
      client = null; // the code did not arrive: the next request tries again
      throw error;
    },
  );
  return client;
};

/**
 * One analysis worker for the page's lifetime: it holds the dataset's index, so it outlives any
 * component (React's strict mode mounts twice; a per-component worker would be built twice), and
 * the coverage view, the planner and the deck all ask the same one. It starts on the first
 * request, not at page load, and its client's code (Comlink, the packing of the dataset) comes
 * with that request, so the map view never pays for either.
 */
const lazyEngine: AnalysisEngine = {
  load: async (layers) => (await started()).load(layers),
  compute: async (options) => (await started()).compute(options),
  planner: async (request) => (await started()).planner(request),
  pick: async (request) => (await started()).pick(request),
};

export function coverageEngine(): AnalysisEngine {
  return lazyEngine;
}
