// How many frames the map draws in each view switch at province scale, and when: every frame
// MapLibre draws starts with one clear of its WebGL canvas, so counting clears counts frames. In
// software rendering each frame of a busy view costs 0.5–1.3 s, so fewer frames is the lever.
// Opens the built app (dist/ or BINHYEN_DIST) on the bench's generated province; views on the
// command line (default: coverage planner map).
import { chromium } from "playwright-core";
import { serveBench } from "../../bench/bench-server";
import { provinceGeodata } from "../../bench/province-files";
import { chromiumArguments } from "../browser";

const views = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["coverage", "planner", "map"];
const server = await serveBench(
  process.env.BINHYEN_DIST ?? new URL("../../../dist", import.meta.url).pathname,
  { geodata: provinceGeodata() },
);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArguments });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => {
  const frames: number[] = [];
  (window as unknown as { __frames: number[] }).__frames = frames;
  const clear = WebGL2RenderingContext.prototype.clear;
  WebGL2RenderingContext.prototype.clear = function (mask: number) {
    // One clear per frame: the colour buffer's (stencil/depth-only clears happen within a frame).
    if (mask & this.COLOR_BUFFER_BIT) frames.push(performance.now());
    return clear.call(this, mask);
  };
});
await page.goto(server.url);
await page.waitForFunction(() => performance.getEntriesByName("binhyen:first-idle").length > 0, undefined, {
  timeout: 180_000,
});
const loadFrames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.length);
console.log(`first picture: ${loadFrames} frames`);
await page.waitForTimeout(3000);
for (const view of views) {
  const result = await page.evaluate(async (target) => {
    const frames = (window as unknown as { __frames: number[] }).__frames;
    const before = frames.length;
    const begin = performance.now();
    document.querySelector<HTMLButtonElement>(`[data-testid="mode-${target}"]`)?.click();
    for (;;) {
      await new Promise((done) => setTimeout(done, 0));
      await window.binhYenMap?.whenIdle();
      const busy = document.querySelector(".coverage-status, .coverage-top[aria-busy='true']") !== null;
      const shown =
        target === "coverage"
          ? document.querySelector(".coverage-top") !== null
          : target === "planner"
            ? document.querySelector(".planner-top") !== null
            : document.querySelector(".coverage-top, .planner-top") === null;
      if (!busy && shown && window.binhYenMap?.isIdle()) break;
    }
    const end = performance.now();
    return {
      ms: Math.round(end - begin),
      frames: frames.slice(before).map((at) => Math.round(at - begin)),
    };
  }, view);
  console.log(
    `${view}: ready after ${result.ms} ms, ${result.frames.length} frames at ${result.frames.join(", ")}`,
  );
  await page.waitForTimeout(2000);
}
await browser.close();
await server.close();
