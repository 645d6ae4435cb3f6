// The deck and the map in the browser: exports draw what the screen draws (coverage colours,
// reach, north arrow), leaving presentation gives the view back, the model's commune is named
// at projector size, titles follow an import, and the coverage view frames the whole district.
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectToPixels } from "../../src/map/fit-camera";
import { PALETTES } from "../../src/map/palette";
import { launchChromium } from "./browser";
import { AppDriver, PROJECTOR } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

/** How many pixels of each colour (±12 per channel) a PNG has inside a box. */
async function countColours(
  app: AppDriver,
  png: Buffer,
  colours: Record<string, string>,
  box: { left: number; top: number; width: number; height: number },
): Promise<Record<string, number>> {
  return app.page.evaluate(
    async ({ data, colours, box }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (!context) return {};
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(box.left, box.top, box.width, box.height).data;
      const wanted = Object.entries(colours).map(([name, hex]) => {
        const value = Number.parseInt(hex.slice(1), 16);
        return { name, rgb: [(value >> 16) & 255, (value >> 8) & 255, value & 255] };
      });
      const counts: Record<string, number> = Object.fromEntries(wanted.map(({ name }) => [name, 0]));
      for (let index = 0; index < pixels.length; index += 4) {
        for (const { name, rgb } of wanted) {
          if (rgb.every((channel, offset) => Math.abs((pixels[index + offset] ?? 0) - channel) <= 12))
            counts[name] = (counts[name] ?? 0) + 1;
        }
      }
      return counts;
    },
    { data: png.toString("base64"), colours, box },
  );
}

// Two hamlets typed in Excel, as in the import test.
const HAMLETS_CSV = `\uFEFFma_ban,ten_ban,ma_xa,vi_do,kinh_do,so_ho,dan_so
NEW-01,Bản Mới Một,03730,"21,5105","103,6440",80,372
NEW-02,Bản Mới Hai,03730,"21,5150","103,6500",95,441
`;

async function slideShown(app: AppDriver, number: number): Promise<void> {
  await app.page
    .getByTestId("briefing-counter")
    .filter({ hasText: `Trang ${number}/` })
    .waitFor();
  await app.page.waitForTimeout(300);
  await app.page.evaluate(() => window.binhYenMap?.whenIdle());
}

describe.skipIf(!browserAvailable)("the deck draws what the data says", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("exports the coverage slide with its communes coloured, its reach drawn and a north arrow", async () => {
    const app = await AppDriver.open(browser, appUrl, {
      localStorage: { "binhyen.projectorTheme": "projector-light" },
    });
    await app.waitForMapIdle();
    await app.page.getByTestId("image-size").selectOption({ label: "1024×768" });
    const file = await app.download(() => app.page.getByTestId("export-png").click());
    const zip = await JSZip.loadAsync(file.bytes);
    const names = Object.keys(zip.files).sort();
    const coverage = await zip.file(names[3] ?? "")?.async("nodebuffer");
    const overview = await zip.file(names[0] ?? "")?.async("nodebuffer");
    if (!coverage || !overview) throw new Error("slides missing from the zip");
    const palette = PALETTES["projector-light"];
    // The map area: below the 128 px title bar, left of the side column.
    const map = { left: 0, top: 130, width: 700, height: 580 };
    const colours = {
      none: palette.coverageClasses[0],
      most: palette.coverageClasses[4],
      reach: palette.reach,
    };
    const counted = await countColours(app, coverage, colours, map);
    expect(counted.none, "communes with no hamlet covered").toBeGreaterThan(20_000);
    expect(counted.most, "communes over 75 % covered").toBeGreaterThan(2_000);
    expect(counted.reach, "the reach's dashed circles").toBeGreaterThan(500);
    // the plain map slide has none of the coverage colours
    const plain = await countColours(app, overview, colours, map);
    expect(plain.most).toBeLessThan(50);
    // a north arrow: black on white in the map's top-left corner
    const arrow = await countColours(
      app,
      coverage,
      { black: "#000000", white: "#FFFFFF" },
      {
        left: 16,
        top: 146,
        width: 52,
        height: 64,
      },
    );
    expect(arrow.black).toBeGreaterThan(150);
    expect(arrow.white).toBeGreaterThan(800);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it("gives the view back on leaving presentation: the incidents layer the slides switched off is on again", async () => {
    const app = await AppDriver.open(browser, appUrl, { query: "view=coverage" });
    await app.waitForMapIdle();
    const incidents = app.page.getByTestId("toggle-incidents");
    await expect(incidents.isChecked()).resolves.toBe(true);
    await app.press("p");
    await slideShown(app, 1);
    await app.press("PageDown");
    await slideShown(app, 2);
    await app.press("Escape");
    await app.page.locator(".sidebar").waitFor();
    await expect(incidents.isChecked()).resolves.toBe(true);
    const query = await app.currentQuery();
    expect(query.get("view")).toBe("coverage");
    expect(query.get("layers")).toBeNull();
    expect(query.get("sel")).toBeNull();
    await app.close();
  });

  it("names the model's commune on the first slide at 1024×768, and draws a north arrow", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: PROJECTOR, query: "present=1" });
    await app.waitForMapIdle();
    await slideShown(app, 1);
    expect(await app.renderedLabels()).toContain("Chiềng Pha");
    await expect(app.page.locator(".binhyen-north-arrow").isVisible()).resolves.toBe(true);
    await expect(app.page.locator(".binhyen-north-arrow").textContent()).resolves.toBe("B");
    await app.close();
  });

  it("titles the first slide from the data after an import, in step with its headline", async () => {
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    const dialog = await app.chooseImportFiles({
      name: "ban-moi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(HAMLETS_CSV, "utf8"),
    });
    await app.startImport(dialog, "deck-import-failure");
    await expect
      .poll(() => dialog.getByTestId("count-accepted").textContent(), { timeout: 30_000 })
      .toBe("2");
    await app.press("Escape");
    await expect.poll(() => app.sourceFeatureCount("hamlets"), { timeout: 30_000 }).toBe(393);
    await app.page.getByTestId("present").click();
    await slideShown(app, 1);
    await expect(app.page.getByTestId("briefing-slide-title").textContent()).resolves.toBe(
      "Huyện Thuận Châu: 28 xã, 1 thị trấn, 393 bản",
    );
    await expect(app.page.getByTestId("briefing-figure").textContent()).resolves.toMatch(/^86\/393/);
    await app.close();
  });

  it("frames the whole district in the coverage view at projector size, its south included", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: PROJECTOR, query: "view=coverage" });
    await app.waitForMapIdle();
    await app.page.locator(".coverage-top").waitFor();
    await app.page.waitForTimeout(500);
    await app.page.evaluate(() => window.binhYenMap?.whenIdle());
    const box = await app.page.getByTestId("map").boundingBox();
    const camera = await app.page.evaluate(() => window.binhYenMap?.cameras().main);
    if (!box || !camera) throw new Error("no map");
    // The sample district's southern and northern edges, inside the frame.
    const size = { width: box.width, height: box.height };
    const [, south] = projectToPixels(camera, size, 103.7, 21.2217);
    const [, north] = projectToPixels(camera, size, 103.7, 21.6139);
    expect(south).toBeLessThan(box.height);
    expect(north).toBeGreaterThan(0);
    await app.close();
  });
});
