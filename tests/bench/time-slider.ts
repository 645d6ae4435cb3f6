// A time-slider step at province scale (100,000 incidents), until the map is idle, in each of the
// app's incident styles: the app's coverage view moved by its month slider against a bare page
// that filters the same incidents the plain MapLibre way (see slider-page/main.ts), at the same
// camera, in the same run. Every step on both sides moves the 12-month window to months it does
// not show yet: a step that changes nothing would flatter the baseline. A step ends when its
// picture is on screen: the map's idle, then two animation frames (MapLibre fires idle once its
// last frame is sent; where WebGL runs in software the browser draws that frame after, and a step
// that ends in one frame instead of two would otherwise look a whole frame faster than it shows).
import type { Browser, Page } from "playwright-core";
import { INCIDENT_STYLES, type IncidentStyle } from "../../src/state/view";
import { monthOf } from "../../src/ui/coverage/window-math";
import { findChromium } from "../e2e/browser";
import { serveBench } from "./bench-server";
import { APP_DIRECTORY, buildBenchPage, onScreen, openPage, settle } from "./browser-bench";
import { alternate, type Benchmark, type BenchmarkResult, median, rounds, summarise } from "./harness";
import { provinceGeodata } from "./province-files";

const FIRST_WINDOW = { from: "2021-01-01", to: "2021-12-31" };
const TARGET_RATIO = 1;

/**
 * The last months of the windows a run steps through, starting after `initial`: initial+1, …,
 * initial+period-1, initial, initial+1, …; no two in a row are the same, nor the first and `initial`.
 */
export function sliderMonths(initial: number, count: number, period = 13): number[] {
  return Array.from({ length: count }, (_, step) => initial + ((step + 1) % period));
}

// Moves the app's month slider as a user would (an input event), then waits until the figures
// are back, the map is idle and its picture on screen. Returns [whole step, figures ready] in ms.
async function appStep(page: Page, month: number): Promise<[number, number]> {
  return page.evaluate(async (value) => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="month-slider"]');
    if (!slider) throw new Error("no month slider");
    if (slider.value === String(value)) throw new Error(`the slider already shows month ${value}`);
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    const start = performance.now();
    setValue?.call(slider, String(value));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    // (No named helpers in here: the page does not have the bundler's __name shim.)
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
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    observer.disconnect();
    // Never busy: the figures of this window were computed ahead (the app does so for the windows
    // one step away) and were on screen with the input's own render.
    if (Number.isNaN(figures)) figures = 0;
    return [performance.now() - start, figures] as [number, number];
  }, month);
}

async function oneStyle(browser: Browser, style: IncidentStyle, appUrl: string, bareUrl: string) {
  const query = `?view=coverage&inc=${style}&from=${FIRST_WINDOW.from}&to=${FIRST_WINDOW.to}`;
  const app = await openPage(browser, `${appUrl}${query}`);
  await onScreen(app.page);
  await app.page.waitForSelector('[data-testid="month-slider"]', { timeout: 120_000 });
  await app.page.waitForSelector('.coverage-top:not([aria-busy="true"])', { timeout: 120_000 });
  const camera = await app.page.evaluate(() => window.binhYenMap?.cameras().main);
  const initial = monthOf(FIRST_WINDOW.to);
  const bare = await openPage(
    browser,
    `${bareUrl}?style=${style}&months=${initial - 11},${initial}` +
      `&camera=${[...(camera?.center ?? []), camera?.zoom].join(",")}`,
  );
  await bare.page.waitForFunction(() => window.benchReady === true, undefined, {
    timeout: 180_000,
    polling: 100,
  });
  const count = rounds(9) + 1;
  const appMonths = sliderMonths(initial, count);
  const bareMonths = sliderMonths(initial, count);
  const figureTimes: number[] = [];
  const appSide = async () => {
    await settle(browser);
    const [total, figures] = await appStep(app.page, appMonths.shift() as number);
    figureTimes.push(figures);
    return total;
  };
  const bareSide = async () => {
    await settle(browser);
    const month = bareMonths.shift() as number;
    return bare.page.evaluate(([from, to]) => window.stepTo(from, to), [month - 11, month] as const);
  };
  // One step each, not counted: the first step compiles and warms what the others reuse.
  await appSide();
  await bareSide();
  figureTimes.length = 0;
  const samples = await alternate(count - 1, appSide, bareSide);
  await settle(browser);
  const frame = await app.page.evaluate(() => window.binhYenMap?.timeRepaint(4) ?? Number.NaN);
  await Promise.all([app.context.close(), bare.context.close()]);
  return { samples, frame, figures: median(figureTimes) };
}

const BASELINES: Record<IncidentStyle, string> = {
  clusters: "setData of the window's features, clustered",
  points: "setFilter on a circle layer",
  heatmap: "setFilter on a heatmap layer",
};

export function timeSliderBenchmark(browser: () => Promise<Browser>): Benchmark {
  return {
    name: "time-slider step",
    async run() {
      if (!findChromium()) throw new Error("Chromium is needed for this benchmark");
      const geodata = provinceGeodata();
      const app = await serveBench(APP_DIRECTORY, { geodata });
      const bare = await serveBench(await buildBenchPage("slider-page"), { geodata });
      const chromium = await browser();
      const results: BenchmarkResult[] = [];
      try {
        for (const style of INCIDENT_STYLES) {
          const measured = await oneStyle(chromium, style, app.url, bare.url);
          const result = summarise(
            `time-slider step, province, incidents as ${style}`,
            BASELINES[style],
            TARGET_RATIO,
            measured.samples,
          );
          results.push({
            ...result,
            candidateName: "the app's month slider",
            method:
              "one month forward or back of a 12-month window (every step a real change on both sides), " +
              "from the input event until the map's idle and two animation frames after (the app: also its " +
              "figures back); both pages " +
              "open at the same camera, the browser settled before each step, AB/BA rounds",
            notes: [
              `one frame of the app's coverage view with nothing changed: ${measured.frame.toFixed(0)} ms ` +
                `(${(measured.frame / result.baselineMedian).toFixed(2)}× the baseline step); its figures ` +
                `were back after ${measured.figures.toFixed(0)} ms (median; 0 when computed ahead, as the app does ` +
                "for the windows one step away: a longer jump waits for them)",
            ],
          });
        }
      } finally {
        await Promise.all([app.close(), bare.close()]);
      }
      return results;
    },
  };
}
