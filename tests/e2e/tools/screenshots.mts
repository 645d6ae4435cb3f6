// `npm run screenshots [-- word …]`: builds the app if the build is older than its sources, then
// photographs every view and slide at 1024×768, 1280×800 and 1920×1080, in Vietnamese and English,
// the slides in both projector themes, and the deck as exported to PNG; writes them to
// screenshots/ with an index.html. Words given keep only the pictures whose names hold them all
// (`npm run screenshots -- slide 1024x768 dark`).
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { launchChromium } from "../browser";
import { AppDriver, SCREENSHOT_DIRECTORY } from "../driver";
import { serveDirectory } from "../static-server";
import { screenshotIndex } from "./screenshot-index";
import {
  exportShotName,
  matchesFilter,
  SHOT_LANGUAGES,
  SHOT_SIZES,
  SHOT_THEMES,
  SHOT_VIEWS,
  type Shot,
  type ShotTheme,
  slideShotName,
  viewShotName,
} from "./screenshot-plan";

const ROOT = resolve(import.meta.dirname, "../../..");
const DIST = process.env.BINHYEN_DIST ?? join(ROOT, "dist");
const filter = process.argv.slice(2);
const THEME_KEY = "binhyen.projectorTheme";

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function buildIfNeeded(): void {
  if (process.env.BINHYEN_DIST) return;
  const built = existsSync(join(DIST, "index.html")) ? statSync(join(DIST, "index.html")).mtimeMs : 0;
  const sources = Math.max(
    ...["src", "geodata", "index.html", "vite.config.ts", "package.json"].map((name) =>
      newestChange(join(ROOT, name)),
    ),
  );
  if (built >= sources) return;
  console.log("The build is older than the sources: building…");
  execSync("npm run -s build", { cwd: ROOT, stdio: "inherit" });
}

const themeStorage = (theme: ShotTheme) => ({
  [THEME_KEY]: theme === "dark" ? "projector-dark" : "projector-light",
});

async function settle(app: AppDriver): Promise<void> {
  // A slide's camera move starts two frames after the slide is shown.
  await app.page.waitForTimeout(400);
  await app.page.evaluate(() => window.binhYenMap?.whenIdle());
  await app.page.waitForTimeout(200);
}

async function viewShots(browser: Browser, url: string, shots: Shot[]): Promise<void> {
  for (const size of SHOT_SIZES)
    for (const language of SHOT_LANGUAGES)
      for (const view of SHOT_VIEWS) {
        const name = viewShotName(view.id, size.name, language);
        if (!matchesFilter(name, filter)) continue;
        const query = [view.query, `lang=${language}`].filter(Boolean).join("&");
        const app = await AppDriver.open(browser, url, { viewport: size, query });
        await app.waitForMapIdle();
        if (view.id === "import-dialog") {
          await app.page
            .getByRole("button", { name: language === "vi" ? "Nhập dữ liệu" : "Import data" })
            .click();
          await app.page.getByRole("dialog").waitFor();
        }
        if (view.id.startsWith("coverage")) await app.page.locator(".coverage-top").waitFor();
        await settle(app);
        await app.screenshot(name);
        shots.push({
          group: "view",
          name,
          caption: `View: ${view.id}`,
          size: size.name,
          language,
          theme: "standard",
        });
        report(app, name);
        await app.close();
      }
}

/** Whether any slide of a run would be kept by the filter (decks have fewer than 20 slides). */
const anySlide = (nameOf: (slide: number) => string) =>
  Array.from({ length: 20 }, (_, index) => nameOf(index + 1)).some((name) => matchesFilter(name, filter));

async function slideCount(app: AppDriver): Promise<{ current: number; total: number }> {
  const text = (await app.page.getByTestId("briefing-counter").textContent()) ?? "";
  const [current = 0, total = 0] = (text.match(/\d+/g) ?? []).map(Number);
  return { current, total };
}

