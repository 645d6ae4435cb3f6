// Navigation → the complete first picture on screen: the app against a bare MapLibre page showing
// the same files from the same kind of server at the same camera, in the same browser, on the
// sample and on the generated province. "On screen" is measured the same way on both pages (see
// PROBE in browser-bench.ts): the map's first idle, then two animation frames once the canvas is
// visible. A second benchmark is the A/B behind the app's first-picture rule: the app as built,
// drawing in view, against the same app with its canvas hidden until that idle.
import type { Browser, Page } from "playwright-core";
import { findChromium } from "../e2e/browser";
import type { RunningServer } from "../e2e/static-server";
import { serveBench } from "./bench-server";
import {
  APP_DIRECTORY,
  buildBenchPage,
  closeAndSettle,
  onScreen,
  openPage,
  type PictureVariant,
  SAMPLE_GEODATA,
  settle,
} from "./browser-bench";
import { alternate, type Benchmark, type BenchmarkResult, median, rounds, summarise } from "./harness";
import { provinceGeodata } from "./province-files";

const SCALES = {
  sample: { label: "sample (29 units, 391 hamlets, 5,000 incidents)", geodata: () => SAMPLE_GEODATA },
  province: { label: "province (200 units, 3,000 hamlets, 100,000 incidents)", geodata: provinceGeodata },
} as const;
type Scale = keyof typeof SCALES;

const METHOD =
  "navigation until the map's first idle with the data drawn, then two animation frames once its " +
  "canvas is visible (the same probe in both pages); a fresh browser context per page load, the " +
  "browser left to settle after each (its processes under 5% of a core for 0.5 s), AB/BA rounds";

interface Load {
  onScreenMs: number;
  marks: Record<string, number>;
}

async function timeLoad(browser: Browser, url: string, variant: PictureVariant = "as-built"): Promise<Load> {
  const { context, page } = await openPage(browser, url, variant);
  const onScreenMs = await onScreen(page);
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType("mark")
        .filter((mark) => mark.name.startsWith("binhyen:") && !mark.name.startsWith("binhyen:parsed:"))
        .map((mark) => [mark.name.replace("binhyen:", ""), mark.startTime]),
    ),
  );
  await closeAndSettle(browser, context);
  return { onScreenMs, marks };
}

/** Where the app opened, for the bare page to open at the same camera. */
async function appCamera(page: Page): Promise<string> {
  const camera = await page.evaluate(() => window.binhYenMap?.cameras().main);
  if (!camera) throw new Error("the app has no map camera");
  return [...camera.center, camera.zoom].map((value) => value.toFixed(6)).join(",");
}

/** Medians of the app's own marks over its loads: where its time went. */
function markNote(loads: Load[]): string {
  const names = Object.keys(loads[0]?.marks ?? {});
  const medians = names
    .map((name) => [name, median(loads.map((load) => load.marks[name] ?? Number.NaN))] as const)
    .sort((a, b) => a[1] - b[1]);
  return `the app's marks (median ms from navigation): ${medians.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(", ")}`;
}

async function compareWithBarePage(browser: Browser, scale: Scale): Promise<BenchmarkResult> {
  const geodata = SCALES[scale].geodata();
  const app = await serveBench(APP_DIRECTORY, { geodata });
  const bare = await serveBench(await buildBenchPage("bare-page"), { geodata });
  try {
    // A warm-up of each (disk cache, compiled code) that also gives the app's camera.
    const { context, page } = await openPage(browser, app.url);
    await onScreen(page);
    const bareUrl = `${bare.url}?camera=${await appCamera(page)}`;
    await closeAndSettle(browser, context);
    await timeLoad(browser, bareUrl);
    const appLoads: Load[] = [];
    const samples = await alternate(
      rounds(7),
      async () => {
        const load = await timeLoad(browser, app.url);
        appLoads.push(load);
        return load.onScreenMs;
      },
      async () => (await timeLoad(browser, bareUrl)).onScreenMs,
    );
    const name = `first picture on screen, ${SCALES[scale].label}`;
    return {
      ...summarise(name, "bare MapLibre page, same files and camera", 1.1, samples),
      candidateName: "the app",
      method: METHOD,
      notes: [markNote(appLoads)],
    };
  } finally {
    await Promise.all([app.close(), bare.close()]);
  }
}

/** The app drawing its first picture in view against the same app with the canvas hidden until idle. */
async function drawnInViewAgainstHidden(
  browser: Browser,
  server: RunningServer,
  query: string,
  label: string,
  defaultRounds = 5,
): Promise<BenchmarkResult> {
  const url = `${server.url}${query}`;
  await timeLoad(browser, url);
  const samples = await alternate(
    rounds(defaultRounds),
    async () => (await timeLoad(browser, url)).onScreenMs,
    async () => (await timeLoad(browser, url, "hide-until-idle")).onScreenMs,
  );
  return {
    ...summarise(
      `first picture: drawn in view vs hidden until idle, ${label}`,
      "canvas hidden until the first idle",
      1,
      samples,
    ),
    candidateName: "the app, drawing in view",
    method:
      `${METHOD}; the same built app both sides, on one side with a style injected before its ` +
      "scripts that hides the canvas until the first idle (removed in the idle handler, as the app did)",
  };
}

export function firstPictureBenchmark(browser: () => Promise<Browser>): Benchmark {
  return {
    name: "first picture vs bare page",
    async run() {
      if (!findChromium()) throw new Error("Chromium is needed for this benchmark");
      const chromium = await browser();
      await settle(chromium);
      return [await compareWithBarePage(chromium, "sample"), await compareWithBarePage(chromium, "province")];
    },
  };
}

/** The evidence for the app's first-picture rule (src/map/first-picture.ts), kept to re-check it. */
export function pictureRuleBenchmark(browser: () => Promise<Browser>): Benchmark {
  return {
    name: "first picture drawn in view vs hidden",
    async run() {
      if (!findChromium()) throw new Error("Chromium is needed for this benchmark");
      const chromium = await browser();
      await settle(chromium);
      const sample = await serveBench(APP_DIRECTORY, { geodata: SAMPLE_GEODATA });
      const province = await serveBench(APP_DIRECTORY, { geodata: provinceGeodata() });
      try {
        return [
          await drawnInViewAgainstHidden(chromium, sample, "", "sample, map view"),
          await drawnInViewAgainstHidden(chromium, province, "", "province, map view"),
          await drawnInViewAgainstHidden(
            chromium,
            province,
            "?view=coverage&inc=points",
            "province, coverage view with incidents as points",
            // Hidden, this view takes minutes to show: fewer rounds keep the bench bearable.
            3,
          ),
        ];
      } finally {
        await Promise.all([sample.close(), province.close()]);
      }
    },
  };
}
