// Installable and offline after the first visit: the service worker keeps the app and its data,
// the app opens with the network off, and a new build or new data on the server is announced and
// taken up only when the user reloads. Served from a sub-path, like every browser test.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { DESKTOP } from "./driver";
import { type RunningServer, serveDirectory } from "./static-server";

const browserAvailable = inject("browserAvailable");

async function firstIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("binhyen:first-idle").length > 0, undefined, {
    timeout: 60_000,
  });
}

const title = (page: Page) => page.locator(".app-title h1").textContent();
const unitCount = (page: Page) =>
  page.evaluate(async () => {
    const data = await window.binhYenMap?.getSourceData("units");
    return data?.type === "FeatureCollection" ? data.features.length : -1;
  });

describe.skipIf(!browserAvailable)("offline after the first visit", () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: RunningServer;
  let folder: string;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    folder = mkdtempSync(join(tmpdir(), "binhyen-pwa-"));
    cpSync(process.env.BINHYEN_DIST ?? resolve(import.meta.dirname, "../../dist"), folder, {
      recursive: true,
    });
    server = await serveDirectory(folder);
    context = await browser.newContext({ viewport: DESKTOP, locale: "vi-VN", serviceWorkers: "allow" });
    context.on("request", (request) => requests.push(request.url()));
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    await browser?.close();
  });

  it("is installable: a manifest with icons, a favicon, no 404", async () => {
    const manifest = await (await fetch(`${server.url}manifest.webmanifest`)).json();
    expect(manifest.start_url).toBe("./");
    expect(manifest.icons.map((icon: { src: string }) => icon.src)).toContain("icon-512.png");
    for (const file of ["favicon.ico", "icon.svg", "icon-192.png", "icon-512.png", "sw.js"])
      expect((await fetch(`${server.url}${file}`)).status).toBe(200);
  });

  it("opens with the network off, app and data, after one visit", async () => {
    const page = await context.newPage();
    const missing: string[] = [];
    page.on("response", (response) => {
      if (response.status() === 404) missing.push(response.url());
    });
    await page.goto(server.url);
    await firstIdle(page);
    // the worker takes the page over once it has kept everything
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    expect(missing).toEqual([]);
    await context.setOffline(true);
    await page.reload();
    await firstIdle(page);
    await expect(title(page)).resolves.toBe("Huyện Thuận Châu, tỉnh Sơn La");
    await expect(unitCount(page)).resolves.toBe(29);
    await expect(page.getByTestId("error-panel").count()).resolves.toBe(0);
    await context.setOffline(false);
    expect(requests.filter((url) => !url.startsWith(server.url) && !/^(data|blob):/u.test(url))).toEqual([]);
    await page.close();
  });

  it("tells of new data on the server, and shows it only after the user reloads", async () => {
    // given new data deployed (the manifest's title changed), the way a data steward does it
    const manifestPath = join(folder, "geodata/manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, title: "Huyện Thuận Châu (số liệu mới)" }));
    const page = await context.newPage();
    await page.goto(server.url);
    await firstIdle(page);
    // then the banner says so, and the page still shows the data it opened with: no mix
    const banner = page.getByTestId("update-banner");
    await banner.waitFor({ timeout: 60_000 });
    await expect(banner.getAttribute("data-reason")).resolves.toBe("data");
    await expect(title(page)).resolves.toBe("Huyện Thuận Châu, tỉnh Sơn La");
    await page.screenshot({
      path: resolve(import.meta.dirname, "../../screenshots/update-banner-1280x800.png"),
    });
    // when the user reloads, the new data shows
    await Promise.all([page.waitForEvent("load"), page.getByTestId("update-reload").click()]);
    await firstIdle(page);
    await expect(title(page)).resolves.toBe("Huyện Thuận Châu (số liệu mới)");
    await page.close();
  });

  it("tells of a new build, and takes it up when the user reloads", async () => {
    // given a new build deployed (its worker's version changed)
    const workerPath = join(folder, "sw.js");
    writeFileSync(workerPath, readFileSync(workerPath, "utf8").replace('"version":"', '"version":"next-'));
    const page = await context.newPage();
    await page.goto(server.url);
    await firstIdle(page);
    const banner = page.getByTestId("update-banner");
    await banner.waitFor({ timeout: 60_000 });
    await expect(banner.getAttribute("data-reason")).resolves.toBe("version");
    await Promise.all([page.waitForEvent("load"), page.getByTestId("update-reload").click()]);
    await firstIdle(page);
    const caches = await page.evaluate(() => globalThis.caches.keys());
    expect(caches.some((name) => name.startsWith("binhyen-next-"))).toBe(true);
    await expect(unitCount(page)).resolves.toBe(29);
    await page.close();
  });
});
