// A time-slider step at 100,000 incidents, until the map is idle: the app (window in the style's
// global state, coverage recomputed) against setFilter on a plain circle layer, same browser,
// same run. Target ratio ≤ 0.25.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { findChromium } from "../e2e/browser";
import { serveDirectory } from "../e2e/static-server";
import { alternate, type Benchmark, median, summarise } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const COPIES = 20;
const ROUNDS = 9;

/** The sample's 5,000 incidents, twenty times over with a few hundred metres of seeded jitter. */
export function hundredThousandIncidents(): string {
  const sample = JSON.parse(readFileSync(resolve(root, "geodata/incidents.geojson"), "utf8"));
  let seed = 20221231;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const features = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const feature of sample.features) {
      const [longitude, latitude] = feature.geometry.coordinates;
      features.push({
        ...feature,
        geometry: {
          type: "Point",
          coordinates: [longitude + (random() - 0.5) * 0.004, latitude + (random() - 0.5) * 0.004],
        },
        properties: { ...feature.properties, id: `${feature.properties.id}-${copy}` },
      });
    }
  }
  return JSON.stringify({ type: "FeatureCollection", features });
}

async function buildSliderPage(): Promise<string> {
  const outDir = resolve(root, "node_modules/.cache/binhyen-bench/slider");
  await build({
    root: resolve(import.meta.dirname, "slider-page"),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

async function openWithIncidents(browser: Browser, url: string, incidents: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route("**/geodata/incidents.geojson", (route) =>
    route.fulfill({ status: 200, body: incidents, contentType: "application/json" }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

// Moves the app's month slider as a user would (an input event), then waits for the coverage
// figures and the map to settle.
async function appStep(page: Page, month: number, figureTimes: number[]): Promise<number> {
  const { total, figures } = await page.evaluate(async (value) => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="month-slider"]');
    if (!slider) throw new Error("no month slider");
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    const start = performance.now();
    setValue?.call(slider, String(value));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    // (No named helpers in here: the page does not have the bundler's __name shim.)
    // When the figures strip stops being busy: the coverage is back from the worker and rendered.
    let figures = Number.NaN;
    const top = document.querySelector(".coverage-top");
    const observer = new MutationObserver(() => {
      if (Number.isNaN(figures) && top?.getAttribute("aria-busy") !== "true")
        figures = performance.now() - start;
    });
    if (top) observer.observe(top, { attributes: true, attributeFilter: ["aria-busy"] });
    for (;;) {
      await new Promise((done) => setTimeout(done, 0));
      await window.binhYenMap?.whenIdle();
      if (top?.getAttribute("aria-busy") !== "true") break;
    }
    observer.disconnect();
    return { total: performance.now() - start, figures };
  }, month);
  figureTimes.push(figures);
  return total;
}

export function timeSliderBenchmark(browser: () => Promise<Browser>): Benchmark {
  const name = "time-slider step, 100,000 incidents → idle";
  return {
    name,
    async run() {
      if (!findChromium()) throw new Error("Chromium is needed for this benchmark");
      const incidents = hundredThousandIncidents();
      const sliderDirectory = await buildSliderPage();
      const app = await serveDirectory(resolve(root, "dist"));
      const bare = await serveDirectory(sliderDirectory);
      // The bare page reads geodata/ next to itself: the same route serves both.
      const chromium = await browser();
      try {
        const appPage = await openWithIncidents(
          chromium,
          `${app.url}?view=coverage&inc=points&from=2020-01-01&to=2020-12-31`,
          incidents,
        );
        await appPage.waitForFunction(
          () => performance.getEntriesByName("binhyen:first-idle").length > 0,
          undefined,
          { timeout: 180_000 },
        );
        await appPage.waitForSelector('[data-testid="month-slider"]', { timeout: 120_000 });
        const barePage = await openWithIncidents(chromium, bare.url, incidents);
        await barePage.waitForFunction(() => window.benchReady === true, undefined, {
          timeout: 180_000,
          polling: 100,
        });
        // 12-month windows sliding through 2021–2022, the same months on both sides.
        const first = 2021 * 12;
        const figureTimes: number[] = [];
        let step = 0;
        const samples = await alternate(
          ROUNDS,
          () => appStep(appPage, first + (step++ % 24), figureTimes),
          () => barePage.evaluate((month) => window.stepTo(month - 11, month), first + (step % 24)),
        );
        // What one frame of the app's coverage view costs with nothing changed, and how long the
        // figures take (worker and React) before the map is told: the parts of a step.
        const floor: number[] = [];
        for (let round = 0; round < ROUNDS; round++)
          floor.push(await appPage.evaluate(() => window.binhYenMap?.timeRepaint(4) ?? Number.NaN));
        const result = summarise(name, "setFilter on a plain circle layer", 0.25, samples);
        const floorMedian = median(floor);
        result.notes = [
          `one frame of the app's view with nothing changed: ${floorMedian.toFixed(0)} ms, ` +
            `${(floorMedian / result.baselineMedian).toFixed(2)}× the baseline step. Any style ` +
            "change costs MapLibre two frames (the second follows its own 'style changed' event), " +
            "so in software rendering the frames, not the JavaScript, set the step's time",
          `figures recomputed and handed to the map after ${median(figureTimes).toFixed(0)} ms (median)`,
        ];
        await appPage.context().close();
        await barePage.context().close();
        return result;
      } finally {
        await app.close();
        await bare.close();
      }
    },
  };
}
