// What every engine client needs around its Comlink worker: calls that fail, rather than wait
// forever, when the worker cannot start or crashes, and a dispose that ends it.
import * as Comlink from "comlink";

export interface GuardedWorker<Api> {
  api: Comlink.Remote<Api>;
  /** Runs a call on the worker; rejects if the worker crashed or was disposed. */
  guard<T>(call: () => Promise<T>): Promise<T>;
  dispose(): void;
}

export function guardedWorker<Api>(worker: Worker, name: string): GuardedWorker<Api> {
  const api = Comlink.wrap<Api>(worker);
  const disposedError = () => new Error(`The ${name} client was disposed.`);
  let fail: (error: Error) => void = () => {};
  const crashed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  crashed.catch(() => {});
  worker.addEventListener("error", (event) => fail(new Error(event.message || `The ${name} worker failed.`)));
  let disposed = false;
  return {
    api,
    guard: (call) => (disposed ? Promise.reject(disposedError()) : Promise.race([call(), crashed])),
    dispose() {
      disposed = true;
      fail(disposedError());
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** The worker factory to use: the caller's, none (null: main thread), or a module worker. */
export function workerFactory(
  requested: (() => Worker) | null | undefined,
  defaultWorker: () => Worker,
): (() => Worker) | null {
  if (requested !== undefined) return requested;
  return typeof Worker === "undefined" ? null : defaultWorker;
}
