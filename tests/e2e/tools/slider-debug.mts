// Opens the built app on the bench's generated province (100,000 incidents) in the coverage view
// and reports what happens.
import { chromium } from "playwright-core";
import { serveBench } from "../../bench/bench-server";
import { provinceGeodata } from "../../bench/province-files";
import { chromiumArguments } from "../browser";

const server = await serveBench(
  process.env.BINHYEN_DIST ?? new URL("../../../dist", import.meta.url).pathname,
  {
    geodata: provinceGeodata(),
  },
);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArguments });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
page.on("console", (message) => console.log("console", message.type(), message.text().slice(0, 200)));
page.on("crash", () => console.log("CRASH"));
page.on("close", () => console.log("closed"));
const start = Date.now();
await page.goto(`${server.url}?view=coverage&inc=points`);
await page.waitForFunction(() => performance.getEntriesByName("binhyen:first-idle").length > 0, undefined, {
  timeout: 180_000,
});
console.log("first idle after", Date.now() - start, "ms");
await page.waitForSelector('[data-testid="month-slider"]', { timeout: 120_000 });
console.log("slider there");
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
for (const month of [2021 * 12 + 3, 2021 * 12 + 4, 2021 * 12 + 5]) {
  const phases = await page.evaluate(async (value) => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="month-slider"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    const start = performance.now();
    setValue?.call(slider, String(value));
    slider?.dispatchEvent(new Event("input", { bubbles: true }));
    const afterEvent = performance.now() - start;
    await new Promise((done) => setTimeout(done, 0));
    const afterTimeout = performance.now() - start;
    await window.binhYenMap?.whenIdle();
    const firstIdle = performance.now() - start;
    for (;;) {
      await new Promise((done) => setTimeout(done, 0));
      await window.binhYenMap?.whenIdle();
      if (document.querySelector(".coverage-top")?.getAttribute("aria-busy") !== "true") break;
    }
    return { afterEvent, afterTimeout, firstIdle, total: performance.now() - start };
  }, month);
  console.log(JSON.stringify(phases));
}
const { profile } = await cdp.send("Profiler.stop");
const self = new Map<string, number>();
const interval = (profile.endTime - profile.startTime) / (profile.samples ?? []).length / 1000;
const counts = new Map<number, number>();
for (const sample of profile.samples ?? []) counts.set(sample, (counts.get(sample) ?? 0) + 1);
for (const node of profile.nodes) {
  const frame = node.callFrame;
  const key = `${frame.functionName || "(anon)"} ${frame.url.replace(/^.*\//, "")}:${frame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (counts.get(node.id) ?? 0) * interval);
}
for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(ms.toFixed(0).padStart(6), key);
}
await browser.close();
await server.close();
