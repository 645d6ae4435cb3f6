// `npm run bench`: runs every benchmark and prints medians and ratios against their baselines.
import { type Browser, chromium } from "playwright-core";
import { chromiumArguments, findChromium } from "../e2e/browser";
import { coverageBenchmark, coverageWindowBenchmark } from "./coverage";
import { firstIdleBenchmark } from "./first-idle";
import { type Benchmark, type BenchmarkResult, report } from "./harness";
import { importBenchmark } from "./import";
import { importMillionBenchmark } from "./import-million";
import { plannerBenchmark } from "./planner";
import { timeSliderBenchmark } from "./time-slider";

let browser: Browser | undefined;
async function sharedBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium not found (apt-get install chromium)");
  browser ??= await chromium.launch({ executablePath, args: chromiumArguments });
  return browser;
}

const benchmarks: Benchmark[] = [
  firstIdleBenchmark(sharedBrowser),
  coverageBenchmark,
  coverageWindowBenchmark,
  plannerBenchmark,
  importBenchmark,
  importMillionBenchmark(sharedBrowser),
  timeSliderBenchmark(sharedBrowser),
];

async function main() {
  const only = process.argv[2];
  const results: BenchmarkResult[] = [];
  for (const benchmark of benchmarks) {
    if (only && !benchmark.name.includes(only)) continue;
    console.log(`running: ${benchmark.name}`);
    results.push(await benchmark.run());
  }
  await browser?.close();
  const allMet = report(results);
  console.log(allMet ? "All targets met." : "Some targets were missed (see MISSED above).");
}

main().catch(async (error) => {
  console.error(error);
  await browser?.close();
  process.exit(1);
});
