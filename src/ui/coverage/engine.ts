import type { CoverageClient } from "../../workers/coverage-client";
import { createCoverageClient } from "../../workers/coverage-client";
import type { CoverageEngine } from "./use-coverage";

let client: CoverageClient | null = null;

/**
 * One coverage worker for the page's lifetime: it holds the dataset's index, so it outlives any
 * component (React's strict mode mounts twice; a per-component worker would be built twice).
 * The worker starts on the first request, not at page load, so the map view never pays for it.
 */
const lazyEngine: CoverageEngine = {
  load: (layers) => {
    client ??= createCoverageClient();
    return client.load(layers);
  },
  compute: (options) => {
    client ??= createCoverageClient();
    return client.compute(options);
  },
};

export function coverageEngine(): CoverageEngine {
  return lazyEngine;
}
