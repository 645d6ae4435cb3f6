import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP, PROJECTOR } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

describe.skipIf(!browserAvailable)("the expansion planner", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("picks K sites off the main thread, shows before → after, toggles a hamlet, exports the CSV", async () => {
    // given the planner opened from a link
    const app = await AppDriver.open(browser, appUrl, { viewport: DESKTOP, query: "view=planner" });
    await app.waitForMapIdle();
    await expect(app.page.getByTestId("mode-planner").getAttribute("aria-pressed")).resolves.toBe("true");
    // when the planner picks 5 sites
    await app.pickSites(5);
    // then 5 picks are listed and drawn, and the figures say what they buy
    const picks = await app.planPicks();
    expect(picks).toHaveLength(5);
    await app.page.evaluate(() => window.binhYenMap?.whenIdle());
    expect(await app.sourceFeatureCount("plan-picks")).toBe(5);
    const covered = await app.whatIfFigure("coveredHamlets");
    const [before, after, change] =
      covered
        .match(/(\d+)\/391 → (\d+)\/391 \(\+(\d+) bản\)/)
        ?.slice(1)
        .map(Number) ?? [];
    expect(after).toBe((before as number) + 5);
    expect(change).toBe(5);
    expect(await app.whatIfFigure("populationWithinRadius")).toMatch(/^\d+% → \d+% \(\+[\d.]+ người\)$/);
    // and the URL carries the plan
    const query = await app.currentQuery();
    expect(query.get("view")).toBe("planner");
    expect(query.get("picks")?.split(",")).toHaveLength(5);
    await app.screenshot("planner-1280x800");

    // when one more hamlet is ticked in the ranking
    const added = await app.togglePlanRow(0);
    const toggled = picks.includes(added) ? 4 : 6;
    await app.page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="planner-pick"]').length === count,
      toggled,
    );
    // then the figures follow
    expect(await app.whatIfFigure("coveredHamlets")).toContain(`→ ${(before as number) + toggled}/391`);

    // when the plan is exported as CSV
    const file = await app.download(() => app.page.getByTestId("planner-export-csv").click());
    const text = file.bytes.toString("utf8");
    expect(file.name).toMatch(/\.csv$/);
    expect(text.startsWith("\uFEFFThứ tự (Order)")).toBe(true);
    expect(text.trim().split("\r\n")).toHaveLength(toggled + 1);
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    await app.close();
  });

  it("fits a 1024×768 projector", async () => {
    const app = await AppDriver.open(browser, appUrl, { viewport: PROJECTOR, query: "view=planner&k=5" });
    await app.waitForMapIdle();
    await app.pickSites(5);
    await app.page.evaluate(() => window.binhYenMap?.whenIdle());
    await app.screenshot("planner-1024x768");
    // nothing in the sidebar is wider than the sidebar
    const overflow = await app.page.evaluate(() => {
      const sidebar = document.querySelector(".sidebar") as HTMLElement;
      return sidebar.scrollWidth - sidebar.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
