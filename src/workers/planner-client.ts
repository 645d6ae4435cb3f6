// The page's handle on the planner functions: a module worker where the browser has Worker, the
// same functions on the main thread where it has not (tests, old browsers). Either way every call
// returns a promise, so the UI need not know which one it got.
import type { HamletCoverage } from "../domain/coverage/coverage-types";
import type { PlanInputOptions } from "../domain/planner/plan-input";
import type { PickOptions, PlanResult } from "../domain/planner/planner-types";
import { guardedWorker, workerFactory } from "./guarded-worker";
import { type PlannerLib, plannerLib } from "./planner.worker";

export interface PlannerClient {
  /** Ranks the uncovered hamlets and picks K sites among them, as `pickSites` does. */
  pick(
    hamlets: readonly HamletCoverage[],
    input: PlanInputOptions,
    options: PickOptions,
  ): Promise<PlanResult>;
  readonly offMainThread: boolean;
  /** Ends the worker; later calls reject. */
  dispose(): void;
}

export interface PlannerClientOptions {
  /** null forces the main thread; default: a module worker whenever the browser has Worker. */
  createWorker?: (() => Worker) | null;
}

function defaultWorker(): Worker {
  return new Worker(new URL("./planner.worker.ts", import.meta.url), { type: "module", name: "planner" });
}

const DISPOSED = "The planner client was disposed.";

function workerClient(worker: Worker): PlannerClient {
  const connection = guardedWorker<PlannerLib>(worker, "planner");
  return {
    offMainThread: true,
    pick: (hamlets, input, options) =>
      connection.guard(() => connection.api.pickFromHamlets(hamlets, input, options)),
    dispose: () => connection.dispose(),
  };
}

function mainThreadClient(): PlannerClient {
  let disposed = false;
  return {
    offMainThread: false,
    pick: async (hamlets, input, options) => {
      if (disposed) throw new Error(DISPOSED);
      return plannerLib.pickFromHamlets(hamlets, input, options);
    },
    dispose() {
      disposed = true;
    },
  };
}

export function createPlannerClient(options: PlannerClientOptions = {}): PlannerClient {
  const createWorker = workerFactory(options.createWorker, defaultWorker);
  return createWorker ? workerClient(createWorker()) : mainThreadClient();
}
