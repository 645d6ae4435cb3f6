// Where the main thread's time goes from navigation to the first idle: a CPU profile, summed by
// function (self time), for the built app in dist/ (or BINHYEN_DIST).
import { chromium } from "playwright-core";
import { chromiumArguments } from "../browser";
import { serveDirectory } from "../static-server";
import { printLargest, selfTimes } from "./profile-summary";

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
const { byFunction, byFile } = selfTimes(profile);
console.log("--- by file");
printLargest(byFile, 10);
console.log("--- by function");
printLargest(byFunction, 30);
await browser.close();
await server.close();
