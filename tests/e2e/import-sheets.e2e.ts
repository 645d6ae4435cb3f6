// A hamlet list typed in Excel, imported in the browser: the workbook reader loads in the import
// worker on demand, the title rows are skipped, and hamlets without codes get theirs.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { makeXlsx } from "../fixtures/sheets/xlsx-writer";
import { launchChromium } from "./browser";
import { AppDriver } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

describe.skipIf(!browserAvailable)("importing a workbook in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reads the first sheet with data below its title, and adds hamlets without codes", async () => {
    const workbook = await makeXlsx([
      { name: "Bìa", rows: [] },
      {
        name: "Danh sách",
        rows: [
          ["DANH SÁCH BẢN, TIỂU KHU NĂM 2026"],
          [],
          ["STT", "Tên bản", "Xã", "Vĩ độ", "Kinh độ", "Số hộ", "Dân số"],
          [1, "Bản Mới Một", "Chiềng Pha", 21.5105, 103.644, 80, "1.045"],
          [2, "Bản Mới Hai", null, "21,5150", "103,6500", 95, 441],
        ],
        merges: ["A1:G1", "C4:C5"],
      },
    ]);
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    const dialog = await app.chooseImportFiles({
      name: "ban-2026.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(workbook),
    });
    await app.startImport(dialog, "import-xlsx-failure");
    await expect
      .poll(() => dialog.getByTestId("count-accepted").textContent(), { timeout: 30_000 })
      .toBe("2");
    expect(await dialog.getByTestId("count-rejected").textContent()).toBe("0");
    await app.screenshot("import-xlsx-report-1280x800");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => app.sourceFeatureCount("hamlets"), { timeout: 30_000 }).toBe(393);
    expect(app.requests.some((url) => /xlsx-[\w-]+\.js/.test(url))).toBe(true);
    expect(app.foreignRequests()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
