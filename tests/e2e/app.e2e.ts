import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP, PROJECTOR } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

describe.skipIf(!browserAvailable)("the app on the sample data", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the whole district, in Vietnamese, with nothing fetched from elsewhere", async () => {
    // given the app opened from a sub-path of a plain static server
    const app = await AppDriver.open(browser, appUrl, { viewport: DESKTOP });
    // then the map draws in view, under the notice "Đang vẽ bản đồ…": its canvas shows before
    // the map has settled (hidden until then, the complete picture came later; see first-picture.ts)
    const firstSeen = await app.page.waitForFunction(
      () => {
        const canvas = document.querySelector(".maplibregl-canvas");
        if (!canvas?.checkVisibility({ visibilityProperty: true })) return false;
        const notice = document.querySelector(".map-drawing");
        return {
          settled: performance.getEntriesByName("binhyen:first-idle").length > 0,
          notice: notice?.checkVisibility() ?? false,
        };
      },
      undefined,
      { polling: "raf", timeout: 60_000 },
    );
    expect(await firstSeen.jsonValue()).toEqual({ settled: false, notice: true });
    // when the map has drawn everything
    await app.waitForMapIdle();
    // then the map is shown, and the notice is gone
    await expect(app.page.getByTestId("map").locator("canvas").isVisible()).resolves.toBe(true);
    await expect(app.page.getByText("Đang vẽ bản đồ…").isVisible()).resolves.toBe(false);
    // and its sources hold every unit, hamlet and site
    expect(await app.sourceFeatureCount("units")).toBe(29);
    expect(await app.sourceFeatureCount("hamlets")).toBe(391);
    const sites = await app.sourceFeatures("sites");
    expect(sites.filter((site) => site.properties.siteType === "model")).toHaveLength(12);
    expect(sites.filter((site) => site.properties.siteType === "police-post")).toHaveLength(29);
    expect(await app.sourceFeatureCount("incidents")).toBeGreaterThan(4000);
    // and the labels are drawn with their diacritics
    const labels = await app.renderedLabels();
    // (at this zoom the town's label, in the crowded centre, gives way to its neighbours')
    expect(labels).toEqual(expect.arrayContaining(["Chiềng Pha", "Mường É", "Nậm Lầu", "Bó Mười"]));
    // and the page is Vietnamese with the sample badge
    await expect(app.page.locator("html").getAttribute("lang")).resolves.toBe("vi");
    await expect(app.page.getByTestId("sample-badge").textContent()).resolves.toContain("Dữ liệu mẫu");
    expect(await app.page.getByTestId("total-hamlets").textContent()).toBe("391");
    // and nothing went wrong or left the origin
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    expect(app.requests.some((url) => url.endsWith("geodata/manifest.json"))).toBe(true);
    await app.screenshot("sample-1280x800");
    await app.close();
  });

  it("refuses requests to other hosts, and the test guard would see one", async () => {
    const foreign = "http://tiles.invalid/0/0/0.png";
    const tryForeignFetch = (url: string) =>
      fetch(url).then(
        () => "fetched",
        () => "refused",
      );
    // the built page's Content-Security-Policy refuses it before it reaches the network
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    expect(await app.page.evaluate(tryForeignFetch, foreign)).toBe("refused");
    expect(app.consoleErrors.join("\n")).toContain("Content Security Policy");
    await app.close();
    // and without that policy, the request guard of these tests records it (so it cannot hide)
    const unguarded = await AppDriver.open(browser, appUrl, { bypassCsp: true });
    await unguarded.waitForMapIdle();
    await unguarded.page.evaluate(tryForeignFetch, foreign);
    expect(unguarded.foreignRequests()).toEqual([foreign]);
    await unguarded.close();
  });

  it("says where the map would be when the browser has no WebGL, and the lists still work", async () => {
    const withoutWebgl = await launchChromium(["--disable-webgl"]);
    try {
      const app = await AppDriver.open(withoutWebgl, appUrl, { viewport: PROJECTOR });
      const failure = app.page.getByTestId("map-failed");
      await failure.waitFor({ timeout: 30_000 });
      // in words a district officer can act on, in Vietnamese, over the map's place
      expect(await failure.textContent()).toContain("Trình duyệt này không vẽ được bản đồ (cần WebGL 2)");
      expect(await failure.textContent()).toContain("tăng tốc phần cứng");
      await expect(app.page.getByText("Đang vẽ bản đồ…").isVisible()).resolves.toBe(false);
      // and the data is read all the same: the list of communes and its total are there
      await expect(app.page.getByTestId("total-hamlets").textContent()).resolves.toBe("391");
      expect(app.foreignRequests()).toEqual([]);
      await app.screenshot("no-webgl-1024x768");
      await app.close();
    } finally {
      await withoutWebgl.close();
    }
  });

  it("is readable on a 1024×768 projector", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: PROJECTOR });
    await app.waitForMapIdle();
    expect(await app.sourceFeatureCount("hamlets")).toBe(391);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    await app.screenshot("sample-1024x768");
    await app.close();
  });

  it("keeps the view in the URL: language, layers and selection survive a reload", async () => {
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    // when the user switches to English, hides incidents and picks Chiềng Pha in the list
    await app.page.getByRole("button", { name: "English" }).click();
    await app.toggleLayer("incidents");
    await app.chooseUnitInList("Xã Chiềng Pha");
    await expect(app.page.getByTestId("feature-panel").textContent()).resolves.toContain("03730");
    const query = await app.currentQuery();
    expect(query.get("lang")).toBe("en");
    expect(query.get("layers")).toBe("units,hamlets,sites");
    expect(query.get("sel")).toBe("units:03730");
    // then a reload shows the same
    await app.page.reload();
    await app.waitForMapIdle();
    await expect(app.page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(app.page.getByTestId("toggle-incidents").isChecked()).resolves.toBe(false);
    await expect(app.page.getByTestId("feature-panel").textContent()).resolves.toContain("Chiềng Pha");
    await app.screenshot("selected-unit-english-1280x800");
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it("opens the side panel for a clicked feature and escapes its text", async () => {
    const hostile = '<img src=x onerror="window.__injected=1">Bản <b>Thử</b>';
    const hamlets = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [103.645, 21.512] },
          properties: {
            code: "T-1",
            name: hostile,
            unitCode: "03730",
            population: 100,
            households: 20,
            securityTeam: true,
            mediationTeam: true,
            fireTeam: true,
            groups: 2,
            modelStatus: "none",
            modelSince: null,
          },
        },
      ],
    });
    const app = await AppDriver.open(browser, appUrl, {
      query: "sel=hamlets:T-1&c=103.645,21.512&z=13",
      replaceGeodata: { "hamlets.geojson": hamlets },
    });
    await app.waitForMapIdle();
    await expect(app.page.getByTestId("feature-panel").locator("h2").textContent()).resolves.toBe(hostile);
    expect(await app.page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    await app.close();
  });

  it("shows an error panel for a broken file and still draws the rest", async () => {
    const app = await AppDriver.open(browser, appUrl, {
      replaceGeodata: {
        "hamlets.geojson": '{"type": "FeatureCollection", "features": [',
        "sites.geojson": 404,
      },
    });
    await app.waitForMapIdle();
    const panel = app.page.getByTestId("error-panel");
    await expect(panel.isVisible()).resolves.toBe(true);
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("hamlets.geojson");
    expect(text).toContain("sites.geojson");
    expect(text).toMatch(/dòng 1/);
    expect(await app.sourceFeatureCount("units")).toBe(29);
    expect(await app.sourceFeatureCount("hamlets")).toBe(0);
    await app.screenshot("broken-file-1280x800");
    await app.close();
  });
});
