// One vocabulary in the running app: every view in Vietnamese shows and says no English (text,
// aria-labels, titles, placeholders, MapLibre's own controls), and switching language changes them.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectUiTexts, findEnglish, type UiText } from "../ui/no-english/english";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

/** The English on the page, as "where: text (word)" lines. */
async function englishOn(app: AppDriver): Promise<string[]> {
  const body = await app.page.evaluateHandle(() => document.body);
  const texts: UiText[] = await app.page.evaluate(collectUiTexts, body);
  return findEnglish(texts).map((finding) => `${finding.where}: ${finding.text} (${finding.word})`);
}

describe.skipIf(!browserAvailable)("one vocabulary", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("no view of the Vietnamese app shows or says English", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: DESKTOP, query: "sel=hamlets:03730-01" });
    await app.waitForMapIdle();
    const zoomIn = app.page.locator(".maplibregl-ctrl-zoom-in");
    await expect(zoomIn.getAttribute("title")).resolves.toBe("Phóng to");
    await expect(app.page.locator(".reset-view-button").textContent()).resolves.toBe("Toàn huyện");
    expect(await englishOn(app), "map view, a hamlet's panel").toEqual([]);
    await app.chooseUnitInList("Xã Chiềng Pha");
    await expect(app.page.getByTestId("feature-panel").textContent()).resolves.toContain("Loại đơn vịXã");
    expect(await englishOn(app), "map view, a commune's panel").toEqual([]);

    await app.page.getByTestId("mode-coverage").click();
    await app.page.getByTestId("unit-coverage").waitFor();
    await app.page.getByTestId("open-table").click();
    await app.page.getByTestId("window-from").fill("31/02/2021");
    await app.page.getByTestId("window-from").press("Enter");
    await app.page.getByTestId("window-from-error").waitFor();
    expect(await englishOn(app), "coverage view").toEqual([]);

    await app.page.getByTestId("mode-planner").click();
    await app.pickSites(3);
    for (const tab of ["hamlets", "units", "timeline", "plans"]) {
      await app.page.getByTestId(`planner-tab-${tab}`).click();
      expect(await englishOn(app), `planner, ${tab}`).toEqual([]);
    }

    await app.page.getByRole("button", { name: "Nhập dữ liệu" }).click();
    await app.page.getByRole("dialog").getByText("Chưa có lớp dữ liệu nào được nhập").waitFor();
    expect(await englishOn(app), "import dialog").toEqual([]);
    await app.press("Escape");

    await app.page.getByTestId("present").click();
    await app.page.getByTestId("briefing-titlebar").waitFor();
    expect(await englishOn(app), "presentation").toEqual([]);
    await app.press("Escape");

    // the other language follows, MapLibre's controls included
    await app.page.getByRole("button", { name: "English" }).click();
    await expect(zoomIn.getAttribute("title")).resolves.toBe("Zoom in");
    await expect(app.page.locator(".reset-view-button").textContent()).resolves.toBe("Whole district");
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
