// The coverage computation's public face: build an index once per dataset, then compute the
// figures for any window and radius.

export { computeCoverage, DEFAULT_RADIUS_KM } from "./compute-coverage";
export { buildCoverageIndex } from "./coverage-index";
export { type CoverageLoadSummary, createCoverageSession } from "./coverage-session";
export type * from "./coverage-types";
