// Where the main thread's time goes in a view switch at province scale: opens the built app (dist/
// or BINHYEN_DIST) on the bench's generated province, waits for the first picture, then for each
// view named on the command line (default: coverage planner map) clicks its tab and records a CPU
// profile until the map is idle, printing the switch's time, its long tasks and the functions that
// took most self time.
import { chromium } from "playwright-core";
import { serveBench } from "../../bench/bench-server";
import { provinceGeodata } from "../../bench/province-files";
import { chromiumArguments } from "../browser";
import { printLargest, selfTimes } from "./profile-summary";
import { switchViewInPage } from "./view-switch";

const views = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["coverage", "planner", "map"];
const server = await serveBench(
  process.env.BINHYEN_DIST ?? new URL("../../../dist", import.meta.url).pathname,
  {
    geodata: provinceGeodata(),
  },
);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArguments });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => {
  const tasks: [number, number][] = [];
  (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
});
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
const start = Date.now();
await page.goto(server.url);
await page.waitForFunction(() => performance.getEntriesByName("binhyen:first-idle").length > 0, undefined, {
  timeout: 180_000,
});
console.log("first idle after", Date.now() - start, "ms");
await page.waitForTimeout(3000);

for (const view of views) {
  await cdp.send("Profiler.start");
  const { begin, end } = await page.evaluate(switchViewInPage, view);
  const result = await page.evaluate(
    async ([begin, end]) => {
      await new Promise((done) => setTimeout(done, 1500));
      const tasks = (window as unknown as { __tasks: [number, number][] }).__tasks
        .filter(([at]) => at >= begin)
        .map((task) => `${Math.round(task[0] - begin)}+${Math.round(task[1])}`);
      return { ms: Math.round(end - begin), tasks };
    },
    [begin, end] as const,
  );
  const { profile } = await cdp.send("Profiler.stop");
  console.log(`\n=== ${view}: ready after ${result.ms} ms; long tasks (start+ms): ${result.tasks.join(" ")}`);
  printLargest(selfTimes(profile).byFunction, 25);
}
await browser.close();
await server.close();
