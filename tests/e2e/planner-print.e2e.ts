// The planner's printed one-page summary, as Chromium prints it to PDF: the map is a real picture
// of the whole district drawn off screen at the printed size (the live WebGL canvas prints as one
// flat colour, and shows only a strip of the district) and everything fits one A4 page.
import { PDFDocument, PDFName, type PDFNumber, PDFRawStream } from "pdf-lib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Layers } from "../../src/domain/types";
import { projectToPixels } from "../../src/map/fit-camera";
import type { PlanMapData } from "../../src/map/map-state";
import { PLAN_PRINT_MAP, planPrintCamera } from "../../src/ui/planner/print-map";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

declare global {
  interface Window {
    __printed?: boolean;
  }
}

/** Stubs the print dialog (it would block), presses the print button and waits for "printing". */
async function printWithButton(app: AppDriver): Promise<void> {
  await app.page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await app.page.getByTestId("planner-print").click();
  await app.page.waitForFunction(() => window.__printed === true, undefined, { timeout: 60_000 });
}

/**
 * The summary's map picture: its size, how many distinct colours its pixels hold, and the colour
 * at each of `points` (as [red, green, blue]).
 */
async function printedMap(app: AppDriver, points: [number, number][] = []) {
  return app.page.evaluate(async (points) => {
    const image = document.querySelector<HTMLImageElement>('[data-testid="plan-print-map"]');
    if (!image) return null;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d") as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let index = 0; index < pixels.length; index += 4) {
      colours.add(((pixels[index] ?? 0) << 16) | ((pixels[index + 1] ?? 0) << 8) | (pixels[index + 2] ?? 0));
    }
    const mapCanvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
    return {
      src: image.src,
      width: image.naturalWidth,
      height: image.naturalHeight,
      colours: colours.size,
      coloursAt: points.map(([x, y]) => [
        ...context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3),
      ]),
      canvas: { width: mapCanvas?.width, height: mapCanvas?.height },
    };
  }, points);
}

/**
 * Where the print's framing puts each pick in the printed picture, in its pixels: the district's
 * outline (the app's own file) and the plan on the live map, framed as print-map.ts does.
 */
async function picksInPicture(app: AppDriver): Promise<[number, number][]> {
  const { units, picks, reach } = await app.page.evaluate(async () => {
    const read = (id: string) => window.binhYenMap?.getSourceData(id as never);
    return {
      units: await (await fetch("geodata/units.geojson")).json(),
      picks: (await read("plan-picks")) as GeoJSON.FeatureCollection<GeoJSON.Point>,
      reach: await read("plan-reach"),
    };
  });
  const empty = { type: "FeatureCollection", features: [] };
  const camera = planPrintCamera(
    { units, hamlets: empty } as unknown as Layers,
    {
      reach,
    } as unknown as PlanMapData,
  );
  if (!camera) throw new Error("nothing to frame");
  return picks.features.map((pick) => {
    const [longitude = 0, latitude = 0] = pick.geometry.coordinates;
    const [x, y] = projectToPixels(camera, PLAN_PRINT_MAP, longitude, latitude);
    return [x * PLAN_PRINT_MAP.pixelRatio, y * PLAN_PRINT_MAP.pixelRatio];
  });
}

/** The printed picture's colour at each point, as [red, green, blue]. */
async function printedColours(app: AppDriver, points: [number, number][]) {
  return (await printedMap(app, points))?.coloursAt ?? [];
}

/** The PDF of the page under print media: its page count and the sizes of the images on it. */
async function printToPdf(app: AppDriver) {
  await app.page.emulateMedia({ media: "print" });
  const document = await PDFDocument.load(await app.page.pdf({ format: "A4" }));
  const images: { width: number; height: number }[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.get(PDFName.of("Subtype")) !== PDFName.of("Image")) continue;
    const size = (key: string) => (object.dict.get(PDFName.of(key)) as PDFNumber).asNumber();
    images.push({ width: size("Width"), height: size("Height") });
  }
  const [page] = document.getPages();
  return { pages: document.getPageCount(), size: page?.getSize(), images };
}

