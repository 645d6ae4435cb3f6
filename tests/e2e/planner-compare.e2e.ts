import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Camera } from "../../src/map/map-state";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP, PROJECTOR } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

// What this test needs beyond the shared driver: the swipe's parts and the two cameras.
async function cameras(app: AppDriver): Promise<{ main: Camera; before: Camera | null }> {
  await app.page.evaluate(() => window.binhYenMap?.whenIdle());
  const result = await app.page.evaluate(() => window.binhYenMap?.cameras());
  if (!result) throw new Error("no map handle");
  return result;
}

async function dividerValue(app: AppDriver): Promise<number> {
  return Number(await app.page.getByRole("separator").getAttribute("aria-valuenow"));
}

async function overlayClip(app: AppDriver): Promise<string> {
  return app.page.getByTestId("map-compare").evaluate((element) => (element as HTMLElement).style.clipPath);
}

/** Drags the map with the mouse, starting `fromLeft` (0–1) across the map's width. */
async function dragMap(app: AppDriver, fromLeft: number, dx: number, dy: number): Promise<void> {
  const box = await app.page.getByTestId("map").boundingBox();
  if (!box) throw new Error("the map has no box");
  const x = box.x + box.width * fromLeft;
  const y = box.y + box.height * 0.6;
  await app.page.mouse.move(x, y);
  await app.page.mouse.down();
  await app.page.mouse.move(x + dx, y + dy, { steps: 8 });
  await app.page.mouse.up();
}

const close = (a: Camera, b: Camera | null) =>
  b !== null &&
  Math.abs(a.center[0] - b.center[0]) < 1e-6 &&
  Math.abs(a.center[1] - b.center[1]) < 1e-6 &&
  Math.abs(a.zoom - b.zoom) < 1e-6;

describe.skipIf(!browserAvailable)("the planner's before/after swipe", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("splits the map into two synced maps, with a divider that moves by keyboard and pointer", async () => {
    // given a plan of 5 sites
    const app = await AppDriver.open(browser, appUrl, { viewport: DESKTOP, query: "view=planner" });
    await app.waitForMapIdle();
    await app.pickSites(5);
    const canvases = app.page.getByTestId("map").locator("canvas.maplibregl-canvas");
    await expect(canvases.count()).resolves.toBe(1);

    // when the swipe is turned on
    await app.page.getByTestId("compare-toggle").click();
    await app.page.getByTestId("map-compare").locator("canvas.maplibregl-canvas").waitFor();
    // then there are two maps, the second clipped to the left half, and both sides are labelled
    await expect(canvases.count()).resolves.toBe(2);
    await expect(app.page.getByTestId("compare-toggle").getAttribute("aria-pressed")).resolves.toBe("true");
    expect(await overlayClip(app)).toBe("inset(0px 50% 0px 0px)");
    expect(await dividerValue(app)).toBe(50);
    await expect(app.page.locator(".compare-side-label").allTextContents()).resolves.toEqual([
      "Trước",
      "Sau",
    ]);
    const start = await cameras(app);
    expect(close(start.main, start.before)).toBe(true);
    await app.screenshot("planner-compare-1280x800");

    // when the divider is moved with the keyboard
    await app.page.getByRole("separator").focus();
    await app.press("ArrowLeft");
    await app.press("ArrowLeft");
    // then it moves 5 % a press, the clip follows, and the URL keeps it
    expect(await dividerValue(app)).toBe(40);
    expect(await overlayClip(app)).toBe("inset(0px 60% 0px 0px)");
    expect((await app.currentQuery()).get("cmp")).toBe("40");
    await app.press("End");
    expect(await dividerValue(app)).toBe(100);
    await app.press("Home");
    expect(await dividerValue(app)).toBe(0);
    for (let press = 0; press < 9; press += 1) await app.press("ArrowRight");
    expect(await dividerValue(app)).toBe(45);

    // when the divider is dragged to three quarters of the map's width
    const box = await app.page.getByTestId("map").boundingBox();
    const handle = await app.page.getByRole("separator").boundingBox();
    if (!box || !handle) throw new Error("no box");
    await app.page.mouse.move(handle.x + handle.width / 2, box.y + box.height * 0.3);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.3, { steps: 6 });
    await app.page.mouse.up();
    expect(Math.abs((await dividerValue(app)) - 75)).toBeLessThanOrEqual(0.5);

    // when the "after" side (right) is panned, the "before" side follows
    await dragMap(app, 0.9, -120, 40);
    const afterPan = await cameras(app);
    expect(close(afterPan.main, start.main)).toBe(false);
    expect(close(afterPan.main, afterPan.before)).toBe(true);
    // and when the "before" side (left) is panned, the "after" side follows
    await dragMap(app, 0.2, 150, -60);
    const beforePan = await cameras(app);
    expect(close(beforePan.main, afterPan.main)).toBe(false);
    expect(close(beforePan.main, beforePan.before)).toBe(true);
    // the move reached the URL once it ended
    const [lon, lat] = ((await app.currentQuery()).get("c") ?? "").split(",").map(Number);
    expect(Math.abs((lon as number) - beforePan.main.center[0])).toBeLessThan(1e-4);
    expect(Math.abs((lat as number) - beforePan.main.center[1])).toBeLessThan(1e-4);

    // when Escape is pressed, the swipe ends and the second map is gone
    await app.press("Escape");
    await app.page.getByTestId("map-compare").waitFor({ state: "detached" });
    await expect(canvases.count()).resolves.toBe(1);
    await expect(app.page.getByRole("separator").count()).resolves.toBe(0);
    expect((await cameras(app)).before).toBeNull();
    expect((await app.currentQuery()).has("cmp")).toBe(false);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    await app.close();
  });

  it("opens from a link on a 1024×768 projector, labels readable", async () => {
    const app = await AppDriver.open(browser, appUrl, {
      viewport: PROJECTOR,
      query: "view=planner&k=5&cmp=50",
    });
    await app.waitForMapIdle();
    await app.pickSites(5);
    await app.page.getByTestId("map-compare").locator("canvas.maplibregl-canvas").waitFor();
    await app.page.evaluate(() => window.binhYenMap?.whenIdle());
    await app.screenshot("planner-compare-1024x768");
    // each label is big (projector-friendly) and sits on its own side of the divider
    const divider = await app.page.getByRole("separator").boundingBox();
    const labels = await app.page.locator(".compare-side-label").evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return {
          left: box.left,
          right: box.right,
          size: Number.parseFloat(getComputedStyle(element).fontSize),
        };
      }),
    );
    const middle = (divider?.x ?? 0) + (divider?.width ?? 0) / 2;
    expect(labels[0]?.right).toBeLessThan(middle);
    expect(labels[1]?.left).toBeGreaterThan(middle);
    for (const label of labels) expect(label.size).toBeGreaterThanOrEqual(28);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
