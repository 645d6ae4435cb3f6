// The page's handle on the coverage computation: a module worker where the browser has Worker,
// the same session on the main thread where it has not (tests, the command line). Either way
// every call returns a promise, so callers need not know which one they got.
import {
  type Coverage,
  type CoverageLoadSummary,
  type CoverageOptions,
  createCoverageSession,
} from "../domain/coverage";
import type { Layers } from "../domain/types";
import type { CoverageWorkerApi } from "./coverage.worker";
import { guardedWorker, workerFactory } from "./guarded-worker";

export interface CoverageClient {
  /** Sends the dataset (copied once) and builds the index; replaces any earlier dataset. */
  load(layers: Layers): Promise<CoverageLoadSummary>;
  /** Rejects when nothing was loaded yet or the options are invalid (RangeError's message). */
  compute(options: CoverageOptions): Promise<Coverage>;
  readonly offMainThread: boolean;
  /** Ends the worker; later calls reject. */
  dispose(): void;
}

export interface CoverageClientOptions {
  /** null forces the main thread; default: a module worker whenever the browser has Worker. */
  createWorker?: (() => Worker) | null;
}

function defaultWorker(): Worker {
  return new Worker(new URL("./coverage.worker.ts", import.meta.url), { type: "module", name: "coverage" });
}

function workerClient(worker: Worker): CoverageClient {
  const connection = guardedWorker<CoverageWorkerApi>(worker, "coverage");
  return {
    offMainThread: true,
    load: (layers) => connection.guard(() => connection.api.load(layers)),
    compute: (options) => connection.guard(() => connection.api.compute(options)),
    dispose: () => connection.dispose(),
  };
}

function mainThreadClient(): CoverageClient {
  const session = createCoverageSession();
  let disposed = false;
  const run = async <T>(call: () => T): Promise<T> => {
    if (disposed) throw new Error("The coverage client was disposed.");
    return call();
  };
  return {
    offMainThread: false,
    load: (layers) => run(() => session.load(layers)),
    compute: (options) => run(() => session.compute(options)),
    dispose() {
      disposed = true;
    },
  };
}

export function createCoverageClient(options: CoverageClientOptions = {}): CoverageClient {
  const createWorker = workerFactory(options.createWorker, defaultWorker);
  return createWorker ? workerClient(createWorker()) : mainThreadClient();
}
