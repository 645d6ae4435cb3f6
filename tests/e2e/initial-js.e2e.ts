// Issue #14's last size target, held on the build: what a first visit loads before the app can
// start is MapLibre and the app, within 150 kB (gzip) of the bare MapLibre page's bundle
// (tests/bench/bare-page), and the code the first screen never needs stays out of it (README,
// "the app's own initial JavaScript"). No browser needed: the build is read as it lies on disk.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildBenchPage } from "../bench/browser-bench";
import { gzipTotal, readChunks } from "./tools/initial-chunks";

const dist = process.env.BINHYEN_DIST ?? resolve(import.meta.dirname, "../../dist");
const BUDGET_OVER_BARE_BYTES = 150_000;

// A string each part's code carries, found in a lazily loaded chunk and in no initial one.
const LOADED_ON_FIRST_USE = [
  ["the data checks' sentences", "The feature was rejected."],
  ["the configuration's sentences", "needs the path of a .pmtiles file"],
  ["the imported layers' IndexedDB code", "Close the other Bình Yên tabs"],
  ["the import runner", "The import worker failed."],
  ["the analysis client", "The analysis client was disposed."],
  ["the coverage figures' state", "coverage-load"],
  ["the planner's state and timeline", "firstPlanYear is needed"],
  ["the before/after swipe", "map-compare"],
  ["a feature's details and the problems' words", "Dân số (người)"],
] as const;

describe.skipIf(!existsSync(resolve(dist, "index.html")))("the first download", () => {
  const { initial, lazy } = readChunks(dist);

  it("is MapLibre and the app, within 150 kB gzip of the bare MapLibre page", async () => {
    // MapLibre, the app's one file (the entry, or the "app" group beside it) and the bundler's runtime.
    const names = initial.map((chunk) => chunk.name.replace(/-[\w-]{8}\.js$/u, ""));
    expect(names).toHaveLength(3);
    expect(names).toEqual(expect.arrayContaining(["maplibre", "rolldown-runtime"]));
    const bare = readChunks(await buildBenchPage("bare-page"));
    const over = gzipTotal(initial) - gzipTotal(bare.initial);
    expect(over).toBeLessThanOrEqual(BUDGET_OVER_BARE_BYTES);
  });

  it.each(LOADED_ON_FIRST_USE)("leaves out %s", (_part, marker) => {
    expect(lazy.filter((chunk) => chunk.text.includes(marker)).length).toBeGreaterThan(0);
    expect(initial.filter((chunk) => chunk.text.includes(marker)).map((chunk) => chunk.name)).toEqual([]);
  });
});
