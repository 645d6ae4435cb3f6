// The deployer's own basemap: a copy of the built app with a geodata/config.json naming a tiny
// PMTiles archive made from the sample's geometry (tests/fixtures/basemap), as a deployer would
// drop theirs into dist/geodata/. The archive is read by range requests from the same server.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sampleBasemap } from "../fixtures/basemap/sample-basemap";
import { launchChromium } from "./browser";
import { AppDriver, PROJECTOR } from "./driver";
import { type RunningServer, serveDirectory } from "./static-server";

const browserAvailable = inject("browserAvailable");

/** dist/ copied with a config.json (and the archive) of our own. */
export function deployedCopy(config: unknown, archive: Uint8Array | null): string {
  const folder = mkdtempSync(join(tmpdir(), "binhyen-deploy-"));
  cpSync(process.env.BINHYEN_DIST ?? resolve(import.meta.dirname, "../../dist"), folder, { recursive: true });
  writeFileSync(join(folder, "geodata/config.json"), JSON.stringify(config));
  if (archive) writeFileSync(join(folder, "geodata/basemap.pmtiles"), archive);
  return folder;
}

describe.skipIf(!browserAvailable)("the deployer's basemap", () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    browser = await launchChromium();
    const config = { title: "Công an tỉnh (thử)", basemap: { url: "basemap.pmtiles" } };
    server = await serveDirectory(deployedCopy(config, sampleBasemap()));
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it("draws under the data from the same server, and goes away with its switch", async () => {
    // given the app with a basemap configured
    const app = await AppDriver.open(browser, server.url, { viewport: PROJECTOR });
    await app.waitForMapIdle();
    // then the basemap's roads, water and place are drawn, in our font, from range requests
    const drawn = await app.page.evaluate(() => window.binhYenMap?.renderedBasemap() ?? []);
    expect(drawn.some((feature) => /-roads_major:/.test(feature))).toBe(true);
    expect(drawn.some((feature) => /-water:/.test(feature))).toBe(true);
    expect(drawn.some((feature) => /-earth:/.test(feature))).toBe(true);
    expect(app.requests.filter((url) => url.endsWith("geodata/basemap.pmtiles")).length).toBeGreaterThan(0);
    expect(app.foreignRequests()).toEqual([]);
    await expect(app.page.locator(".app-tagline strong").textContent()).resolves.toBe("Công an tỉnh (thử)");
    await app.screenshot("basemap-1024x768");
    // when the switch in the layer list is turned off
    await app.page.getByTestId("toggle-basemap").click();
    await app.page.evaluate(() => window.binhYenMap?.whenIdle());
    // then nothing of the basemap is drawn, and the URL remembers it
    await expect(app.page.evaluate(() => window.binhYenMap?.renderedBasemap() ?? [])).resolves.toEqual([]);
    expect((await app.currentQuery()).get("base")).toBe("0");
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it("refuses a basemap on another host and says so, making no request to it", async () => {
    const foreign = await serveDirectory(
      deployedCopy({ basemap: { url: "https://tiles.example.com/vn.pmtiles" } }, null),
    );
    const app = await AppDriver.open(browser, foreign.url);
    await app.waitForMapIdle();
    const problems = app.page.getByTestId("config-problems");
    await expect(problems.textContent()).resolves.toContain("tiles.example.com");
    await expect(app.page.getByTestId("toggle-basemap").count()).resolves.toBe(0);
    expect(app.requests.some((url) => url.includes("example.com"))).toBe(false);
    await app.close();
    await foreign.close();
  });

  it("keeps the basemap for offline use, answering the map's range requests from its cache", async () => {
    const context = await browser.newContext({ viewport: PROJECTOR, serviceWorkers: "allow" });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 90_000,
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(
      () => performance.getEntriesByName("binhyen:first-idle").length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    await page.evaluate(() => window.binhYenMap?.whenIdle());
    const drawn = await page.evaluate(() => window.binhYenMap?.renderedBasemap() ?? []);
    expect(drawn.some((feature) => /-roads_major:/.test(feature))).toBe(true);
    await context.close();
  });
});
