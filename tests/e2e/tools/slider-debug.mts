// Opens the built app on the bench's generated province (100,000 incidents) in the coverage view
// with incidents in the style given (`points` by default: `slider-debug.mts heatmap`), steps the
// month slider three times and reports each step's phases, the frames the map drew and the tiles
// each source loaded (ms since the input event), then where the main thread spent its time.
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
const style = process.argv[2] ?? "points";
await page.goto(`${server.url}?view=coverage&inc=${style}&from=2021-01-01&to=2021-12-31`);
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
for (const month of [2021 * 12 + 12, 2021 * 12 + 13, 2021 * 12 + 12]) {
  const phases = await page.evaluate(async (value) => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="month-slider"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    const stop = window.binhYenMap?.recordFrames();
    let figures = Number.NaN;
    const top = document.querySelector(".coverage-top");
    const observer = new MutationObserver(() => {
      if (Number.isNaN(figures) && top?.getAttribute("aria-busy") !== "true")
        figures = performance.now() - start;
    });
    if (top) observer.observe(top, { attributes: true, attributeFilter: ["aria-busy"] });
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
    const total = performance.now() - start;
    observer.disconnect();
    const activity = stop?.() ?? [];
    const renders = activity.filter((entry) => entry.kind === "render").map((entry) => entry.at);
    // Per source: tiles loaded, first and last at.
    const tiles: Record<string, [number, number, number]> = {};
    for (const entry of activity.filter((item) => item.kind === "tile")) {
      const seen = tiles[entry.source ?? "?"];
      tiles[entry.source ?? "?"] = seen ? [seen[0] + 1, seen[1], entry.at] : [1, entry.at, entry.at];
    }
    const events = activity
      .filter((entry) => entry.kind !== "tile")
      .map((entry) => `${entry.at}:${entry.kind}${entry.source ? `(${entry.source})` : ""}`)
      .join(" ");
    return { afterEvent, afterTimeout, firstIdle, figures, total, renders: renders.join(" "), tiles, events };
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
