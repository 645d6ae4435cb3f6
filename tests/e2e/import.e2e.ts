import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./browser";
import { AppDriver } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

// What a steward saves from Excel: Vietnamese headers, a BOM, decimal commas in quotes.
const HAMLETS_CSV = `\uFEFFma_ban,ten_ban,ma_xa,vi_do,kinh_do,so_ho,dan_so
NEW-01,Bản Mới Một,03730,"21,5105","103,6440",80,372
NEW-02,Bản Mới Hai,03730,"21,5150","103,6500",95,441
`;

describe.skipIf(!browserAvailable)("importing a file in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("imports a CSV off the main thread, shows the report, adds the hamlets, and keeps them after a reload", async () => {
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    const dialog = await app.chooseImportFiles({
      name: "ban-moi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(HAMLETS_CSV, "utf8"),
    });
    await app.startImport(dialog);
    await expect
      .poll(() => dialog.getByTestId("count-accepted").textContent(), { timeout: 30_000 })
      .toBe("2");
    expect(await dialog.getByTestId("count-rejected").textContent()).toBe("0");
    await app.screenshot("import-report-1280x800");
    await app.page.keyboard.press("Escape");

    await expect.poll(() => app.sourceFeatureCount("hamlets"), { timeout: 30_000 }).toBe(393);
    // the import ran in a worker, and nothing left the origin
    expect(app.requests.some((url) => /import\.worker/.test(url))).toBe(true);
    expect(app.foreignRequests()).toEqual([]);

    await app.page.reload();
    await app.waitForMapIdle();
    await expect.poll(() => app.sourceFeatureCount("hamlets"), { timeout: 30_000 }).toBe(393);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
