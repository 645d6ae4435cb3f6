// The analysis worker: holds the joined layers and the coverage index for the whole session, and
// answers coverage, ranking and planning requests that carry only their parameters.
import * as Comlink from "comlink";
import { createAnalysisSession } from "../domain/analysis/analysis-session";

export const analysisWorkerApi = createAnalysisSession();

export type AnalysisWorkerApi = typeof analysisWorkerApi;

// Importing this module on the main thread must not answer the page's own messages.
if (typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope) {
  Comlink.expose(analysisWorkerApi);
}
