// Navigation to the map's first `idle`: the app on the sample data against a bare MapLibre page
// showing the same GeoJSON files, in the same browser, in the same run.
import { cpSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { findChromium } from "../e2e/browser";
import { serveDirectory } from "../e2e/static-server";
import { alternate, type Benchmark, summarise } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const ROUNDS = 7;

async function buildBarePage(): Promise<string> {
  const outDir = resolve(root, "node_modules/.cache/binhyen-bench/bare");
  await build({
    root: resolve(import.meta.dirname, "bare-page"),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir, emptyOutDir: true },
  });
  mkdirSync(resolve(outDir, "geodata"), { recursive: true });
  cpSync(resolve(root, "geodata"), resolve(outDir, "geodata"), { recursive: true });
  return outDir;
}

async function timeToFirstIdle(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName("binhyen:first-idle")[0]?.startTime,
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  const milliseconds = (await handle.jsonValue()) as number;
  await context.close();
  return milliseconds;
}

export function firstIdleBenchmark(browser: () => Promise<Browser>): Benchmark {
  return {
    name: "navigation → first idle (sample data)",
    async run() {
      if (!findChromium()) throw new Error("Chromium is needed for this benchmark");
      const bareDirectory = await buildBarePage();
      const app = await serveDirectory(resolve(root, "dist"));
      const bare = await serveDirectory(bareDirectory);
      const chromium = await browser();
      try {
        // One warm-up of each, so that both are measured with a warm disk cache.
        await timeToFirstIdle(chromium, app.url);
        await timeToFirstIdle(chromium, bare.url);
        const samples = await alternate(
          ROUNDS,
          () => timeToFirstIdle(chromium, app.url),
          () => timeToFirstIdle(chromium, bare.url),
        );
        return summarise("navigation → first idle (sample data)", "bare MapLibre page", 1.3, samples);
      } finally {
        await app.close();
        await bare.close();
      }
    },
  };
}
