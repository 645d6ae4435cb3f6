// "Find a place" in the built app: typed without diacritics, chosen with the keyboard, the place
// is selected (its panel opens, the URL says sel=…) and the map flies to it, in every view.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { AppDriver, PROJECTOR } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

describe.skipIf(!browserAvailable)("finding a place", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("finds a commune and a hamlet by folded name, selects them and flies there", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: PROJECTOR });
    await app.waitForMapIdle();
    const zoomBefore = await app.page.evaluate(() => window.binhYenMap?.cameras().main.zoom ?? 0);
    // given the keyboard only: / reaches the box
    await app.press("/");
    const box = app.page.getByRole("combobox", { name: "Tìm xã, bản" });
    await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await app.page.keyboard.type("chieng pha");
    const options = app.page.getByRole("listbox").getByRole("option");
    await expect(options.first().textContent()).resolves.toBe("Xã Chiềng PhaXã");
    await app.screenshot("place-search-1024x768");
    await app.press("Enter");
    // then the commune is selected: its panel, the URL, and the map framed on it
    await app.page.getByTestId("feature-panel").getByRole("heading", { name: "Xã Chiềng Pha" }).waitFor();
    expect((await app.currentQuery()).get("sel")).toBe("units:03730");
    await app.page.evaluate(() => window.binhYenMap?.whenIdle());
    const camera = await app.page.evaluate(() => window.binhYenMap?.cameras().main);
    expect(camera?.zoom).toBeGreaterThan(zoomBefore + 1);
    expect(Math.abs((camera?.center[0] ?? 0) - 103.645)).toBeLessThan(0.05);
    expect(Math.abs((camera?.center[1] ?? 0) - 21.512)).toBeLessThan(0.05);

    // in the planner too, Ctrl+K, a hamlet
    await app.page.getByTestId("mode-planner").click();
    await app.press("Control+k");
    await app.page.keyboard.type("heo trai");
    await expect(options.first().textContent()).resolves.toMatch(/^Bản Heo TrạiBản · Xã Chiềng Pha/u);
    await app.press("Enter");
    await app.page.getByTestId("feature-panel").getByRole("heading", { name: "Bản Heo Trại" }).waitFor();
    const query = await app.currentQuery();
    expect(query.get("view")).toBe("planner");
    expect(query.get("sel")).toMatch(/^hamlets:03730-/u);
    // choosing a place is not a click on the map: the plan is untouched
    expect(query.get("picks")).toBeNull();
    // the combobox and its list pass the accessibility checks
    await app.press("Control+k");
    await app.page.keyboard.type("pha");
    await app.page.getByRole("listbox").getByRole("option").first().waitFor();
    expect(await app.accessibilityViolations('[data-testid="place-search"]')).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    await app.close();
  });
});
