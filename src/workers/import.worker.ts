// Runs the import engine off the main thread, so parsing, reprojecting and checking a large
// export never freezes the page. Cancelling terminates this worker (see import-client.ts): the
// engine needs no cancellation checks of its own to stop at once.
// Every import has things to say: the sentences come with the worker's code.
import "../data/sentences/all";
import * as Comlink from "comlink";
import { importFile } from "../data/import";
import type { ImportProgress, ImportRequest, ImportResult } from "../data/import/import-types";
import { type PackedResult, packResult, transferables } from "./import-transport";

export const importWorkerApi = {
  importFile(
    request: ImportRequest,
    onProgress: (progress: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportResult> {
    // The engine reports at most every 2 %, so each report may cross to the page as it is.
    return importFile(request, onProgress, signal);
  },
  /** importFile with the features packed for the way to the page (import-transport.ts). */
  async importPacked(
    request: ImportRequest,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<PackedResult> {
    // The bytes were transferred here: the engine may let them go once it has read them.
    request.releaseBytes = true;
    const packed = packResult(await importFile(request, onProgress));
    // Handed over, not copied: the page gets the chunks' memory as it is.
    return Comlink.transfer(packed, transferables(packed));
  },
};

export type ImportWorkerApi = typeof importWorkerApi;

// Importing this module on the main thread (the fallback, tests) must not answer the page's
// own messages.
if (typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope) {
  Comlink.expose(importWorkerApi);
}
