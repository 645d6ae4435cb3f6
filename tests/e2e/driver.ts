// A small driver between the end-to-end tests and the page (Maputnik's habit): tests say what
// they do in the app's terms; how it is done in Chromium lives here.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";

/** A file as the import dialog's file input takes it: a path, or a name, a type and the bytes. */
export type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

export const SCREENSHOT_DIRECTORY = resolve(import.meta.dirname, "../../screenshots");
const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PROJECTOR: Viewport = { width: 1024, height: 768 };
export const FULL_HD: Viewport = { width: 1920, height: 1080 };

export interface OpenOptions {
  viewport?: Viewport;
  /** Query string without "?", e.g. "lang=en". */
  query?: string;
  /** Replace a file of geodata/ with this body (or a status code), to test broken data. */
  replaceGeodata?: Record<string, string | number>;
  /** Ignore the page's Content-Security-Policy, to test the request guard behind it. */
  bypassCsp?: boolean;
  /** The offline service worker: off unless a test is about it (it downloads the whole app). */
  serviceWorkers?: "allow" | "block";
  /** Entries put in the page's localStorage before it loads (a remembered theme, a deck). */
  localStorage?: Record<string, string>;
}

export class AppDriver {
  readonly consoleErrors: string[] = [];
  /** Every request the page or its workers made, as absolute URLs. */
  readonly requests: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    readonly appUrl: string,
  ) {}

  static async open(browser: Browser, appUrl: string, options: OpenOptions = {}): Promise<AppDriver> {
    const context = await browser.newContext({
      viewport: options.viewport ?? DESKTOP,
      locale: "vi-VN",
      bypassCSP: options.bypassCsp ?? false,
      serviceWorkers: options.serviceWorkers ?? "block",
    });
    if (options.localStorage) {
      await context.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
      }, options.localStorage);
    }
    const page = await context.newPage();
    const driver = new AppDriver(page, context, appUrl);
    page.on("console", (message) => {
      if (message.type() === "error") driver.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => driver.consoleErrors.push(String(error)));
    // Routing every request (workers included) both records it and stops anything that would
    // leave the app's origin, so a privacy leak fails the test instead of reaching the network.
    const origin = new URL(appUrl).origin;
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      driver.requests.push(url);
      if (!url.startsWith(origin)) return route.abort("blockedbyclient");
      const name = url.slice(`${appUrl}geodata/`.length).split("?")[0] ?? "";
      const replacement = url.startsWith(`${appUrl}geodata/`) ? options.replaceGeodata?.[name] : undefined;
      if (typeof replacement === "number") return route.fulfill({ status: replacement, body: "" });
      if (typeof replacement === "string") {
        return route.fulfill({ status: 200, body: replacement, contentType: "application/json" });
      }
      return route.continue();
    });
    await page.goto(`${appUrl}${options.query ? `?${options.query}` : ""}`);
    return driver;
  }

  foreignRequests(): string[] {
    const origin = new URL(this.appUrl).origin;
    return this.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
  }

  /** Waits until the map has drawn the data (not just an empty map) and has nothing left to do. */
  async waitForMapIdle(): Promise<void> {
    await this.page.waitForFunction(
      () => window.binhYenMap !== undefined && performance.getEntriesByName("binhyen:first-idle").length > 0,
      undefined,
      { timeout: 60_000 },
    );
    await this.page.evaluate(() => window.binhYenMap?.whenIdle());
  }

  async sourceFeatureCount(sourceId: string): Promise<number> {
    return this.page.evaluate(async (id) => {
      const data = await window.binhYenMap?.getSourceData(id as never);
      return data && data.type === "FeatureCollection" ? data.features.length : -1;
    }, sourceId);
  }

  async sourceFeatures(sourceId: string): Promise<{ properties: Record<string, unknown> }[]> {
    return this.page.evaluate(async (id) => {
      const data = await window.binhYenMap?.getSourceData(id as never);
      return data && data.type === "FeatureCollection"
        ? data.features.map((feature: { properties: Record<string, unknown> | null }) => ({
            properties: { ...(feature.properties ?? {}) },
          }))
        : [];
    }, sourceId);
  }

  async renderedLabels(): Promise<string[]> {
    return this.page.evaluate(() => window.binhYenMap?.renderedLabels() ?? []);
  }

  /** Clicks a commune in the accessible list beside the map. */
  async chooseUnitInList(name: string): Promise<void> {
    await this.page.locator(".unit-list").getByRole("button", { name, exact: true }).click();
  }

  async toggleLayer(layer: string): Promise<void> {
    await this.page.getByTestId(`toggle-${layer}`).click();
  }

  async clickMapCentre(): Promise<void> {
    const box = await this.page.getByTestId("map").boundingBox();
    if (!box) throw new Error("the map has no box");
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async currentQuery(): Promise<URLSearchParams> {
    // The URL is written a moment after the view changes (debounced).
    await this.page.waitForTimeout(400);
    return new URL(this.page.url()).searchParams;
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
    const path = resolve(SCREENSHOT_DIRECTORY, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Presses a key the way a keyboard or a presentation clicker sends it. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /**
   * Runs axe-core in the page (or only in the elements `within` selects) and returns its
   * violations, with how many elements each has.
   */
  async accessibilityViolations(
    within?: string,
  ): Promise<{ id: string; impact: string | null; help: string; nodes: number }[]> {
    // Evaluated rather than added as a <script>: the page's CSP rightly refuses inline scripts.
    await this.page.evaluate(readFileSync(AXE_SCRIPT, "utf8"));
    return this.page.evaluate(async (selector) => {
      const axe = (
        window as unknown as { axe: { run(context?: unknown): Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      type AxeViolation = { id: string; impact: string | null; help: string; nodes: unknown[] };
      const result = await axe.run(selector ? { include: [selector] } : document);
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.length,
      }));
    }, within ?? null);
  }

  /** Does what starts a download and returns the downloaded file's bytes and suggested name. */
  async download(start: () => Promise<void>, timeout = 120_000): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent("download", { timeout }), start()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  // The expansion planner -------------------------------------------------------------------

  /** Sets K, presses "pick sites" and waits until the plan lists K picks. */
  async pickSites(k: number): Promise<void> {
    await this.page.getByTestId("planner-k").fill(String(k));
    await this.page.getByTestId("planner-run").click();
    await this.page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="planner-pick"]').length === count,
      k,
      { timeout: 30_000 },
    );
  }

  /** The plan's hamlet names, in pick order. */
  async planPicks(): Promise<string[]> {
    return this.page.locator('[data-testid="planner-pick"] button.link').allTextContents();
  }

  /** One before → after figure as shown, e.g. "86/391 → 94/391 (+8)". */
  async whatIfFigure(key: string): Promise<string> {
    const text = await this.page.getByTestId(`what-if-${key}`).locator("dd").textContent();
    return (text ?? "").replace(/\s+/g, " ").trim();
  }

  /** Opens the planner's drawer on the ranked hamlets; it starts closed, over the map's bottom. */
  async openRanking(): Promise<void> {
    if (await this.page.getByTestId("hamlet-ranking").isVisible()) return;
    await this.page.getByTestId("planner-tab-hamlets").click();
    await this.page.getByTestId("hamlet-ranking").waitFor();
  }

  /** Ticks or unticks "in plan" on a row of the ranked hamlets (0 is the best ranked). */
  async togglePlanRow(index: number): Promise<string> {
    await this.openRanking();
    const row = this.page.locator('[data-testid="hamlet-ranking"] tbody tr').nth(index);
    await row.getByTestId("toggle-pick").click();
    return (await row.getByTestId("rank-name").textContent()) ?? "";
  }

  /** Opens "Nhập dữ liệu" and chooses `files` in it, as a user would; returns the dialog. */
  async chooseImportFiles(files: ChosenFile | ChosenFile[]): Promise<Locator> {
    await this.page.getByRole("button", { name: "Nhập dữ liệu" }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog
      .locator('input[type="file"]')
      .first()
      .setInputFiles(files as Parameters<Locator["setInputFiles"]>[0]);
    return dialog;
  }

  /**
   * Presses the dialog's one "Nhập" button. The first file loads the import engine on demand,
   * which takes a while on a busy machine; a screenshot named `shot` is kept if it never shows.
   */
  async startImport(dialog: Locator, shot = "import-failure"): Promise<void> {
    try {
      await dialog.getByRole("button", { name: "Nhập", exact: true }).click({ timeout: 60_000 });
    } catch (error) {
      await this.screenshot(shot);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
