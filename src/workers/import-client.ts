// Starts imports in a Web Worker and lets the user cancel them. A cancelled import terminates its
// worker, whatever the engine was doing, and its promise rejects with an AbortError: nothing of
// it reaches the page or the store. Without Worker (tests, the command line) the same engine runs
// on the main thread and is stopped through an AbortSignal.
import * as Comlink from "comlink";
import type { ImportProgress, ImportRequest, ImportResult } from "../data/import/import-types";
import type { ImportWorkerApi } from "./import.worker";
import { unpackResult } from "./import-transport";

export type ProgressListener = (progress: ImportProgress) => void;

export type ImportFileFunction = (
  request: ImportRequest,
  onProgress: ProgressListener,
  signal?: AbortSignal,
) => Promise<ImportResult>;

export interface ImportJob {
  /** Resolves with the engine's result; rejects with an AbortError once cancelled. */
  result: Promise<ImportResult>;
  /** Stops the import at once; does nothing once the result has arrived. */
  cancel(): void;
}

export interface ImportRunner {
  /**
   * The request's bytes are transferred to the worker, not copied: the caller's array is empty
   * afterwards. Read the file again to import it again. onProgress is never called once the
   * job's result has settled.
   */
  start(request: ImportRequest, onProgress: ProgressListener): ImportJob;
  readonly offMainThread: boolean;
  /** Ends the idle worker; running jobs are cancelled. */
  dispose(): void;
}

export interface ImportRunnerOptions {
  /** The engine for the main-thread fallback; default: the real one, loaded on first use. */
  importFile?: ImportFileFunction;
  /** null forces the main thread; default: a module worker whenever the browser has Worker. */
  createWorker?: (() => Worker) | null;
}

export function cancelledError(): DOMException {
  return new DOMException("The import was cancelled.", "AbortError");
}

export function isCancelled(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === "AbortError";
}

function defaultWorker(): Worker {
  return new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module", name: "import" });
}

const loadEngine: () => Promise<ImportFileFunction> = async () =>
  (await import("./import.worker")).importWorkerApi.importFile;

/** A view into a larger buffer would hand the whole buffer over: give it its own buffer first. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}

interface Connection {
  worker: Worker;
  api: Comlink.Remote<ImportWorkerApi>;
}

/** Files below this size leave their worker waiting for the next import (its code loaded). */
const KEEP_WORKER_BELOW_BYTES = 16 * 1024 * 1024;

function workerRunner(createWorker: () => Worker): ImportRunner {
  // One worker waits between imports, so the engine's code is loaded once; a cancelled one is
  // terminated and the next import starts a fresh one.
  let idle: Connection | null = null;
  const running = new Set<ImportJob>();

  function connect(): Connection {
    const connection =
      idle ??
      (() => {
        const worker = createWorker();
        return { worker, api: Comlink.wrap<ImportWorkerApi>(worker) };
      })();
    idle = null;
    return connection;
  }

  function release(connection: Connection) {
    if (idle === null) idle = connection;
    else connection.worker.terminate();
  }

  return {
    offMainThread: true,
    start(request, onProgress) {
      const connection = connect();
      let settled = false;
      let fail: (error: unknown) => void = () => {};
      const stopped = new Promise<never>((_, reject) => {
        fail = reject;
      });
      const crashed = (event: ErrorEvent) => fail(new Error(event.message || "The import worker failed."));
      connection.worker.addEventListener("error", crashed);
      const bytes = ownBuffer(request.bytes);
      // Reports come through the progress proxy's own MessageChannel, the result through the
      // worker's port, and a browser keeps no order between two ports: on a busy page the last
      // report ("done 100%") can arrive after the result, and would put a finished job back to
      // "running" in the caller's state. Reports that late are dropped.
      const forward: ProgressListener = (progress) => {
        if (!settled) onProgress(progress);
      };
      // Its size, read before the bytes are transferred and the array left empty.
      const size = bytes.byteLength;
      let handedOver = false;
      const handOver = (keep: boolean) => {
        if (handedOver) return;
        handedOver = true;
        if (keep) release(connection);
        else connection.worker.terminate();
      };
      const work = connection.api
        .importPacked(Comlink.transfer({ ...request, bytes }, [bytes.buffer]), Comlink.proxy(forward))
        .then((packed) => {
          if (settled) throw cancelledError();
          // After a large file the worker holds hundreds of megabytes its collector has not yet
          // given back: it is ended before the page builds the features, not kept waiting.
          handOver(size < KEEP_WORKER_BELOW_BYTES);
          return unpackResult(packed);
        });
      const job: ImportJob = {
        result: Promise.race([work, stopped]).finally(() => {
          settled = true;
          running.delete(job);
          connection.worker.removeEventListener("error", crashed);
        }),
        cancel() {
          if (settled) return;
          connection.worker.terminate();
          fail(cancelledError());
        },
      };
      job.result.then(
        () => handOver(true),
        (error) => {
          if (!isCancelled(error)) handOver(false);
        },
      );
      running.add(job);
      return job;
    },
    dispose() {
      for (const job of running) job.cancel();
      idle?.worker.terminate();
      idle = null;
    },
  };
}

function mainThreadRunner(importFile: ImportFileFunction | undefined): ImportRunner {
  const running = new Set<() => void>();
  return {
    offMainThread: false,
    start(request, onProgress) {
      const controller = new AbortController();
      // The engine may only notice the signal at its next check: the caller hears of the
      // cancellation at once, and a late result is dropped.
      const aborted = new Promise<never>((_, reject) => {
        controller.signal.addEventListener("abort", () => reject(cancelledError()), { once: true });
      });
      let settled = false;
      const forward: ProgressListener = (progress) => {
        if (!settled && !controller.signal.aborted) onProgress(progress);
      };
      const work = (importFile ? Promise.resolve(importFile) : loadEngine()).then((engine) =>
        engine(request, forward, controller.signal),
      );
      const cancel = () => controller.abort();
      running.add(cancel);
      const result = Promise.race([work, aborted]).finally(() => {
        settled = true;
        running.delete(cancel);
      });
      work.catch(() => {}); // a failure after cancelling has no one left to tell
      return { result, cancel };
    },
    dispose() {
      for (const cancel of running) cancel();
    },
  };
}

export function createImportRunner(options: ImportRunnerOptions = {}): ImportRunner {
  const createWorker =
    options.createWorker === undefined
      ? typeof Worker === "undefined"
        ? null
        : defaultWorker
      : options.createWorker;
  return createWorker ? workerRunner(createWorker) : mainThreadRunner(options.importFile);
}
