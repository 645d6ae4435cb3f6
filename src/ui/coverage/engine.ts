import { type CoverageClient, createCoverageClient } from "../../workers/coverage-client";

let client: CoverageClient | null = null;

/**
 * One coverage worker for the page's lifetime: it holds the dataset's index, so it outlives any
 * component (React's strict mode mounts twice; a per-component worker would be built twice).
 */
export function coverageEngine(): CoverageClient {
  client ??= createCoverageClient();
  return client;
}
