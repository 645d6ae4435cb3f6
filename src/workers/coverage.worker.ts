// Runs the coverage computation off the main thread. The page posts the dataset once (`load`,
// which builds the index here); every window or radius change then sends only the options.
import * as Comlink from "comlink";
import { createCoverageSession } from "../domain/coverage";

export const coverageWorkerApi = createCoverageSession();

export type CoverageWorkerApi = typeof coverageWorkerApi;

// Importing this module on the main thread must not answer the page's own messages.
if (typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope) {
  Comlink.expose(coverageWorkerApi);
}
