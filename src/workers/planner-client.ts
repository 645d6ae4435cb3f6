// The page's handle on the planner functions: a module worker where the browser has Worker, the
// same functions on the main thread where it has not (tests, old browsers). Either way every call
// returns a promise, so the UI need not know which one it got.
import * as Comlink from "comlink";
import type { HamletCoverage } from "../domain/coverage/coverage-types";
import type { PlanInputOptions } from "../domain/planner/plan-input";
import type { PickOptions, PlanResult } from "../domain/planner/planner-types";
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
  const api = Comlink.wrap<PlannerLib>(worker);
  // A worker that fails to start or crashes would leave every call waiting: fail them instead.
  let fail: (error: Error) => void = () => {};
  const crashed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  crashed.catch(() => {});
  worker.addEventListener("error", (event) => fail(new Error(event.message || "The planner worker failed.")));
  let disposed = false;
  return {
    offMainThread: true,
    pick: (hamlets, input, options) =>
      disposed
        ? Promise.reject(new Error(DISPOSED))
        : Promise.race([api.pickFromHamlets(hamlets, input, options), crashed]),
    dispose() {
      disposed = true;
      fail(new Error(DISPOSED));
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
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
  const createWorker =
    options.createWorker === undefined
      ? typeof Worker === "undefined"
        ? null
        : defaultWorker
      : options.createWorker;
  return createWorker ? workerClient(createWorker()) : mainThreadClient();
}
