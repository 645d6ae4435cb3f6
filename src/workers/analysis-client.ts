// The page's handle on the analysis session: a module worker where the browser has Worker, the
// same session on the main thread where it has not (tests, the command line). Either way every
// call returns a promise, so callers need not know which one they got.
import * as Comlink from "comlink";
import type {
  AnalysisSession,
  PickRequest,
  PlannerDerived,
  PlannerRequest,
} from "../domain/analysis/analysis-session";
import { packDataset } from "../domain/analysis/pack";
import type { Coverage, CoverageLoadSummary, CoverageOptions } from "../domain/coverage";
import type { PlanResult } from "../domain/planner/planner-types";
import type { Layers } from "../domain/types";
import type { AnalysisWorkerApi } from "./analysis.worker";
import { guardedWorker, workerFactory } from "./guarded-worker";

export interface AnalysisClient {
  /**
   * Sends the dataset and builds the index, once per layers object: asking again for the layers
   * already there answers at once; other layers replace them.
   */
  load(layers: Layers): Promise<CoverageLoadSummary>;
  /** Rejects when nothing was loaded yet or the options are invalid (RangeError's message). */
  compute(options: CoverageOptions): Promise<Coverage>;
  planner(request: PlannerRequest): Promise<PlannerDerived>;
  pick(request: PickRequest): Promise<PlanResult>;
  readonly offMainThread: boolean;
  /** Ends the worker; later calls reject. */
  dispose(): void;
}

export interface AnalysisClientOptions {
  /** null forces the main thread; default: a module worker whenever the browser has Worker. */
  createWorker?: (() => Worker) | null;
}

function defaultWorker(): Worker {
  return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: "analysis" });
}

type Calls = Omit<AnalysisClient, "load" | "offMainThread" | "dispose"> & {
  send(layers: Layers): Promise<CoverageLoadSummary>;
};

/** The once-per-layers rule around either kind of session. */
function remembering(calls: Calls, offMainThread: boolean, dispose: () => void): AnalysisClient {
  let loaded: { layers: Layers; summary: Promise<CoverageLoadSummary> } | null = null;
  return {
    offMainThread,
    load(layers) {
      if (loaded?.layers !== layers) {
        const summary = calls.send(layers);
        loaded = { layers, summary };
        // A failed load is tried again on the next request.
        summary.catch(() => {
          if (loaded?.summary === summary) loaded = null;
        });
      }
      return loaded.summary;
    },
    compute: (options) => calls.compute(options),
    planner: (request) => calls.planner(request),
    pick: (request) => calls.pick(request),
    dispose,
  };
}

function workerClient(worker: Worker): AnalysisClient {
  const connection = guardedWorker<AnalysisWorkerApi>(worker, "analysis");
  const { api, guard } = connection;
  return remembering(
    {
      send: (layers) => {
        // Columns instead of 100,000 feature objects: a fraction of the copying on both sides.
        const { dataset, transfer } = packDataset(layers);
        return guard(() => api.load(Comlink.transfer(dataset, transfer)));
      },
      compute: (options) => guard(() => api.compute(options)),
      planner: (request) => guard(() => api.planner(request)),
      pick: (request) => guard(() => api.pick(request)),
    },
    true,
    () => connection.dispose(),
  );
}

function mainThreadClient(): AnalysisClient {
  // Loaded on first use: the page's own bundle need not carry the engines it runs in a worker.
  let session: Promise<AnalysisSession> | null = null;
  let disposed = false;
  const run = async <T>(call: (session: AnalysisSession) => T): Promise<T> => {
    if (disposed) throw new Error("The analysis client was disposed.");
    session ??= import("../domain/analysis/analysis-session").then((module) =>
      module.createAnalysisSession(),
    );
    return call(await session);
  };
  return remembering(
    {
      send: (layers) => run((session) => session.load(layers)),
      compute: (options) => run((session) => session.compute(options)),
      planner: (request) => run((session) => session.planner(request)),
      pick: (request) => run((session) => session.pick(request)),
    },
    false,
    () => {
      disposed = true;
    },
  );
}

export function createAnalysisClient(options: AnalysisClientOptions = {}): AnalysisClient {
  const createWorker = workerFactory(options.createWorker, defaultWorker);
  return createWorker ? workerClient(createWorker()) : mainThreadClient();
}
