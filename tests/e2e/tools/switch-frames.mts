// How many frames the map draws in each view switch at province scale, and when: every frame
// MapLibre draws starts with one clear of its WebGL canvas, so counting clears counts frames. In
// software rendering each frame of a busy view costs 0.5–1.3 s, so fewer frames is the lever.
// Opens the built app (dist/ or BINHYEN_DIST) on the bench's generated province; views on the
// command line (default: coverage planner map).
import { chromium } from "playwright-core";
import { serveBench } from "../../bench/bench-server";
import { provinceGeodata } from "../../bench/province-files";
import { chromiumArguments } from "../browser";
import { switchViewInPage } from "./view-switch";

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
  const before = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.length);
  const { begin, end } = await page.evaluate(switchViewInPage, view);
  const result = await page.evaluate(
    ([before, begin, end]) => ({
      ms: Math.round(end - begin),
      frames: (window as unknown as { __frames: number[] }).__frames
        .slice(before)
        .map((at) => Math.round(at - begin)),
    }),
    [before, begin, end] as const,
  );
  console.log(
    `${view}: ready after ${result.ms} ms, ${result.frames.length} frames at ${result.frames.join(", ")}`,
  );
  await page.waitForTimeout(2000);
}
await browser.close();
await server.close();