async function slideShots(browser: Browser, url: string, shots: Shot[]): Promise<void> {
  for (const size of SHOT_SIZES)
    for (const language of SHOT_LANGUAGES)
      for (const theme of SHOT_THEMES) {
        if (!anySlide((n) => slideShotName(n, size.name, language, theme))) continue;
        const app = await AppDriver.open(browser, url, {
          viewport: size,
          query: `present=1&slide=1&lang=${language}`,
          localStorage: themeStorage(theme),
        });
        await app.waitForMapIdle();
        await app.page.getByTestId("briefing-counter").waitFor();
        const { total } = await slideCount(app);
        for (let number = 1; number <= total; number++) {
          if (number > 1) {
            await app.press("PageDown");
            await app.page.waitForFunction(
              (n) =>
                document.querySelector('[data-testid="briefing-counter"]')?.textContent?.includes(`${n}`),
              number,
            );
          }
          await settle(app);
          const name = slideShotName(number, size.name, language, theme);
          if (!matchesFilter(name, filter)) continue;
          await app.screenshot(name);
          const title = (await app.page.getByTestId("briefing-slide-title").textContent()) ?? "";
          shots.push({
            group: "slide",
            name,
            caption: `Slide ${number}: ${title}`,
            size: size.name,
            language,
            theme,
          });
        }
        report(app, `slides ${size.name} ${language} ${theme}`);
        await app.close();
      }
}

async function exportShots(browser: Browser, url: string, shots: Shot[]): Promise<void> {
  for (const size of SHOT_SIZES.filter((candidate) => candidate.name !== "1280x800"))
    for (const language of SHOT_LANGUAGES)
      for (const theme of SHOT_THEMES) {
        if (!anySlide((n) => exportShotName(n, size.name, language, theme))) continue;
        const app = await AppDriver.open(browser, url, {
          query: `lang=${language}`,
          localStorage: themeStorage(theme),
        });
        await app.waitForMapIdle();
        await app.page.getByTestId("image-size").selectOption({ label: `${size.width}×${size.height}` });
        const file = await app.download(() => app.page.getByTestId("export-png").click());
        const zip = await JSZip.loadAsync(file.bytes);
        const names = Object.keys(zip.files).sort();
        for (const [index, entry] of names.entries()) {
          const name = exportShotName(index + 1, size.name, language, theme);
          if (!matchesFilter(name, filter)) continue;
          const png = await zip.file(entry)?.async("nodebuffer");
          if (png) writeFileSync(join(SCREENSHOT_DIRECTORY, `${name}.png`), png);
          shots.push({
            group: "export",
            name,
            caption: `Exported: ${entry}`,
            size: size.name,
            language,
            theme,
          });
        }
        report(app, `export ${size.name} ${language} ${theme}`);
        await app.close();
      }
}

function report(app: AppDriver, what: string): void {
  const problems = [...app.consoleErrors, ...app.foreignRequests()];
  console.log(`${what}${problems.length > 0 ? `  PROBLEMS: ${problems.join(" | ")}` : ""}`);
}

function mergedShots(taken: Shot[]): Shot[] {
  const path = join(SCREENSHOT_DIRECTORY, "shots.json");
  const before: Shot[] = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : [];
  const byName = new Map([...before, ...taken].map((shot) => [shot.name, shot]));
  const shots = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  writeFileSync(path, `${JSON.stringify(shots, null, 1)}\n`);
  return shots;
}

buildIfNeeded();
mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
const server = await serveDirectory(DIST);
const browser = await launchChromium();
const shots: Shot[] = [];
const started = Date.now();
try {
  await viewShots(browser, server.url, shots);
  await slideShots(browser, server.url, shots);
  await exportShots(browser, server.url, shots);
} finally {
  await browser.close();
  await server.close();
}
const all = mergedShots(shots);
writeFileSync(join(SCREENSHOT_DIRECTORY, "index.html"), screenshotIndex(all, new Date().toISOString()));
console.log(
  `${shots.length} pictures in ${Math.round((Date.now() - started) / 1000)} s; index: ${join(SCREENSHOT_DIRECTORY, "index.html")}`,
);
