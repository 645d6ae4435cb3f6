import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP, PROJECTOR } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

// What the committed sample says, read independently of the app's code.
const hamlets: { properties: { modelStatus: string; modelSince: string | null; unitCode: string } }[] =
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../geodata/hamlets.geojson"), "utf8")).features;
const coveredBy = (date: string, unitCode?: string) =>
  hamlets.filter(
    (hamlet) =>
      (hamlet.properties.modelStatus === "model-point" || hamlet.properties.modelStatus === "replicated") &&
      (hamlet.properties.modelSince ?? "9999") <= date &&
      (unitCode === undefined || hamlet.properties.unitCode === unitCode),
  ).length;

const incidentDates: string[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../geodata/incidents.geojson"), "utf8"),
).features.map((feature: { properties: { date: string } }) => feature.properties.date);
const incidentsBetween = (from: string, to: string) =>
  incidentDates.filter((date) => date >= from && date <= to).length;
/** "31/01/2019" → "2019-01-31". */
const isoOf = (shown: string) => shown.split("/").reverse().join("-");

describe.skipIf(!browserAvailable)("the coverage view", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the district's figures, a commune's panel and the table, as of the window's end", async () => {
    const app = await AppDriver.open(browser, appUrl, { query: "view=coverage", viewport: DESKTOP });
    await app.waitForMapIdle();
    const covered = app.page.getByTestId("figures-strip").getByTestId("figure-hamlets-covered");
    await expect.poll(() => covered.textContent()).toContain(`${coveredBy("2022-12-31")}/${hamlets.length}`);
    await app.screenshot("coverage-1280x800");
    // the figures were computed off the main thread
    expect(app.requests.some((url) => /analysis\.worker/.test(url))).toBe(true);

    // a commune chosen in the list opens its panel: Chiềng Pha is covered 12/12
    await app.chooseUnitInList("Xã Chiềng Pha");
    const panel = app.page.getByTestId("unit-coverage");
    await expect.poll(() => panel.getByTestId("figure-hamlets-covered").textContent()).toContain("12/12");
    await app.screenshot("coverage-unit-1280x800");

    // an earlier window, typed the Vietnamese way: coverage as of the end of January 2019 is
    // what the records say then
    await app.page.getByTestId("window-to").fill("31/01/2019");
    await app.page.getByTestId("window-to").press("Enter");
    await expect(app.page.getByTestId("window-to").inputValue()).resolves.toBe("31/01/2019");
    await expect.poll(() => covered.textContent()).toContain(`${coveredBy("2019-01-31")}/${hamlets.length}`);
    expect(coveredBy("2019-01-31")).toBeLessThan(coveredBy("2022-12-31"));
    expect((await app.currentQuery()).get("to")).toBe("2019-01-31");

    // the table lists every unit, and its CSV opens in Excel with the diacritics right
    await app.page.getByTestId("open-table").click();
    const rows = app.page.getByTestId("coverage-table").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(29);
    const [download] = await Promise.all([
      app.page.waitForEvent("download"),
      app.page.getByTestId("coverage-csv").click(),
    ]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Xã Chiềng Pha");
    expect(csv.trim().split("\n")).toHaveLength(1 + 29 + 1);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    await app.close();
  });

  it("filters incidents by time without errors, in every style, on a projector", async () => {
    const app = await AppDriver.open(browser, appUrl, {
      query: "view=coverage&inc=points&from=2021-01-01&to=2021-12-31",
      viewport: PROJECTOR,
    });
    await app.waitForMapIdle();
    await app.screenshot("coverage-points-1024x768");
    await app.page.getByTestId("incident-style-heatmap").check();
    await app.waitForMapIdle();
    await app.screenshot("coverage-heatmap-1024x768");
    await app.page.getByTestId("incident-style-clusters").check();
    await app.waitForMapIdle();
    expect((await app.currentQuery()).get("inc")).toBeNull();
    // The clusters follow the slider by a diff (the months leaving and entering): after each step
    // they count exactly the window's incidents.
    const slider = app.page.getByTestId("month-slider");
    for (const key of ["ArrowRight", "ArrowRight", "ArrowLeft", "PageDown"]) {
      await slider.press(key);
      await app.waitForMapIdle();
      const shown = {
        from: await app.page.getByTestId("window-from").inputValue(),
        to: await app.page.getByTestId("window-to").inputValue(),
      };
      const expected = incidentsBetween(isoOf(shown.from), isoOf(shown.to));
      expect(expected).toBeGreaterThan(0);
      await expect(app.sourceFeatureCount("incidents")).resolves.toBe(expected);
      await expect(app.page.evaluate(() => window.binhYenMap?.renderedClusteredIncidents())).resolves.toBe(
        expected,
      );
    }
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
