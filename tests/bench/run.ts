// `npm run bench`: runs every benchmark and prints both sides, medians and ratios against their
// targets. `npm run bench -- slider` runs only those whose name contains "slider";
// BENCH_ROUNDS=3 runs fewer rounds for a quick look.
import "../../src/data/sentences/all";
import { type Browser, chromium } from "playwright-core";
import { chromiumArguments, findChromium } from "../e2e/browser";
import { basemapBenchmark } from "./basemap";
import { coverageBenchmark, coverageWindowBenchmark } from "./coverage";
import { firstPictureBenchmark, pictureRuleBenchmark } from "./first-picture";
import { type Benchmark, type BenchmarkResult, report } from "./harness";
import { importBenchmark } from "./import";
import { importMillionBenchmark } from "./import-million";
import { nationalTilesBenchmark } from "./national-tiles";
import { plannerBenchmark } from "./planner";
import { timeSliderBenchmark } from "./time-slider";
import { viewTourBenchmark } from "./view-tour";

let browser: Browser | undefined;
async function sharedBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium not found (apt-get install chromium)");
  // Eager: measureUserAgentSpecificMemory answers at once instead of at a random later GC.
  const args = [...chromiumArguments, "--enable-blink-features=ForceEagerMeasureMemory"];
  browser ??= await chromium.launch({ executablePath, args });
  return browser;
}

const benchmarks: Benchmark[] = [
  firstPictureBenchmark(sharedBrowser),
  pictureRuleBenchmark(sharedBrowser),
  basemapBenchmark(sharedBrowser),
  viewTourBenchmark(sharedBrowser),
  timeSliderBenchmark(sharedBrowser),
  plannerBenchmark,
  coverageBenchmark,
  coverageWindowBenchmark,
  importBenchmark,
  importMillionBenchmark(sharedBrowser),
  nationalTilesBenchmark(sharedBrowser),
];

async function main() {
  const only = process.argv[2];
  const results: BenchmarkResult[] = [];
  for (const benchmark of benchmarks) {
    if (only && !benchmark.name.includes(only)) continue;
    console.log(`running: ${benchmark.name}`);
    const started = performance.now();
    const result = await benchmark.run();
    results.push(...(Array.isArray(result) ? result : [result]));
    console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await browser?.close();
  if (results.length === 0) throw new Error(`no benchmark's name contains "${only}"`);
  const allMet = report(results);
  console.log(allMet ? "All targets met." : "Some targets were missed (MISS above): the figures say so.");
}

main().catch(async (error) => {
  console.error(error);
  await browser?.close();
  process.exit(1);
});
