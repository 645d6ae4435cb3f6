// The planner's layout: the map is the main area at the projector's 1024×768 and up, the tables
// lie in a drawer that does not push the map away, and a plan made is framed: every pick and its
// whole reach lies in the part of the map no panel covers.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { planBounds } from "../../src/domain/planner/plan-bounds";
import { projectToPixels } from "../../src/map/fit-camera";
import { launchChromium } from "./browser";
import { AppDriver, FULL_HD, PROJECTOR, type Viewport } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

interface Layout {
  map: { top: number; left: number; width: number; height: number };
  /** Where the drawer's top edge is, in the map's pixels from its top. */
  drawerTop: number;
  camera: { center: [number, number]; zoom: number };
  picks: { longitude: number; latitude: number }[];
  pageHeight: number;
}

async function layout(app: AppDriver): Promise<Layout> {
  await app.page.evaluate(() => window.binhYenMap?.whenIdle());
  return app.page.evaluate(async () => {
    const map = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
    const drawer = document.querySelector('[data-testid="planner-drawer"]')?.getBoundingClientRect();
    const data = (await window.binhYenMap?.getSourceData("plan-picks" as never)) as GeoJSON.FeatureCollection;
    if (!map || !drawer || !window.binhYenMap) throw new Error("no map or drawer");
    return {
      map: { top: map.top, left: map.left, width: map.width, height: map.height },
      drawerTop: drawer.top - map.top,
      camera: window.binhYenMap.cameras().main,
      picks: data.features.map((feature) => {
        const [longitude, latitude] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
        return { longitude, latitude };
      }),
      pageHeight: document.documentElement.scrollHeight,
    };
  });
}

/** The plan's box (picks and reach) in the map's pixels: left, top, right, bottom. */
function planBox(seen: Layout, radiusKm: number): [number, number, number, number] {
  const box = planBounds(seen.picks, radiusKm);
  if (!box) throw new Error("no picks");
  const size = { width: seen.map.width, height: seen.map.height };
  const [left, top] = projectToPixels(seen.camera, size, box[0], box[3]);
  const [right, bottom] = projectToPixels(seen.camera, size, box[2], box[1]);
  return [left, top, right, bottom];
}

describe.skipIf(!browserAvailable)("the planner's layout", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const sizes: [string, Viewport][] = [
    ["1024×768", PROJECTOR],
    ["1920×1080", FULL_HD],
  ];
  it.each(sizes)(
    "at %s the map is the main area and frames the plan, picks and reach, above the drawer",
    async (_, viewport) => {
      // Opened zoomed in on the district's south-west corner: the plan is made far out of view.
      const query = "view=planner&k=5&c=103.45000,21.30000&z=12.50";
      const app = await AppDriver.open(browser, appUrl, { viewport, query });
      await app.waitForMapIdle();
      await app.pickSites(5);
      const seen = await layout(app);
      // One screen, no page to scroll: the map holds more than half of it.
      expect(seen.pageHeight).toBeLessThanOrEqual(viewport.height);
      expect((seen.map.width * seen.drawerTop) / (viewport.width * viewport.height)).toBeGreaterThan(0.5);
      expect(seen.picks).toHaveLength(5);
      const [left, top, right, bottom] = planBox(seen, 5);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(seen.map.width);
      expect(bottom).toBeLessThanOrEqual(seen.drawerTop);
      // Framed, not merely inside: the plan fills most of the free map on one axis.
      expect(Math.max((right - left) / seen.map.width, (bottom - top) / seen.drawerTop)).toBeGreaterThan(0.6);

      // Opening the ranking lays it over the map's lower part; the map keeps its size.
      await app.page.getByTestId("planner-tab-hamlets").click();
      await app.page.getByTestId("hamlet-ranking").waitFor();
      const open = await layout(app);
      expect(open.map.height).toBe(seen.map.height);
      expect(open.drawerTop).toBeLessThan(seen.drawerTop);
      expect(open.pageHeight).toBeLessThanOrEqual(viewport.height);
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    },
  );
});