describe.skipIf(!browserAvailable)("the planner's printed summary", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("prints the whole district with the plan as a picture, and fits one A4 page", async () => {
    // given a plan of 5 sites
    const app = await AppDriver.open(browser, appUrl, { viewport: DESKTOP, query: "view=planner" });
    await app.waitForMapIdle();
    await app.pickSites(5);
    await app.page.evaluate(() => window.binhYenMap?.whenIdle());
    // when the print button is pressed
    await printWithButton(app);
    // then the summary holds a PNG of the map as drawn, not a blank or flat canvas
    const map = await printedMap(app);
    expect(map?.src.startsWith("data:image/png;base64,")).toBe(true);
    expect(map?.colours).toBeGreaterThan(10);
    // drawn off screen at the print size, in the district's proportions: not a copy of the map
    // on screen, whatever part of the district the screen shows
    const { width, height, pixelRatio } = PLAN_PRINT_MAP;
    expect({ width: map?.width, height: map?.height }).toEqual({
      width: width * pixelRatio,
      height: height * pixelRatio,
    });
    expect((map?.width ?? 0) / (map?.height ?? 1)).toBeCloseTo(width / height, 2);
    expect(map?.canvas).not.toEqual({ width: map?.width, height: map?.height });
    // the page says where and on what data: the area from the data's title, the sample marked
    const head = app.page.getByTestId("plan-print");
    await expect(head.getByTestId("plan-print-area").textContent()).resolves.toBe(
      "Huyện Thuận Châu, tỉnh Sơn La",
    );
    await expect(head.getByTestId("plan-print-sample").textContent()).resolves.toBe(
      "Dữ liệu mẫu / sample data",
    );
    // every pick inside the frame, drawn where the print's framing puts it: the marker's
    // near-black disc, just left of its white number
    const picks = await picksInPicture(app);
    expect(picks).toHaveLength(5);
    for (const [x, y] of picks) {
      expect(x).toBeGreaterThan(0);
      expect(y).toBeGreaterThan(0);
      expect(x).toBeLessThan(map?.width ?? 0);
      expect(y).toBeLessThan(map?.height ?? 0);
    }
    const beside = picks.map(([x, y]): [number, number] => [x - 8 * PLAN_PRINT_MAP.pixelRatio, y]);
    const colours = await printedColours(app, beside);
    expect(colours.map((colour) => colour.every((value) => value < 80))).toEqual(picks.map(() => true));
    expect(await app.page.getByTestId("plan-print-map").getAttribute("alt")).toMatch(
      /^Bản đồ kế hoạch: 5 bản nhân rộng/,
    );
    // and the PDF is one A4 page (landscape) carrying that picture
    const pdf = await printToPdf(app);
    expect(pdf.pages).toBe(1);
    expect(Math.round(pdf.size?.width ?? 0)).toBe(843);
    expect(Math.round(pdf.size?.height ?? 0)).toBe(596);
    expect(pdf.images).toContainEqual({ width: map?.width, height: map?.height });
    await app.page.setViewportSize({ width: 1047, height: 718 });
    await app.screenshot("planner-print-a4");
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    await app.close();
  });

  it("keeps a long plan (45 hamlets) on one page", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: DESKTOP, query: "view=planner" });
    await app.waitForMapIdle();
    await app.page.getByTestId("planner-k").fill("40");
    await app.page.getByTestId("planner-run").click();
    await app.page.waitForFunction(
      () => document.querySelectorAll('[data-testid="planner-pick"]').length >= 20,
      undefined,
      { timeout: 60_000 },
    );
    // more hamlets clicked in from the ranking, beyond what the greedy pick found worth adding
    const picked = await app.page.getByTestId("planner-pick").count();
    await app.openRanking();
    const unticked = app.page.locator(
      '[data-testid="hamlet-ranking"] [data-testid="toggle-pick"]:not(:checked)',
    );
    for (let count = picked; count < 45; count += 1) await unticked.first().click();
    await app.page.waitForFunction(
      () => document.querySelectorAll('[data-testid="planner-pick"]').length === 45,
    );
    await printWithButton(app);
    expect(await app.page.locator('[data-testid="plan-print"] tbody tr').count()).toBe(7 + 45);
    const pdf = await printToPdf(app);
    expect(pdf.pages).toBe(1);
    // one picture of the map; the legend's icons are small pictures of their own
    expect(pdf.images.filter((image) => image.width > 100)).toHaveLength(1);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
