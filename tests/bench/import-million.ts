// Import of 1,000,000 incidents (a 191 MB GeoJSON) in Chromium, as the app does it (the file's
// bytes to the import worker, the result back in chunks, parsed in the page), against JSON.parse
// of the same bytes in the page. Measured in the same run, interleaved, each run in a fresh page:
// the time from having the bytes to holding the features in the page, and the peak resident
// memory of the page's renderer process (page and workers) above what it held before the run
// (Linux VmHWM after resetting it; the bytes themselves are counted in "before").
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { serveDirectory } from "../e2e/static-server";
import { alternate, type Benchmark, median, summarise } from "./harness";
import { incidentCollectionText } from "./import";

const root = resolve(import.meta.dirname, "../..");
const POINTS = Number(process.env.BINHYEN_MILLION ?? 1_000_000);
const ROUNDS = 3;
/**
 * The stated bound (README, "Limits"): peak memory of an import at most this many times the
 * file's size. Measured 2.9–4.4×; JSON.parse alone takes 3.3×.
 */
const MEMORY_BOUND = 5;

const PAGE = `<!doctype html><meta charset="utf-8"><title>import bench</title><script type="module">
import { createImportRunner } from "./import-client.js";
window.bench = {
  async load() {
    window.file = new Uint8Array(await (await fetch("incidents.geojson")).arrayBuffer());
    return window.file.length;
  },
  async candidate() {
    const bytes = window.file.slice();
    const runner = createImportRunner();
    const start = performance.now();
    const job = runner.start({ fileName: "incidents.geojson", bytes, kind: "incidents", crs: null, fields: null }, () => {});
    const result = await job.result;
    const ms = performance.now() - start;
    window.kept = result;
    return { ms, features: result.counts.accepted };
  },
  async baseline() {
    const bytes = window.file.slice();
    const start = performance.now();
    const value = JSON.parse(new TextDecoder().decode(bytes));
    const ms = performance.now() - start;
    window.kept = value;
    return { ms, features: value.features.length };
  },
};
</script>`;

async function buildPage(): Promise<string> {
  const outDir = resolve(root, "node_modules/.cache/binhyen-bench/import-million");
  await build({
    root,
    base: "./",
    configFile: false,
    logLevel: "warn",
    worker: { format: "es" },
    build: {
      outDir,
      emptyOutDir: true,
      lib: {
        entry: resolve(root, "src/workers/import-client.ts"),
        formats: ["es"],
        fileName: "import-client",
      },
    },
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, "index.html"), PAGE);
  writeFileSync(resolve(outDir, "incidents.geojson"), incidentCollectionText(POINTS));
  return outDir;
}

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kilobytes = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`, "u").exec(status)?.[1] ?? 0);
  return { rss: kilobytes("VmRSS") * 1024, peak: kilobytes("VmHWM") * 1024 };
}

async function renderers(browser: Browser): Promise<Set<number>> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send("SystemInfo.getProcessInfo")) as {
    processInfo: { type: string; id: number }[];
  };
  await session.detach();
  return new Set(processInfo.filter((process) => process.type === "renderer").map((process) => process.id));
}

export function importMillionBenchmark(browser: () => Promise<Browser>): Benchmark {
  return {
    name: "import million: 1,000,000 incidents in the browser",
    async run() {
      const directory = await buildPage();
      const server = await serveDirectory(directory);
      const chromium = await browser();
      const size = { bytes: 0 };
      const peaks = { candidate: [] as number[], baseline: [] as number[] };
      const kept = { candidate: [] as number[], baseline: [] as number[] };
      const once = async (mode: "candidate" | "baseline") => {
        const before = await renderers(chromium);
        const context = await chromium.newContext();
        const page = await context.newPage();
        try {
          await page.goto(server.url);
          size.bytes = (await page.evaluate("window.bench.load()")) as number;
          // The page's renderer: a new one, the largest now that it holds the file (Chromium may
          // also have started a spare renderer meanwhile).
          const fresh = [...(await renderers(chromium))].filter((id) => !before.has(id));
          const pid = fresh.sort((a, b) => memory(b).rss - memory(a).rss)[0];
          if (pid === undefined) throw new Error("the page's renderer process was not found");
          const session = await context.newCDPSession(page);
          await session.send("HeapProfiler.collectGarbage");
          const start = memory(pid);
          writeFileSync(`/proc/${pid}/clear_refs`, "5"); // resets VmHWM to the current RSS
          const outcome = (await page.evaluate(`window.bench.${mode}()`)) as { ms: number; features: number };
          if (outcome.features !== POINTS) throw new Error(`${mode} gave ${outcome.features} features`);
          peaks[mode].push(memory(pid).peak - start.rss);
          // What the page keeps once the collector has run: the features themselves.
          await session.send("HeapProfiler.collectGarbage");
          kept[mode].push(memory(pid).rss - start.rss);
          return outcome.ms;
        } finally {
          await context.close();
        }
      };
      try {
        const samples = await alternate(
          ROUNDS,
          () => once("candidate"),
          () => once("baseline"),
        );
        // The import decodes, parses, checks and normalises in the worker, then sends the features
        // as JSON the page parses again: about four times the work of a bare JSON.parse.
        const result = summarise(this.name, "JSON.parse of the same bytes in the page", 5, samples);
        const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
        const times = (bytes: number) => (bytes / size.bytes).toFixed(2);
        const candidatePeak = median(peaks.candidate);
        const baselinePeak = median(peaks.baseline);
        result.notes = [
          `file ${megabytes(size.bytes)}; method: ${ROUNDS} rounds, alternating, each run in a fresh page; peak = renderer VmHWM (page and workers) above its RSS before the run, file bytes already loaded`,
          `peak memory, median: import ${megabytes(candidatePeak)} (${times(candidatePeak)}× the file), JSON.parse ${megabytes(baselinePeak)} (${times(baselinePeak)}×); runs: import ${peaks.candidate.map(megabytes).join(", ")}; JSON.parse ${peaks.baseline.map(megabytes).join(", ")}`,
          `kept after collection, median: import ${megabytes(median(kept.candidate))}, JSON.parse ${megabytes(median(kept.baseline))}`,
          `memory bound ≤ ${MEMORY_BOUND}× the file: ${candidatePeak <= MEMORY_BOUND * size.bytes ? "met" : "MISSED"}`,
        ];
        return result;
      } finally {
        await server.close();
      }
    },
  };
}
