// Prints the app's performance marks and resource timings for one load: where start-up time goes.
// BINHYEN_GEODATA=folder serves geodata/ from that folder (e.g. a generated nation's archive).
import { chromium } from "playwright-core";
import { serveBench } from "../../bench/bench-server";
import { chromiumArguments } from "../browser";
import { serveDirectory } from "../static-server";

const dist = process.env.BINHYEN_DIST ?? new URL("../../../dist", import.meta.url).pathname;
const geodata = process.env.BINHYEN_GEODATA;
const server = geodata ? await serveBench(dist, { geodata }) : await serveDirectory(dist);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArguments });
for (let run = 0; run < 3; run++) {
  // A fresh context each run, as the benchmarks open pages: no HTTP or code cache from the last run.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName("binhyen:first-idle").length > 0, undefined, {
    timeout: 180_000,
  });
  const entries = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((entry) => entry.entryType === "mark" || entry.entryType === "resource")
      .map((entry) => ({
        name: entry.name.replace(/^.*\//, ""),
        start: Math.round(entry.startTime),
        end: Math.round(entry.startTime + entry.duration),
      })),
  );
  console.log(`--- run ${run}`);
  for (const entry of entries)
    console.log(entry.start.toString().padStart(6), entry.end.toString().padStart(6), entry.name);
  await context.close();
  await new Promise((done) => setTimeout(done, 2000));
}
await browser.close();
await server.close();
