// A commune office's own files in the browser, without a single edit: a GADM-like boundary layer
// (no code column, spaceless names, one misspelt) and a 2026 hamlet list typed in Excel. The
// doubtful unit is accepted in the review and applied without choosing the file again; the
// hamlets land in the right communes on the old map and on today's; importing the list again
// asks what to do with the rows already there; no sample incident is left.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gadmLikeCommunes, HAMLET_UNITS, hamletList2026 } from "../fixtures/gazetteer/real-like";
import { collectUiTexts, findEnglish, type UiText } from "../ui/no-english/english";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP, PROJECTOR } from "./driver";

const appUrl = inject("appUrl");
const browserAvailable = inject("browserAvailable");

const UNITS_FILE = "gadm41_thuanchau_3.geojson";
const HAMLETS_FILE = "ban-2026.csv";

const files = () => [
  { name: UNITS_FILE, mimeType: "application/geo+json", buffer: Buffer.from(gadmLikeCommunes()) },
  { name: HAMLETS_FILE, mimeType: "text/csv", buffer: Buffer.from(hamletList2026()) },
];

/** The English in the import dialog, as "where: text (word)" lines. */
async function englishIn(app: AppDriver): Promise<string[]> {
  const dialog = await app.page.evaluateHandle(() => document.querySelector("dialog") as Element);
  const texts: UiText[] = await app.page.evaluate(collectUiTexts, dialog);
  return findEnglish(texts).map((finding) => `${finding.where}: ${finding.text} (${finding.word})`);
}

async function unitsOf(app: AppDriver, source: "hamlets" | "units") {
  const features = await app.sourceFeatures(source);
  return Object.fromEntries(
    features.map(({ properties }) => [
      properties.name,
      source === "units" ? properties.code : properties.unitCode,
    ]),
  );
}

describe.skipIf(!browserAvailable)("a commune office's own files in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("imports them as they are, confirms the doubtful unit, and shows old units and today's communes", async () => {
    const app = await AppDriver.open(browser, appUrl);
    await app.waitForMapIdle();
    await app.page.getByRole("button", { name: "Nhập dữ liệu" }).click();
    const dialog = app.page.getByRole("dialog");
    await dialog.getByLabel("Dùng dữ liệu của tôi thay cho dữ liệu mẫu").check();
    await dialog.locator('input[type="file"]').first().setInputFiles(files());

    const unitsCard = dialog.getByTestId(`file-import-${UNITS_FILE}`);
    const hamletsCard = dialog.getByTestId(`file-import-${HAMLETS_FILE}`);
    for (const card of [unitsCard, hamletsCard]) {
      await card.getByRole("button", { name: "Nhập", exact: true }).click({ timeout: 60_000 });
      await expect
        .poll(() => card.getByTestId("count-rejected").textContent(), { timeout: 30_000 })
        .toBe("0");
    }
    expect(await unitsCard.getByTestId("count-accepted").textContent()).toBe("5");
    expect(await hamletsCard.getByTestId("count-accepted").textContent()).toBe("5");

    // the misspelt unit is offered, never taken: accept it, and the file is imported again
    const doubtful = unitsCard.getByTestId("unit-review-MườngKhiên");
    await expect(doubtful.textContent()).resolves.toContain("gần giống");
    expect(await englishIn(app), "the import review").toEqual([]);
    await doubtful.scrollIntoViewIfNeeded();
    await app.screenshot("import-review-doubtful-1280x800");
    await app.page.setViewportSize(PROJECTOR);
    await doubtful.scrollIntoViewIfNeeded();
    await app.screenshot("import-review-doubtful-1024x768");
    await app.page.setViewportSize(DESKTOP);
    await doubtful.getByRole("radio", { name: /^Xã Mường Khiêng · mã 03757 · Xã/ }).check();
    await unitsCard.getByRole("button", { name: "Áp dụng lựa chọn và nhập lại" }).click();
    await unitsCard
      .getByText("1 đơn vị đã được xác nhận theo lựa chọn của bạn.")
      .waitFor({ timeout: 30_000 });
    expect(await unitsCard.getByTestId("unit-review-MườngKhiên").count()).toBe(0);
    // replaced, not added: still one layer of each kind
    await expect.poll(() => dialog.locator(".import-layer").count()).toBe(2);

    // a second import of the same list finds its rows there and asks
    await dialog
      .locator('input[type="file"]')
      .first()
      .setInputFiles([files()[1] as never]);
    const again = dialog.getByTestId(`file-import-${HAMLETS_FILE}`).first();
    await again.getByRole("button", { name: "Nhập", exact: true }).click({ timeout: 60_000 });
    const duplicates = again.getByTestId("duplicates");
    await expect(duplicates.textContent()).resolves.toContain("5 trong 5 đối tượng của tệp đã có");
    await duplicates.getByRole("button", { name: "Bỏ qua các đối tượng đã có" }).click();
    await again.getByText("Đã thêm 0, thay thế 0, bỏ qua 5, đổi mã 0.").waitFor();
    await app.press("Escape");

    // the old map: five units with official codes, each hamlet in the unit it lies in
    await expect.poll(() => app.sourceFeatureCount("units"), { timeout: 30_000 }).toBe(5);
    expect(await unitsOf(app, "units")).toMatchObject({ "Xã Mường Khiêng": "03757", "Xã Nong Lay": "03754" });
    const old = Object.fromEntries(Object.entries(HAMLET_UNITS).map(([name, units]) => [name, units.old]));
    await expect.poll(() => unitsOf(app, "hamlets"), { timeout: 30_000 }).toEqual(old);
    expect(await app.sourceFeatureCount("incidents")).toBe(0);
    expect(await app.page.getByTestId("sample-badge").count()).toBe(0);
    await expect(app.page.getByTestId("period-given").textContent()).resolves.toBe(
      "Đơn vị theo dữ liệu: trước 1/7/2025",
    );

    // today's communes: Chiềng Pha and Phổng Lái are Bình Thuận (03724); Nong Lay's code is Chiềng La's
    await app.page.getByTestId("period-today").click();
    await expect.poll(() => app.sourceFeatureCount("units"), { timeout: 30_000 }).toBe(3);
    expect(await unitsOf(app, "units")).toEqual({
      "Xã Bình Thuận": "03724",
      "Xã Chiềng La": "03754",
      "Xã Mường Khiêng": "03757",
    });
    const today = Object.fromEntries(
      Object.entries(HAMLET_UNITS).map(([name, units]) => [name, units.today]),
    );
    await expect.poll(() => unitsOf(app, "hamlets"), { timeout: 30_000 }).toEqual(today);
    expect((await app.currentQuery()).get("period")).toBe("from-2025-07-01");
    await app.page.getByTestId("mode-coverage").click();
    await app.page.getByTestId("figures-strip").waitFor();
    await app.page.locator(".reset-view-button").click();
    await app.waitForMapIdle();
    await app.page.getByTestId("period-switch").scrollIntoViewIfNeeded();
    await app.screenshot("coverage-today-imported-1280x800");
    await app.page.setViewportSize(PROJECTOR);
    await app.page.locator(".reset-view-button").click();
    await app.waitForMapIdle();
    await app.screenshot("coverage-today-imported-1024x768");

    expect(app.foreignRequests()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
