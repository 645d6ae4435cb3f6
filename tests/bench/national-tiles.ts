// The nation on a static server (#14 item 3): the generated national dataset (34 provinces,
// 3,321 communes, 100,000 hamlets, 1,000,000 incidents; tests/bench/national.ts, written into
// bench-results/, never committed) built into tiles by `geodata tiles`, then
// - the build's time on this machine (target ≤ 10 minutes), the same build of 250,000 incidents
//   printed beside it;
// - the build's peak memory for 1,000,000 against 250,000 incidents over the same communes and
//   hamlets (target: independent of the number of incidents, ratio ≤ 1.15);
// - the first picture of the app drawing the archive against a bare MapLibre page drawing the
//   same archive from the same server at the same camera, measured with the first-picture
//   benchmark's probe (target ≤ 1.2×).
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { findChromium } from "../e2e/browser";
import { serveBench } from "./bench-server";
import { APP_DIRECTORY, buildBenchPage, closeAndSettle, onScreen, openPage, settle } from "./browser-bench";
import { alternate, type Benchmark, type BenchmarkResult, rounds, summarise } from "./harness";
import { writeNation } from "./national";

const root = resolve(import.meta.dirname, "../..");
const RESULTS = resolve(root, "bench-results");

interface Build {
  folder: string;
  seconds: number;
  peakMb: number;
  tiles: number;
  megabytes: number;
}

/** The generated nation with `incidents` incidents, written once and kept between runs. */
function nation(incidents: number): string {
  const folder = join(RESULTS, `national-${incidents}`);
  if (!existsSync(join(folder, "manifest.json"))) {
    console.log(`  generating the nation with ${incidents.toLocaleString("en")} incidents in ${folder}`);
    writeNation(folder, { incidents });
  }
  return folder;
}

/**
 * The JavaScript heap the builds may use: without a limit V8 lets collectable garbage pile up to
 * its default (the 250,000 build peaked at 1,781 MB uncapped, 787 MB with 700 MB, in the same
 * time), so the peak would measure the collector's laziness, not what the build needs. Both sides
 * get the same limit, and a build whose needs grew with the incidents would fail under it.
 */
const HEAP_LIMIT_MB = 1024;

