import * as Comlink from "comlink";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportProgress, ImportRequest, ImportResult } from "../../src/data/import/import-types";
import {
  createImportRunner,
  type ImportFileFunction,
  type ImportRunner,
  isCancelled,
} from "../../src/workers/import-client";
import { packResult } from "../../src/workers/import-transport";

function request(text: string): ImportRequest {
  return {
    fileName: "ban.csv",
    bytes: new TextEncoder().encode(text),
    kind: null,
    crs: null,
    fields: null,
  };
}

/** A fake engine that counts the lines of the file, reporting each one. */
const countingEngine: ImportFileFunction = async (input, onProgress) => {
  const lines = new TextDecoder().decode(input.bytes).split("\n");
  lines.forEach((_, index) => {
    onProgress({ phase: "parsing", fraction: (index + 1) / lines.length });
  });
  return resultOf(input.fileName, lines.length);
};

function resultOf(fileName: string, read: number): ImportResult {
  return {
    detection: {
      format: "csv",
      encoding: "UTF-8",
      crs: "EPSG:4326",
      kind: "hamlets",
      kindProposed: true,
      fields: {},
      columns: [fileName],
    },
    counts: { read, accepted: read, rejected: 0, repaired: {} },
    messages: [],
    collection: { type: "FeatureCollection", features: [] },
    rejected: { type: "FeatureCollection", features: [] },
  };
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** countingEngine with a pause before it answers, as a real engine has work after its reports. */
const patientEngine: ImportFileFunction = async (input, onProgress) => {
  const result = await countingEngine(input, onProgress);
  await pause(30);
  return result;
};

/**
 * Answers at once and reports "done" only afterwards: what the page sees when a browser delivers
 * the progress proxy's message after the worker's answer (two ports, no order between them).
 */
const lateReportingEngine: ImportFileFunction = async (input, onProgress) => {
  setTimeout(() => onProgress({ phase: "done", fraction: 1 }), 10);
  return resultOf(input.fileName, 1);
};

/** An engine that only stops when told to, as a slow real one would. */
interface Seen {
  signal: AbortSignal | undefined;
  started: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

function stallingEngine(seen: Seen): ImportFileFunction {
  return (_request, onProgress, signal) => {
    seen.signal = signal;
    seen.started = true;
    seen.onProgress = onProgress;
    onProgress({ phase: "reading", fraction: 0 });
    return new Promise(() => {});
  };
}

/**
 * A Web Worker stand-in over a MessageChannel: the page talks to one port, the engine is exposed
 * with Comlink on the other, packed for the page as import.worker.ts does in a browser.
 */
function fakeWorkerFactory(engine: ImportFileFunction) {
  const created: { terminated: boolean; received: Uint8Array[] }[] = [];
  const createWorker = () => {
    const channel = new MessageChannel();
    const record = { terminated: false, received: [] as Uint8Array[] };
    created.push(record);
    Comlink.expose(
      {
        importPacked: async (input: ImportRequest, onProgress: (progress: ImportProgress) => void) => {
          record.received.push(input.bytes);
          return packResult(await engine(input, onProgress));
        },
      },
      channel.port2,
    );
    const port = channel.port1;
    const worker = {
      postMessage: (message: unknown, transfer: Transferable[]) => port.postMessage(message, transfer),
      addEventListener: port.addEventListener.bind(port),
      removeEventListener: port.removeEventListener.bind(port),
      start: () => port.start(),
      terminate: () => {
        record.terminated = true;
        port.close();
        channel.port2.close();
      },
    };
    return worker as unknown as Worker;
  };
  return { createWorker, created };
}

const runners: ImportRunner[] = [];
function runner(options: Parameters<typeof createImportRunner>[0]) {
  const created = createImportRunner(options);
  runners.push(created);
  return created;
}
afterEach(() => {
  for (const created of runners.splice(0)) created.dispose();
});

describe("import client on the main thread (no Worker)", () => {
  it("falls back to the main thread and passes progress on", async () => {
    expect(typeof Worker).toBe("undefined");
    const imports = runner({ importFile: countingEngine });
    expect(imports.offMainThread).toBe(false);
    const progress: ImportProgress[] = [];
    const result = await imports.start(request("a\nb\nc"), (step) => progress.push(step)).result;
    expect(result.counts.read).toBe(3);
    expect(progress.map((step) => step.fraction)).toEqual([1 / 3, 2 / 3, 1]);
  });

  it("cancels at once, aborts the engine's signal and drops late progress", async () => {
    const seen: Seen = { signal: undefined, started: false };
    const imports = runner({ importFile: stallingEngine(seen) });
    const progress: ImportProgress[] = [];
    const job = imports.start(request("a"), (step) => progress.push(step));
    await expect.poll(() => seen.started).toBe(true);
    job.cancel();
    const failure = await job.result.catch((error: unknown) => error);
    expect(isCancelled(failure)).toBe(true);
    expect(seen.signal?.aborted).toBe(true);
    seen.onProgress?.({ phase: "parsing", fraction: 0.5 }); // the engine has not noticed yet
    expect(progress).toHaveLength(1);
  });

  it("never reports progress once the result is in", async () => {
    const imports = runner({ importFile: lateReportingEngine });
    const progress: ImportProgress[] = [];
    await imports.start(request("a"), (step) => progress.push(step)).result;
    await pause(60);
    expect(progress).toEqual([]);
  });

  it("passes the engine's own failure on as it is", async () => {
    const imports = runner({
      importFile: async () => {
        throw new Error("not a shapefile");
      },
    });
    const failure = await imports.start(request("a"), () => {}).result.catch((error: unknown) => error);
    expect(isCancelled(failure)).toBe(false);
    expect((failure as Error).message).toBe("not a shapefile");
  });
});

describe("import client with a worker", () => {
  it("transfers the bytes instead of copying them, and reuses the idle worker", async () => {
    const { createWorker, created } = fakeWorkerFactory(patientEngine);
    const imports = runner({ createWorker });
    expect(imports.offMainThread).toBe(true);
    const sent = request("a\nb");
    const progress: ImportProgress[] = [];
    const job = imports.start(sent, (step) => progress.push(step));
    // transferred: the page's copy is detached at once
    expect(sent.bytes.byteLength).toBe(0);
    const result = await job.result;
    expect(result.counts.read).toBe(2);
    expect(created[0]?.received[0]?.byteLength).toBe(3);
    expect(progress.map((step) => step.fraction)).toEqual([1 / 2, 1]);
    await imports.start(request("c"), () => {}).result;
    expect(created).toHaveLength(1);
  });

  it("drops a report that reaches the page after the result (the dialog stuck at 100%)", async () => {
    const { createWorker } = fakeWorkerFactory(lateReportingEngine);
    const imports = runner({ createWorker });
    const progress: ImportProgress[] = [];
    const result = await imports.start(request("a"), (step) => progress.push(step)).result;
    expect(result.counts.read).toBe(1);
    await pause(60);
    expect(progress).toEqual([]);
  });

  it("copies a view into a larger buffer before transferring, leaving the rest alone", async () => {
    const { createWorker, created } = fakeWorkerFactory(countingEngine);
    const imports = runner({ createWorker });
    const whole = new TextEncoder().encode("xxa\nbyy");
    const view = whole.subarray(2, 5);
    await imports.start({ ...request(""), bytes: view }, () => {}).result;
    expect(new TextDecoder().decode(created[0]?.received[0])).toBe("a\nb");
    expect(new TextDecoder().decode(whole)).toBe("xxa\nbyy");
  });

  it("terminates the worker on cancel, and starts a fresh one for the next import", async () => {
    const seen: Seen = { signal: undefined, started: false };
    const { createWorker, created } = fakeWorkerFactory(stallingEngine(seen));
    const imports = runner({ createWorker });
    const job = imports.start(request("a"), () => {});
    await expect.poll(() => seen.started).toBe(true);
    job.cancel();
    expect(isCancelled(await job.result.catch((error: unknown) => error))).toBe(true);
    expect(created[0]?.terminated).toBe(true);
    imports.start(request("b"), () => {});
    expect(created).toHaveLength(2);
    expect(created[1]?.terminated).toBe(false);
  });
});

const GEOJSON = JSON.stringify({
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.64, 21.51] },
      properties: { ma_ban: "03730-01", ten_ban: "Bản Heo Trại" },
    },
  ],
});

