// A tour of the views at province scale, map → coverage → planner → map, in a fresh page each
// round: the time each switch takes until the view is usable, the longest main-thread task after
// the first picture, and memory after the tour against memory after load. The baseline is a bare
// MapLibre page on the same files making the same kind of style change for each view (colours
// by data, incidents hidden in the planner): what the map alone costs in this browser.
import type { Browser, Page } from "playwright-core";
import { findChromium } from "../e2e/browser";
import { serveBench } from "./bench-server";
import {
  APP_DIRECTORY,
  buildBenchPage,
  closeAndSettle,
  onScreen,
  openPage,
  pageProcessMemory,
  settle,
} from "./browser-bench";
import { type Benchmark, type BenchmarkResult, median, rounds, summarise } from "./harness";
import { provinceGeodata } from "./province-files";

const TOUR = ["coverage", "planner", "map"] as const;
type View = (typeof TOUR)[number];
const SWITCH_TARGET_MS = 300;
const LONG_TASK_TARGET_MS = 200;
const MEMORY_TARGET_RATIO = 1.3;
/** A switch is over once the view is drawn and no long task has run for this long. */
const QUIET_MS = 500;

interface Switch {
  /** Click → the view's content rendered and the map idle. */
  ready: number;
  /** Click → the end of the last long task before a quiet half second (or `ready`, if later). */
  interactive: number;
}

interface Tour {
  switches: Record<View, Switch>;
  longestTask: number;
  memoryAfterLoad: number;
  memoryAfterTour: number;
  workersAfterTour: number;
  processesAfterLoad: number;
  processesAfterTour: number;
  /** The most the page's processes held at any moment of the tour (sampled twice a second). */
  processesPeak: number;
  workersAfterLoad: number;
}

