// The single-file briefing, opened from disk as a double-click would: file://, no server, no
// network. It must draw the map, turn slides with the presenter's keys, and request nothing.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { nodeIo } from "../../src/cli/cli-io";
import { runCli } from "../../src/cli/geodata";
import { launchChromium } from "./browser";
import { AppDriver, PROJECTOR, SCREENSHOT_DIRECTORY } from "./driver";

const browserAvailable = inject("browserAvailable");
const appUrl = inject("appUrl");

async function slide(page: Page, number: number, title: string): Promise<void> {
  await page
    .getByTestId("briefing-counter")
    .filter({ hasText: `Trang ${number}/6` })
    .waitFor();
  await expect(page.getByTestId("briefing-slide-title").textContent()).resolves.toBe(title);
  await page.evaluate(() => window.binhYenMap?.whenIdle());
}

describe.skipIf(!browserAvailable)("the briefing file, opened from disk", () => {
  let browser: Browser;
  let file: string;
  let packOutput = "";
  beforeAll(async () => {
    browser = await launchChromium();
    file = join(mkdtempSync(join(tmpdir(), "binhyen-usb-")), "briefing.html");
    const code = await runCli(["pack", "--out", file], {
      ...nodeIo,
      stdout: (text) => {
        packOutput += text;
      },
    });
    expect(code).toBe(0);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is one file under 5 MB, carrying its own CSP that allows no connection to any host", () => {
    const html = readFileSync(file, "utf8");
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeLessThan(5_000_000);
    expect(packOutput).toContain(`(${bytes} bytes)`);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1] ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/connect-src blob:(;|$)/u);
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/u);
    // No file beside it is linked: no src=, no href= to anything but a fragment.
    expect(html.match(/<(script|link|img)\b[^>]*\b(src|href)=/gu)).toBeNull();
  });

  it("draws the map and presents the deck with the presenter's keys, making no request", async () => {
    const context = await browser.newContext({ viewport: PROJECTOR, locale: "vi-VN" });
    const requests: string[] = [];
    const errors: string[] = [];
    context.on("request", (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    const url = pathToFileURL(file).href;
    await page.goto(url);
    // the map draws the data (its first idle after the data is on it)
    await page.waitForFunction(
      () => performance.getEntriesByName("binhyen:first-idle").length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    await slide(page, 1, "Huyện Thuận Châu: 28 xã, 1 thị trấn, 391 bản");
    const labels = await page.evaluate(() => window.binhYenMap?.renderedLabels() ?? []);
    // labels drawn with the bundled font (a projector close-up keeps only those with room)
    expect(labels.length).toBeGreaterThan(5);
    expect(labels).toContain("Chiềng Pha");
    // the data's date and the sample mark are shown
    await expect(page.getByTestId("briefing-titlebar").textContent()).resolves.toContain("31/12/2022");
    await expect(page.getByTestId("briefing-sample-badge").textContent()).resolves.toBe(
      "Dữ liệu mẫu / sample data",
    );
    await page.screenshot({ path: join(SCREENSHOT_DIRECTORY, "briefing-file-1024x768-slide-1.png") });
    // the presenter's keys turn the slides
    await page.keyboard.press("PageDown");
    await slide(page, 2, "Mô hình điểm: Bản Heo Trại (Chiềng Pha)");
    await page.keyboard.press("ArrowRight");
    await slide(page, 3, "Nhân rộng ra 12/12 bản xã Chiềng Pha");
    await page.keyboard.press("Space");
    await slide(page, 4, "Độ phủ mô hình theo xã, đến 31/12/2022");
    // the coverage slide's colours come from the coverage worker, started from a blob: URL
    await page.waitForFunction(() => document.querySelector(".coverage-status") === null, undefined, {
      timeout: 30_000,
    });
    await page.evaluate(() => window.binhYenMap?.whenIdle());
    await expect(page.locator(".coverage-error").count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIRECTORY, "briefing-file-1024x768-slide-4.png") });
    await page.keyboard.press("End");
    await slide(page, 6, "Đề xuất 5 bản nhân rộng tiếp theo");
    // the slide's own plan is drawn: its five picks, not every candidate of the planner
    const picks = await page.evaluate(async () => {
      const data = await window.binhYenMap?.getSourceData("plan-picks" as never);
      return data && data.type === "FeatureCollection" ? data.features.length : -1;
    });
    expect(picks).toBe(5);
    await page.keyboard.press("PageUp");
    await slide(page, 5, "Vụ việc an ninh trật tự 2019–2022");
    await page.keyboard.press("Home");
    await slide(page, 1, "Huyện Thuận Châu: 28 xã, 1 thị trấn, 391 bản");
    // B blanks the screen, any key brings it back; Esc does not leave the presentation
    await page.keyboard.press("B");
    await page.getByTestId("briefing-blank").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.getByTestId("briefing-blank").waitFor({ state: "detached" });
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("briefing-footer").isVisible()).resolves.toBe(true);
    // read-only: no import, no editing, no slide list
    await expect(page.locator("input[type=file], .sidebar, [data-testid=export-deck]").count()).resolves.toBe(
      0,
    );
    // and nothing was requested but the file itself
    expect(requests.filter((request) => !/^(data|blob):/u.test(request))).toEqual([url]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is made in the browser from the deck and the data shown, its size stated before download", async () => {
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    await app.page.getByTestId("make-briefing-file").click();
    const ready = app.page.getByTestId("briefing-file-ready");
    await ready.waitFor({ timeout: 30_000 });
    const stated = (await ready.locator("p").textContent()) ?? "";
    const { name, bytes } = await app.download(() => app.page.getByTestId("download-briefing-file").click());
    expect(name).toMatch(/\.html$/u);
    // the size said is the size downloaded (in MB, Vietnamese decimal comma)
    expect(stated).toContain(`${(bytes.length / 1_000_000).toFixed(1).replace(".", ",")} MB`);
    const html = bytes.toString("utf8");
    const json =
      /<script type="application\/json" id="binhyen-briefing">([^<]*)<\/script>/u.exec(html)?.[1] ?? "";
    const payload = JSON.parse(json) as {
      deck: { slides: unknown[] };
      data: { sample: boolean; layers: object };
    };
    expect(payload.deck.slides).toHaveLength(6);
    expect(payload.data.sample).toBe(true);
    expect(app.requests.filter((url) => url.endsWith("briefing-template.html"))).toHaveLength(1);
    expect(app.foreignRequests()).toEqual([]);
    await app.close();
  });
});