describe("the real engine", () => {
  it("runs on the main thread when no engine is given", async () => {
    const imports = runner({ createWorker: null });
    const progress: ImportProgress[] = [];
    const result = await imports.start({ ...request(GEOJSON), fileName: "ban.geojson" }, (step) =>
      progress.push(step),
    ).result;
    expect(result.detection.format).toBe("geojson");
    expect(result.counts).toMatchObject({ read: 1, accepted: 1, rejected: 0 });
    expect(progress.at(-1)?.phase).toBe("done");
  });

  it("stops when cancelled before it has read anything", async () => {
    const imports = runner({ createWorker: null });
    const job = imports.start({ ...request(GEOJSON), fileName: "ban.geojson" }, () => {});
    job.cancel();
    expect(isCancelled(await job.result.catch((error: unknown) => error))).toBe(true);
  });

  it("answers through Comlink as the worker module exposes it, bytes transferred", async () => {
    const { importWorkerApi } = await import("../../src/workers/import.worker");
    const { createWorker, created } = fakeWorkerFactory(importWorkerApi.importFile);
    const imports = runner({ createWorker });
    const sent = { ...request(GEOJSON), fileName: "ban.geojson" };
    const job = imports.start(sent, () => {});
    expect(sent.bytes.byteLength).toBe(0);
    const result = await job.result;
    expect(result.collection.features[0]?.properties).toMatchObject({
      code: "03730-01",
      name: "Bản Heo Trại",
    });
    expect(created).toHaveLength(1);
  });
});
