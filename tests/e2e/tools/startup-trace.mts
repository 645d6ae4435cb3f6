// Where the renderer's main thread spends the time from navigation to the first idle, by trace
// event (script compile and run, style, layout, paint, GPU waits): complements startup-profile.
import { chromium } from "playwright-core";
import { chromiumArguments } from "../browser";
import { serveDirectory } from "../static-server";

const directory =
  process.argv[2] ?? process.env.BINHYEN_DIST ?? new URL("../../../dist", import.meta.url).pathname;
const server = await serveDirectory(directory);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArguments });
await browser.startTracing(undefined, {
  categories: [
    "devtools.timeline",
    "v8",
    "v8.execute",
    "disabled-by-default-devtools.timeline",
    "gpu",
    "blink",
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url);
await page.waitForFunction(() => performance.getEntriesByName("binhyen:first-idle").length > 0, undefined, {
  timeout: 60_000,
});
const buffer = await browser.stopTracing();
const events = JSON.parse(buffer.toString()).traceEvents as {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}[];
const threadNames = new Map<string, string>();
for (const event of events)
  if (event.name === "thread_name") threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? "");
const byName = new Map<string, number>();
const counts = new Map<string, number>();
for (const event of events) {
  if (event.ph !== "X" || !event.dur) continue;
  const thread = threadNames.get(`${event.pid}:${event.tid}`) ?? "?";
  if (thread !== "CrRendererMain") continue;
  byName.set(event.name, (byName.get(event.name) ?? 0) + event.dur / 1000);
  counts.set(event.name, (counts.get(event.name) ?? 0) + 1);
}
for (const [name, ms] of [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(ms.toFixed(0).padStart(7), String(counts.get(name)).padStart(5), name);
await browser.close();
await server.close();
