import { createCoverageSession } from "../../domain/coverage";
import type { CoverageEngine } from "./use-coverage";

/** The computation on the calling thread: for tests and for browsers without module workers. */
export function mainThreadEngine(): CoverageEngine {
  const session = createCoverageSession();
  return {
    load: async (layers) => session.load(layers),
    compute: async (options) => session.compute(options),
  };
}
