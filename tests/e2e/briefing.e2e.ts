import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import JSZip from "jszip";
import { PDFDocument } from "pdf-lib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { AppDriver, FULL_HD, PROJECTOR, SCREENSHOT_DIRECTORY, type Viewport } from "./driver";

const appUrl = inject("appUrl");
const DESKTOP_FOR_EXPORT: Viewport = { width: 1280, height: 800 };
const browserAvailable = inject("browserAvailable");

// The sample deck (src/ui/briefing/sample-deck.ts) on the sample data, in Vietnamese: every title
// is worked out from the data shown.
const SAMPLE_TITLES = [
  "Huyện Thuận Châu: 28 xã, 1 thị trấn, 391 bản",
  "Mô hình điểm: Bản Heo Trại (Chiềng Pha)",
  "Nhân rộng ra 12/12 bản xã Chiềng Pha",
  "Độ phủ mô hình theo xã, đến 31/12/2022",
  "Vụ việc an ninh trật tự 2019–2022",
  "Đề xuất 5 bản nhân rộng tiếp theo",
];
// What each slide's large figure counts.
const SAMPLE_FIGURES = [
  /^86\/391/,
  /^12\/12/,
  /^12\/12/,
  /^86\/391/,
  /^5\.000vụ việc ANTT/,
  /^\+[\d.]+người mới/,
];

async function slideShown(app: AppDriver, number: number): Promise<void> {
  await app.page
    .getByTestId("briefing-counter")
    .filter({ hasText: `Trang ${number}/` })
    .waitFor();
  // The map flies to the slide: wait until it has arrived and drawn everything.
  await app.page.evaluate(() => window.binhYenMap?.whenIdle());
}

describe.skipIf(!browserAvailable)("briefing: presentation mode on the sample deck", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const sizes: [string, Viewport][] = [
    ["1024x768", PROJECTOR],
    ["1920x1080", FULL_HD],
  ];
  for (const [name, viewport] of sizes) {
    it(`steps through the deck with the keyboard only at ${name}, the URL following`, async () => {
      // given the app opened with present=1
      const app = await AppDriver.open(browser, appUrl, { viewport, query: "present=1" });
      await app.waitForMapIdle();
      await slideShown(app, 1);
      // then the controls are gone and the frame shows the first slide, source and sample badge
      await expect(app.page.locator(".sidebar").isVisible()).resolves.toBe(false);
      await expect(app.page.getByTestId("briefing-slide-title").textContent()).resolves.toBe(
        SAMPLE_TITLES[0],
      );
      await expect(app.page.getByTestId("briefing-sample-badge").textContent()).resolves.toBe(
        "Dữ liệu mẫu / sample data",
      );
      await expect(app.page.getByTestId("briefing-figure").textContent()).resolves.toContain("/391");
      let query = await app.currentQuery();
      expect(query.get("present")).toBe("1");
      expect(query.get("slide")).toBe("1");
      await app.screenshot(`briefing-${name}-slide-1`);
      // when the presenter clicks through (clicker keys, arrows, space)
      const keys = ["PageDown", "ArrowRight", "Space", "PageDown", "ArrowRight"];
      for (const [index, key] of keys.entries()) {
        const number = index + 2;
        await app.press(key);
        await slideShown(app, number);
        // the plan of the last slide is worked out in the coverage worker: a moment later
        await expect
          .poll(() => app.page.getByTestId("briefing-slide-title").textContent(), { timeout: 20_000 })
          .toBe(SAMPLE_TITLES[number - 1]);
        await expect
          .poll(() => app.page.getByTestId("briefing-figure").textContent(), { timeout: 20_000 })
          .toMatch(SAMPLE_FIGURES[number - 1] ?? /^$/);
        query = await app.currentQuery();
        expect(query.get("slide")).toBe(String(number));
        await app.screenshot(`briefing-${name}-slide-${number}`);
      }
      // and the model point slide selected Bản Heo Trại: its commune's 12/12 is the headline
      await app.press("Home");
      await slideShown(app, 1);
      await app.press("PageDown");
      await slideShown(app, 2);
      await expect(app.page.getByTestId("briefing-figure").textContent()).resolves.toContain("12/12");
      expect((await app.currentQuery()).get("sel")).toBe("hamlets:03730-01");
      await app.press("End");
      await slideShown(app, SAMPLE_TITLES.length);
      // B blanks the screen, any key brings it back without moving on
      await app.press("b");
      await expect(app.page.getByTestId("briefing-blank").isVisible()).resolves.toBe(true);
      await app.press("PageDown");
      await expect(app.page.getByTestId("briefing-blank").count()).resolves.toBe(0);
      expect((await app.currentQuery()).get("slide")).toBe(String(SAMPLE_TITLES.length));
      // and Esc leaves: the controls are back, the briefing's parameters gone
      await app.press("Escape");
      await app.page.locator(".sidebar").waitFor();
      query = await app.currentQuery();
      expect(query.get("present")).toBeNull();
      expect(query.get("slide")).toBeNull();
      expect(app.consoleErrors).toEqual([]);
      expect(app.foreignRequests()).toEqual([]);
      await app.close();
    });
  }

  it("has no contrast, serious or critical accessibility violation in presentation mode", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: PROJECTOR, query: "present=1&slide=3" });
    await app.waitForMapIdle();
    await slideShown(app, 3);
    const violations = await app.accessibilityViolations();
    expect(violations.filter((violation) => violation.id === "color-contrast")).toEqual([]);
    expect(
      violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
    ).toEqual([]);
    // and the dark theme too
    await app.press("t");
    await app.page.locator('.briefing-root[data-theme="projector-dark"]').waitFor();
    const dark = await app.accessibilityViolations();
    expect(dark.filter((violation) => violation.id === "color-contrast")).toEqual([]);
    await app.screenshot("briefing-1024x768-dark-slide-3");
    await app.close();
  });

  it("P enters presentation mode on the current slide", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: PROJECTOR });
    await app.waitForMapIdle();
    await app.page.getByTestId("show-slide-2").click();
    await app.page.locator("body").press("p");
    await slideShown(app, 2);
    const query = await app.currentQuery();
    expect(query.get("present")).toBe("1");
    expect(query.get("slide")).toBe("2");
    await app.close();
  });

  it("exports the deck to a PDF with one A4 landscape page per slide", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: FULL_HD });
    await app.waitForMapIdle();
    const file = await app.download(() => app.page.getByTestId("export-pdf").click());
    expect(file.name).toMatch(/\.pdf$/);
    const pdf = await PDFDocument.load(file.bytes);
    expect(pdf.getPageCount()).toBe(SAMPLE_TITLES.length);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it("exports every slide as a PNG of exactly 1024×768, title and legend burnt in", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: DESKTOP_FOR_EXPORT });
    await app.waitForMapIdle();
    await app.page.getByLabel("Cỡ ảnh").selectOption({ label: "1024×768" });
    const file = await app.download(() => app.page.getByRole("button", { name: "Xuất ảnh PNG" }).click());
    const zip = await JSZip.loadAsync(file.bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(SAMPLE_TITLES.length);
    for (const name of names) {
      const png = await zip.file(name)?.async("nodebuffer");
      if (!png) throw new Error(`${name} is empty`);
      // A PNG's IHDR holds width and height as big-endian integers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 768]);
      writeFileSync(resolve(SCREENSHOT_DIRECTORY, `briefing-export-${name}`), png);
    }
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