/** `geodata tiles` in a process of its own, as a deployer runs it: wall time and its peak memory. */
async function buildArchive(folder: string): Promise<Build> {
  const out = join(folder, "served", "national.pmtiles");
  mkdirSync(join(folder, "served"), { recursive: true });
  const started = performance.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_LIMIT_MB}`,
      "--import",
      "tsx",
      "src/cli/geodata.ts",
      "tiles",
      folder,
      "--out",
      out,
    ],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const summary = /Wrote .*: ([\d,]+) tiles, ([\d.]+) MB, in [\d.]+ s \(peak memory (\d+) MB\)/u.exec(stdout);
  if (!summary) throw new Error(`geodata tiles said:\n${stdout}`);
  // What a deployer serves: the archive, its table, and a manifest naming the archive only.
  const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(
    join(folder, "served", "manifest.json"),
    JSON.stringify({ ...manifest, tiles: "national.pmtiles", files: [] }),
  );
  writeFileSync(join(folder, "served", "config.json"), JSON.stringify({ language: "vi" }));
  return {
    folder: join(folder, "served"),
    seconds,
    peakMb: Number(summary[3]),
    tiles: Number(summary[1]?.replaceAll(",", "")),
    megabytes: Number(summary[2]),
  };
}

/** dist/ as a build made with the tiled geodata/ would be: it preloads that folder's JSON, not the sample's files. */
function tiledApp(): string {
  const folder = resolve(root, "node_modules/.cache/binhyen-bench/app-tiled");
  cpSync(APP_DIRECTORY, folder, { recursive: true });
  const index = join(folder, "index.html");
  const preload = (name: string) =>
    `<link rel="preload" as="fetch" crossorigin="anonymous" href="./geodata/${name}">`;
  writeFileSync(
    index,
    readFileSync(index, "utf8")
      .replace(/<link[^>]*geodata\/[a-z]+\.geojson"[^>]*>\s*/gu, "")
      .replace(
        preload("config.json"),
        `${preload("config.json")}\n    ${preload("national.aggregates.json")}`,
      ),
  );
  return folder;
}

async function appCamera(page: Page): Promise<string> {
  const camera = await page.evaluate(() => window.binhYenMap?.cameras().main);
  if (!camera) throw new Error("the app has no map camera");
  return [...camera.center, camera.zoom].map((value) => value.toFixed(6)).join(",");
}

async function timeLoad(browser: Browser, url: string): Promise<number> {
  const { context, page } = await openPage(browser, url);
  const ms = await onScreen(page);
  await closeAndSettle(browser, context);
  return ms;
}

async function firstPicture(browser: Browser, served: string): Promise<BenchmarkResult> {
  const app = await serveBench(tiledApp(), { geodata: served });
  const bare = await serveBench(await buildBenchPage("bare-tiles-page"), { geodata: served });
  try {
    const { context, page } = await openPage(browser, app.url);
    await onScreen(page);
    const bareUrl = `${bare.url}?archive=national.pmtiles&camera=${await appCamera(page)}`;
    await closeAndSettle(browser, context);
    await timeLoad(browser, bareUrl);
    const samples = await alternate(
      rounds(5),
      () => timeLoad(browser, app.url),
      () => timeLoad(browser, bareUrl),
    );
    return {
      ...summarise(
        "first picture on screen, national archive (3,321 communes, 100,000 hamlets, 1,000,000 incidents)",
        "bare MapLibre page + pmtiles protocol, same archive, server and camera",
        1.2,
        samples,
      ),
      candidateName: "the app, drawing the archive",
      method:
        "navigation until the map's first idle with the data drawn, then two animation frames once its " +
        "canvas is visible (first-picture's probe, in both pages); the archive read by HTTP range requests " +
        "from the same static server; a fresh browser context per load, the browser settled after each; AB/BA rounds",
    };
  } finally {
    await Promise.all([app.close(), bare.close()]);
  }
}

export function nationalTilesBenchmark(browser: () => Promise<Browser>): Benchmark {
  return {
    name: "national tiles",
    async run() {
      const small = nation(250_000);
      const large = nation(1_000_000);
      // Interleaved in time as much as one build each allows: small, large, small again for memory.
      const smallBuild = await buildArchive(small);
      const largeBuild = await buildArchive(large);
      const describe = (build: Build) =>
        `${build.tiles.toLocaleString("en")} tiles, ${build.megabytes} MB, ${build.seconds.toFixed(0)} s, peak ${build.peakMb} MB`;
      const notes = [
        `1,000,000 incidents: ${describe(largeBuild)}`,
        `250,000 incidents: ${describe(smallBuild)}`,
      ];
      const results: BenchmarkResult[] = [
        {
          ...summarise(
            "national tiles: `geodata tiles` build time, 1,000,000 incidents",
            "the same build, 250,000 incidents",
            undefined,
            {
              candidate: [largeBuild.seconds * 1000],
              baseline: [smallBuild.seconds * 1000],
            },
          ),
          absoluteTargetMs: 600_000,
          candidateName: "1,000,000 incidents",
          method:
            "wall time of `geodata tiles DIR --out FILE` in a process of its own, reading the GeoJSON folder and writing archive and tables; one build each",
          notes,
        },
        {
          ...summarise(
            "national tiles: build's peak memory, 1,000,000 vs 250,000 incidents",
            "250,000 incidents",
            1.15,
            {
              candidate: [largeBuild.peakMb],
              baseline: [smallBuild.peakMb],
            },
          ),
          unit: "MB",
          candidateName: "1,000,000 incidents",
          method:
            `the build process's peak resident set (getrusage maxRSS), both with --max-old-space-size=${HEAP_LIMIT_MB}; ` +
            "same communes, hamlets and sites, 4× the incidents",
          notes,
        },
      ];
      if (!findChromium()) throw new Error("Chromium is needed for the first-picture part");
      const chromium = await browser();
      await settle(chromium);
      results.push(await firstPicture(chromium, largeBuild.folder));
      return results;
    },
  };
}
