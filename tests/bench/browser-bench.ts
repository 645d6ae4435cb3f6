// What the browser benchmarks share: building the bare pages, opening a page in a fresh context
// with the probe that times the picture and records long tasks, and letting the browser settle
// between pages (a page loaded right after a heavy tab closed stalled for seconds).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { build } from "vite";

const root = resolve(import.meta.dirname, "../..");
/** BENCH_APP_DIR benches another build (e.g. one kept from before a change) than dist/. */
export const APP_DIRECTORY = resolve(root, process.env.BENCH_APP_DIR ?? "dist");
export const SAMPLE_GEODATA = resolve(root, "geodata");
export const VIEWPORT = { width: 1280, height: 800 };

/** Builds one of the bench's own pages (bare-page, slider-page) once per run. */
const built = new Map<string, Promise<string>>();
export function buildBenchPage(name: "bare-page" | "slider-page" | "bare-tiles-page"): Promise<string> {
  const existing = built.get(name);
  if (existing) return existing;
  const outDir = resolve(root, `node_modules/.cache/binhyen-bench/${name}`);
  const building = build({
    root: resolve(import.meta.dirname, name),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir, emptyOutDir: true },
  }).then(() => outDir);
  built.set(name, building);
  return building;
}

// Plain JavaScript, run in every page before its own scripts (no bundler helpers exist there).
// - Long tasks of the main thread, as the browser reports them.
// - The picture on screen: the map's first idle (both pages mark it from their idle handler; the
//   mark is caught as it is made, as an observer's callback may come late), then, once the canvas
//   is visible, two animation frames, so that a frame showing it has been produced.
// - Hooks for the picture variants below, run at the same moment.
// - The bundler's __name helper, which functions the bench hands to page.evaluate may call.
const PROBE = `(() => {
  globalThis.__name ??= (target) => target;
  const bench = (window.__bench = { longTasks: [], firstIdle: null, onScreen: null, atFirstIdle: [] });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  const canvasVisible = () => {
    const canvas = document.querySelector(".maplibregl-canvas");
    return !!canvas && canvas.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  const waitVisible = () => {
    if (!canvasVisible()) return requestAnimationFrame(waitVisible);
    requestAnimationFrame(() => requestAnimationFrame(() => { bench.onScreen = performance.now(); }));
  };
  const mark = performance.mark;
  performance.mark = function (name, ...rest) {
    const entry = mark.call(this, name, ...rest);
    if (name === "binhyen:first-idle" && bench.firstIdle === null) {
      bench.firstIdle = entry.startTime;
      for (const hook of bench.atFirstIdle) hook();
      waitVisible();
    }
    return entry;
  };
})();`;

/**
 * How the app's first picture is shown, for an A/B in one run: as built (drawn in view), or with
 * its canvas hidden until the first idle, as the app did until #14 (without its 8 s fallback).
 */
export type PictureVariant = "as-built" | "hide-until-idle";

const VARIANTS: Record<PictureVariant, string> = {
  "as-built": "",
  "hide-until-idle": `document.addEventListener("DOMContentLoaded", () => {
    const style = document.createElement("style");
    style.textContent = ".maplibregl-canvas { visibility: hidden !important; }";
    document.head.append(style);
    window.__bench.atFirstIdle.push(() => style.remove());
  });`,
};

export async function openPage(
  browser: Browser,
  url: string,
  variant: PictureVariant = "as-built",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PROBE + VARIANTS[variant] });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/** Navigation start → the first picture on screen (see PROBE), in the page's own clock. */
export async function onScreen(page: Page, timeout = 180_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __bench?: { onScreen: number | null } }).__bench?.onScreen,
    undefined,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

const sessions = new WeakMap<Browser, Promise<CDPSession>>();
async function browserProcesses(browser: Browser): Promise<{ type: string; id: number; cpuTime: number }[]> {
  let session = sessions.get(browser);
  if (!session) {
    session = browser.newBrowserCDPSession();
    sessions.set(browser, session);
  }
  const info = (await (await session).send("SystemInfo.getProcessInfo")) as {
    processInfo: { type: string; id: number; cpuTime: number }[];
  };
  return info.processInfo;
}

async function browserCpuSeconds(browser: Browser): Promise<number> {
  return (await browserProcesses(browser)).reduce((sum, process) => sum + process.cpuTime, 0);
}

/**
 * MB of memory the browser's page and GPU processes hold (proportional set size, Linux), which
 * counts what JavaScript heaps do not: array buffers, MapLibre's tiles, WebGL buffers drawn in
 * software in the GPU process. With one page open, that page is nearly all of it.
 */
export async function pageProcessMemory(browser: Browser): Promise<number> {
  const processes = (await browserProcesses(browser)).filter(
    (process) => process.type === "renderer" || process.type === "GPU",
  );
  let kilobytes = 0;
  for (const process of processes) {
    try {
      const rollup = readFileSync(`/proc/${process.id}/smaps_rollup`, "utf8");
      kilobytes += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? Number.NaN);
    } catch {
      return Number.NaN;
    }
  }
  return kilobytes / 1024;
}

const SETTLE_MIN_MS = 1000;
const SETTLE_MAX_MS = 20_000;
const SETTLE_WINDOW_MS = 500;
/** At most this share of one core used by all of the browser's processes over a window. */
const QUIET_SHARE = 0.05;

/**
 * Waits until the browser's own processes (pages, GPU, network) are quiet: at least a second,
 * then until half a second passes with under 5% of a core used, or 20 s. Other programs on the
 * machine do not count: they are the noise that interleaving evens out. Returns the wait in ms.
 */
export async function settle(browser: Browser): Promise<number> {
  const start = performance.now();
  await new Promise((done) => setTimeout(done, SETTLE_MIN_MS));
  let before = await browserCpuSeconds(browser);
  while (performance.now() - start < SETTLE_MAX_MS) {
    await new Promise((done) => setTimeout(done, SETTLE_WINDOW_MS));
    const now = await browserCpuSeconds(browser);
    if ((now - before) * 1000 < SETTLE_WINDOW_MS * QUIET_SHARE) break;
    before = now;
  }
  return performance.now() - start;
}

/** Closes the page's context, then lets the browser settle before anything else is measured. */
export async function closeAndSettle(browser: Browser, context: BrowserContext): Promise<number> {
  await context.close();
  return settle(browser);
}