/** Samples the page's process memory until stopped; resolves with the largest sample. */
function peakSampler(browser: Browser): { stop(): Promise<number> } {
  let running = true;
  let peak = 0;
  const sampling = (async () => {
    while (running) {
      peak = Math.max(peak, await pageProcessMemory(browser));
      await new Promise((done) => setTimeout(done, 500));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await sampling;
      return peak;
    },
  };
}

// Runs in the page: switches view, waits until it is usable, then for a quiet main thread.
// (No named helpers in here: the page does not have the bundler's __name shim.)
function switchView(page: Page, view: View, isApp: boolean): Promise<Switch> {
  return page.evaluate(
    async ([target, app, quietMs]) => {
      const bench = (window as unknown as { __bench: { longTasks: [number, number][] } }).__bench;
      const start = performance.now();
      if (app) document.querySelector<HTMLButtonElement>(`[data-testid="mode-${target}"]`)?.click();
      else window.benchView(target);
      const contentReady = () => {
        if (!app) return true;
        const busy = document.querySelector(".coverage-status, .coverage-top[aria-busy='true']");
        if (busy) return false;
        if (target === "coverage") return document.querySelector(".coverage-top") !== null;
        if (target === "planner") return document.querySelector(".planner-top") !== null;
        return document.querySelector(".coverage-top, .planner-top") === null;
      };
      for (;;) {
        await new Promise((done) => setTimeout(done, 0));
        if (app) await window.binhYenMap?.whenIdle();
        else await window.benchWhenIdle();
        if (contentReady() && (!app || window.binhYenMap?.isIdle())) break;
        if (performance.now() - start > 120_000) throw new Error(`the ${target} view never got ready`);
      }
      const ready = performance.now();
      let lastEnd = ready;
      for (;;) {
        await new Promise((done) => setTimeout(done, 100));
        for (const [taskStart, duration] of bench.longTasks)
          if (taskStart >= start) lastEnd = Math.max(lastEnd, taskStart + duration);
        if (performance.now() - lastEnd >= quietMs || performance.now() - start > 120_000) break;
      }
      return { ready: ready - start, interactive: lastEnd - start };
    },
    [view, isApp, QUIET_MS] as const,
  );
}

/**
 * Bytes of memory the page holds, workers included where the page is cross-origin isolated
 * (the bench server makes it so), after a garbage collection of the main thread.
 */
async function memory(page: Page): Promise<{ total: number; workers: number; window: [number, number] }> {
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  await session.detach();
  return page.evaluate(async () => {
    const start = performance.now();
    const measure = (
      performance as unknown as {
        measureUserAgentSpecificMemory?: () => Promise<{
          bytes: number;
          breakdown: { bytes: number; attribution: { scope: string }[] }[];
        }>;
      }
    ).measureUserAgentSpecificMemory;
    if (!crossOriginIsolated || !measure) throw new Error("measureUserAgentSpecificMemory is unavailable");
    const result = await measure.call(performance);
    const workers = result.breakdown
      .filter((part) => part.attribution.some((where) => where.scope === "DedicatedWorkerGlobalScope"))
      .reduce((sum, part) => sum + part.bytes, 0);
    return { total: result.bytes, workers, window: [start, performance.now()] as [number, number] };
  });
}

async function tour(browser: Browser, url: string, isApp: boolean): Promise<Tour> {
  const { context, page } = await openPage(browser, url);
  const pictureAt = await onScreen(page);
  await settle(browser);
  const afterLoad = await memory(page);
  const processesAfterLoad = await pageProcessMemory(browser);
  const switches = {} as Record<View, Switch>;
  const sampler = peakSampler(browser);
  for (const view of TOUR) {
    await settle(browser);
    switches[view] = await switchView(page, view, isApp);
  }
  const processesPeak = await sampler.stop();
  await settle(browser);
  const afterTour = await memory(page);
  const processesAfterTour = await pageProcessMemory(browser);
  // Tasks of the memory measurements themselves (a forced collection) are the bench's, not the page's.
  const tasks = await page.evaluate(
    () => (window as unknown as { __bench: { longTasks: [number, number][] } }).__bench.longTasks,
  );
  const ours = [afterLoad.window, afterTour.window];
  const longestTask = Math.max(
    0,
    ...tasks
      .filter(
        ([start, duration]) =>
          start >= pictureAt && !ours.some(([from, to]) => start < to && start + duration > from),
      )
      .map(([, duration]) => duration),
  );
  await closeAndSettle(browser, context);
  return {
    switches,
    longestTask,
    memoryAfterLoad: afterLoad.total / 2 ** 20,
    memoryAfterTour: afterTour.total / 2 ** 20,
    workersAfterTour: afterTour.workers / 2 ** 20,
    processesAfterLoad,
    processesAfterTour,
    processesPeak,
    workersAfterLoad: afterLoad.workers / 2 ** 20,
  };
}

const METHOD =
  "a fresh page per round, on the first picture the browser settles, then each switch: click (app) " +
  "or style change (bare page) until the view's content is rendered and the map idle, then until " +
  `no long task for ${QUIET_MS} ms; 'interactive' ends with the last long task`;

export function viewTourBenchmark(browser: () => Promise<Browser>): Benchmark {
  return {
    name: "view tour (switches, long tasks, memory)",
    async run() {
      if (!findChromium()) throw new Error("Chromium is needed for this benchmark");
      const geodata = provinceGeodata();
      const app = await serveBench(APP_DIRECTORY, { geodata, isolated: true });
      const bare = await serveBench(await buildBenchPage("bare-page"), { geodata, isolated: true });
      const chromium = await browser();
      try {
        const first = await openPage(chromium, app.url);
        await onScreen(first.page);
        const camera = await first.page.evaluate(() => window.binhYenMap?.cameras().main);
        await closeAndSettle(chromium, first.context);
        const bareUrl = `${bare.url}?camera=${[...(camera?.center ?? []), camera?.zoom].join(",")}`;
        const appTours: Tour[] = [];
        const bareTours: Tour[] = [];
        for (let round = 0; round < rounds(5); round++) {
          if (round % 2 === 0) {
            appTours.push(await tour(chromium, app.url, true));
            bareTours.push(await tour(chromium, bareUrl, false));
          } else {
            bareTours.push(await tour(chromium, bareUrl, false));
            appTours.push(await tour(chromium, app.url, true));
          }
        }
        return summariseTours(appTours, bareTours);
      } finally {
        await Promise.all([app.close(), bare.close()]);
      }
    },
  };
}

const FROM: Record<View, string> = { coverage: "map", planner: "coverage", map: "planner" };

function summariseTours(app: Tour[], bare: Tour[]): BenchmarkResult[] {
  const results: BenchmarkResult[] = TOUR.map((view) => {
    const samples = {
      candidate: app.map((one) => one.switches[view].interactive),
      baseline: bare.map((one) => one.switches[view].interactive),
    };
    const readyNote = `content rendered and map idle after ${median(app.map((one) => one.switches[view].ready)).toFixed(0)} ms (app, median)`;
    return {
      ...summarise(
        `view switch ${FROM[view]} → ${view}, province, to interactive`,
        "bare page, same kind of style change",
        undefined,
        samples,
      ),
      absoluteTargetMs: SWITCH_TARGET_MS,
      candidateName: "the app",
      method: METHOD,
      notes: [readyNote],
    };
  });
  results.push({
    ...summarise(
      "longest main-thread task after the first picture, province tour",
      "bare page, same tour",
      undefined,
      { candidate: app.map((one) => one.longestTask), baseline: bare.map((one) => one.longestTask) },
    ),
    absoluteTargetMs: LONG_TASK_TARGET_MS,
    candidateName: "the app",
    method:
      "long tasks (PerformanceObserver 'longtask') from the first picture to the tour's end, the bench's memory measurements left out",
  });
  const memoryResult = summarise(
    "memory after a tour of the views / after load, province",
    "the same page after load",
    MEMORY_TARGET_RATIO,
    { candidate: app.map((one) => one.memoryAfterTour), baseline: app.map((one) => one.memoryAfterLoad) },
  );
  results.push({
    ...memoryResult,
    unit: "MB",
    candidateName: "the app after the tour",
    method:
      "measureUserAgentSpecificMemory (JavaScript and DOM of the page and its workers; the page is " +
      "cross-origin isolated for it) after a forced garbage collection, on load and after the tour",
    notes: [
      `of which workers: ${median(app.map((one) => one.workersAfterLoad)).toFixed(0)} MB after load, ` +
        `${median(app.map((one) => one.workersAfterTour)).toFixed(0)} MB after the tour (medians)`,
      `bare page: ${median(bare.map((one) => one.memoryAfterLoad)).toFixed(0)} MB after load, ` +
        `${median(bare.map((one) => one.memoryAfterTour)).toFixed(0)} MB after its tour`,
    ],
  });
  const processResult = summarise(
    "memory of the page's processes after a tour / after load, province",
    "the same processes after load",
    MEMORY_TARGET_RATIO,
    {
      candidate: app.map((one) => one.processesAfterTour),
      baseline: app.map((one) => one.processesAfterLoad),
    },
  );
  results.push({
    ...processResult,
    unit: "MB",
    candidateName: "renderer + GPU processes after the tour",
    method:
      "proportional set size (Linux smaps_rollup) of the browser's renderer and GPU processes, only " +
      "this page open, after the same collection, on load and after the tour",
    notes: [
      `the most held during the tour (sampled every 0.5 s): ${median(app.map((one) => one.processesPeak)).toFixed(0)} MB ` +
        `(median); the bare page's: ${median(bare.map((one) => one.processesPeak)).toFixed(0)} MB`,
      `bare page: ${median(bare.map((one) => one.processesAfterLoad)).toFixed(0)} MB after load, ` +
        `${median(bare.map((one) => one.processesAfterTour)).toFixed(0)} MB after its tour`,
    ],
  });
  return results;
}
