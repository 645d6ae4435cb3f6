// Hostile files in the browser: a hamlet and a commune with properties named like the language's
// own (they emptied the map's layers, and did again after every reload), a hamlet named with a
// million characters, and a file over the size limit (refused with a message, not read).
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LIMITS } from "../../src/data/limits";
import { launchChromium } from "./browser";
import { AppDriver, type ChosenFile } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

const hamlets: Record<string, unknown> = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      constructor: "x",
      geometry: { type: "Point", coordinates: [103.645, 21.512] },
      properties: {
        code: "X-1",
        name: "Bản Lạ",
        unitCode: "03730",
        constructor: "x",
        hasOwnProperty: "y",
        $name: "Color",
      },
    },
    {
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.65, 21.515] },
      properties: { code: "X-2", name: `Bản ${"Dài ".repeat(250_000)}`, unitCode: "03730" },
    },
  ],
};

async function importFile(app: AppDriver, name: string, file: ChosenFile) {
  const dialog = await app.chooseImportFiles(file);
  return { dialog, card: dialog.getByTestId(`file-import-${name}`) };
}

describe.skipIf(!browserAvailable)("hostile files in the browser", () => {
  let browser: Browser;
  const folder = mkdtempSync(join(tmpdir(), "binh-yen-hostile-e2e-"));
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("a hamlet with a property named constructor leaves every hamlet on the map, after a reload too", async () => {
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    expect(await app.sourceFeatureCount("hamlets")).toBe(391);
    // JSON text, so "__proto__" is a key of the file rather than the object literal's prototype.
    const text = JSON.stringify(hamlets).replace(
      '"properties":{"code":"X-2"',
      '"properties":{"__proto__":"z","code":"X-2"',
    );
    const { dialog } = await importFile(app, "ban-la.geojson", {
      name: "ban-la.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from(text, "utf8"),
    });
    await dialog.getByRole("button", { name: "Nhập", exact: true }).click({ timeout: 60_000 });
    await expect
      .poll(() => dialog.getByTestId("count-accepted").textContent(), { timeout: 60_000 })
      .toBe("2");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => app.sourceFeatureCount("hamlets"), { timeout: 30_000 }).toBe(393);
    await app.waitForMapIdle();
    await app.screenshot("hostile-constructor-map");
    await app.page.reload();
    await app.waitForMapIdle();
    await expect.poll(() => app.sourceFeatureCount("hamlets"), { timeout: 30_000 }).toBe(393);
    expect(app.consoleErrors).toEqual([]);
    // The million-character name is shown as its start in the planner's table (selected, so the
    // table, which draws only the rows near its scroll area, scrolls to it).
    await app.page.goto(`${appUrl}?view=planner&sel=hamlets:X-2`);
    await app.waitForMapIdle();
    await app.openRanking();
    const row = app.page.getByTestId("rank-row-X-2");
    await expect
      .poll(async () => (await row.textContent())?.length ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect((await row.textContent())?.length).toBeLessThan(1_000);
    // The table draws the rows near its scroll area and scrolls to the selected one: the row may be
    // drawn anew once while it settles.
    await expect
      .poll(
        () =>
          app.page.evaluate(
            () =>
              document.querySelector('[data-testid="rank-row-X-2"]')?.getBoundingClientRect().height ??
              Number.POSITIVE_INFINITY,
          ),
        { timeout: 30_000 },
      )
      .toBeLessThan(200);
    await app.close();
  });

  it("a file over the size limit is refused with a message, without being read", async () => {
    const path = join(folder, "vu-viec-qua-lon.geojson");
    writeFileSync(path, "");
    truncateSync(path, LIMITS.fileBytes + 1); // sparse: no disk used, and the page never reads it
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    const { card } = await importFile(app, "vu-viec-qua-lon.geojson", path);
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain("300 MB");
    expect(await card.textContent()).toContain("tách tệp");
    await app.screenshot("hostile-too-large");
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
