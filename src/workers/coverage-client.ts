// The page's handle on the coverage computation: a module worker where the browser has Worker,
// the same session on the main thread where it has not (tests, the command line). Either way
// every call returns a promise, so callers need not know which one they got.
import * as Comlink from "comlink";
import {
  type Coverage,
  type CoverageLoadSummary,
  type CoverageOptions,
  createCoverageSession,
} from "../domain/coverage";
import type { Layers } from "../domain/types";
import type { CoverageWorkerApi } from "./coverage.worker";

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
  const api = Comlink.wrap<CoverageWorkerApi>(worker);
  // A worker that fails to start or crashes would leave every call waiting: fail them instead.
  let fail: (error: Error) => void = () => {};
  const crashed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  crashed.catch(() => {});
  worker.addEventListener("error", (event) =>
    fail(new Error(event.message || "The coverage worker failed.")),
  );
  let disposed = false;
  const guard = <T>(call: () => Promise<T>): Promise<T> =>
    disposed
      ? Promise.reject(new Error("The coverage client was disposed."))
      : Promise.race([call(), crashed]);
  return {
    offMainThread: true,
    load: (layers) => guard(() => api.load(layers)),
    compute: (options) => guard(() => api.compute(options)),
    dispose() {
      disposed = true;
      fail(new Error("The coverage client was disposed."));
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
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
  const createWorker =
    options.createWorker === undefined
      ? typeof Worker === "undefined"
        ? null
        : defaultWorker
      : options.createWorker;
  return createWorker ? workerClient(createWorker()) : mainThreadClient();
}
