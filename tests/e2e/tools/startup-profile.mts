// Where the main thread's time goes from navigation to the first idle: a CPU profile, summed by
// function (self time), for the built app in dist/ (or BINHYEN_DIST).
import { chromium } from "playwright-core";
import { chromiumArguments } from "../browser";
import { serveDirectory } from "../static-server";

const server = await serveDirectory(
  process.env.BINHYEN_DIST ?? new URL("../../../dist", import.meta.url).pathname,
);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArguments });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
await cdp.send("Profiler.start");
const start = Date.now();
await page.goto(server.url + (process.argv[2] ? `?${process.argv[2]}` : ""));
await page.waitForFunction(() => performance.getEntriesByName("binhyen:first-idle").length > 0, undefined, {
  timeout: 60_000,
});
console.log("first idle after", Date.now() - start, "ms");
const { profile } = await cdp.send("Profiler.stop");
const counts = new Map<number, number>();
for (const sample of profile.samples ?? []) counts.set(sample, (counts.get(sample) ?? 0) + 1);
const interval = (profile.endTime - profile.startTime) / (profile.samples ?? []).length / 1000;
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const node of profile.nodes) {
  const frame = node.callFrame;
  const ms = (counts.get(node.id) ?? 0) * interval;
  const file = frame.url.replace(/^.*\//, "") || "(native)";
  const key = `${frame.functionName || "(anon)"} ${file}:${frame.lineNumber}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}
console.log("--- by file");
for (const [key, ms] of [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10))
  console.log(ms.toFixed(0).padStart(6), key);
console.log("--- by function");
for (const [key, ms] of [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(ms.toFixed(0).padStart(6), key);
await browser.close();
await server.close();
