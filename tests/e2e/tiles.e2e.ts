// The data drawn from a tile archive: a copy of the built app whose geodata/ holds no GeoJSON,
// only the archive and tables `geodata tiles` made from the sample, and a manifest naming it, as
// a deployer would serve the nation. The map draws the archive's layers with the usual look, the
// list's figures come from the table, and every request stays on the app's server.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, Geometry, MultiPolygon, Point, Polygon } from "geojson";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildTiles } from "../../src/cli/tiles/build-tiles";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP, PROJECTOR } from "./driver";
import { type RunningServer, serveDirectory } from "./static-server";

const browserAvailable = inject("browserAvailable");

// What the sample's own files say, read here without the app's code, to check the figures the
// tiled app shows from the archive's tables.
const sampleFeatures = <Properties, Shape extends Geometry | null = Point>(
  name: string,
): Feature<Shape, Properties>[] =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../geodata/${name}.geojson`), "utf8")).features;
const sampleHamlets = sampleFeatures<{ modelStatus: string; unitCode: string }>("hamlets");
const sampleUnits = sampleFeatures<{ code: string }, Polygon | MultiPolygon>("units");
const sampleIncidents = sampleFeatures<{ date: string; category: string }>("incidents");
const sampleActivities = sampleFeatures<{ year: number; outreachSessions: number }, null>("activities");
const isCoveredStatus = (status: string) => status === "model-point" || status === "replicated";
/** Incidents inside a commune, dated within the window, of the categories given (all by default). */
const incidentsIn = (from: string, to: string, categories?: string[]) =>
  sampleIncidents.filter(
    (incident) =>
      incident.properties.date >= from &&
      incident.properties.date <= to &&
      (categories === undefined || categories.includes(incident.properties.category)) &&
      sampleUnits.some((unit) => booleanPointInPolygon(incident.geometry.coordinates, unit)),
  ).length;
const viNumber = (value: number) => new Intl.NumberFormat("vi-VN").format(value);
/** "31/01/2019" → "2019-01-31". */
const isoOf = (shown: string) => shown.split("/").reverse().join("-");

async function tiledCopy(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), "binhyen-tiled-"));
  cpSync(process.env.BINHYEN_DIST ?? resolve(import.meta.dirname, "../../dist"), folder, { recursive: true });
  const geodata = join(folder, "geodata");
  await buildTiles({ geodata: "geodata", out: join(geodata, "sample.pmtiles"), progress: () => {} });
  const manifest = JSON.parse(readFileSync("geodata/manifest.json", "utf8")) as Record<string, unknown>;
  writeFileSync(
    join(geodata, "manifest.json"),
    JSON.stringify({ ...manifest, title: "Thuận Châu (tiles)", tiles: "sample.pmtiles", files: [] }),
  );
  // Nothing but the archive to draw from: the GeoJSON files are gone.
  for (const name of ["units", "hamlets", "sites", "incidents", "activities"])
    rmSync(join(geodata, `${name}.geojson`), { force: true });
  // As if built with this geodata/ (the build preloads the files the folder holds).
  const index = join(folder, "index.html");
  writeFileSync(
    index,
    readFileSync(index, "utf8").replace(/<link[^>]*geodata\/[a-z]+\.geojson"[^>]*>/gu, ""),
  );
  return folder;
}

describe.skipIf(!browserAvailable)("the data as a tile archive", () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveDirectory(await tiledCopy());
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it("draws units, labels and incident clusters from the archive by range requests, nothing else asked", async () => {
    const app = await AppDriver.open(browser, server.url, { viewport: DESKTOP });
    await app.waitForMapIdle();
    const counts = await app.page.evaluate(() => window.binhYenMap?.renderedCounts() ?? {});
    // the communes, their names and the incidents' clusters are drawn, all from the archive
    for (const layer of ["units-fill", "units-outline", "units-labels", "incidents-clusters"]) {
      expect(counts[layer]?.count ?? 0, layer).toBeGreaterThan(0);
      expect(counts[layer]?.source, layer).toBe("data-tiles");
    }
    // communes of the sample are named, from the archive's label points
    const labels = await app.renderedLabels();
    const sampleNames = ["Co Mạ", "Mường Bám", "Chiềng Bôm", "Liệp Tè", "Mường É", "Bó Mười", "Chiềng La"];
    expect(sampleNames.filter((name) => labels.includes(name)).length).toBeGreaterThanOrEqual(4);
    // the list beside the map has every commune, with figures from the table
    await expect(app.page.locator(".unit-list tbody tr").count()).resolves.toBe(29);
    // the archive was read in pieces, and no GeoJSON file was asked for
    const archiveRequests = app.requests.filter((url) => url.endsWith("geodata/sample.pmtiles"));
    expect(archiveRequests.length).toBeGreaterThan(1);
    expect(app.requests.filter((url) => url.endsWith(".geojson"))).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it("counts in each cluster only the incidents of the time window and categories shown", async () => {
    const incidents: { properties: { date: string; category: string } }[] = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../geodata/incidents.geojson"), "utf8"),
    ).features;
    const between = (from: string, to: string, categories?: string[]) =>
      incidents.filter(
        ({ properties }) =>
          properties.date >= from &&
          properties.date <= to &&
          (!categories || categories.includes(properties.category)),
      ).length;
    const clustered = (app: AppDriver) =>
      app.page.evaluate(() => window.binhYenMap?.renderedClusteredIncidents() ?? -1);
    for (const [query, expected] of [
      ["view=coverage&from=2021-01-01&to=2021-03-31", between("2021-01-01", "2021-03-31")],
      [
        "view=coverage&from=2022-01-01&to=2022-12-31&cat=theft",
        between("2022-01-01", "2022-12-31", ["theft"]),
      ],
    ] as const) {
      const app = await AppDriver.open(browser, server.url, { viewport: DESKTOP, query });
      await app.waitForMapIdle();
      expect(expected, query).toBeGreaterThan(0);
      await expect(clustered(app), query).resolves.toBe(expected);
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    }
  });

  it("draws hamlets and single incidents close up, where every incident is a point", async () => {
    const app = await AppDriver.open(browser, server.url, {
      viewport: DESKTOP,
      query: "c=103.645,21.512&z=13",
    });
    await app.waitForMapIdle();
    const counts = await app.page.evaluate(() => window.binhYenMap?.renderedCounts() ?? {});
    expect(counts["hamlets-circles"]?.count ?? 0).toBeGreaterThan(0);
    expect(counts["incidents-points"]?.count ?? 0).toBeGreaterThan(0);
    expect(counts["incidents-clusters"]?.count ?? 0).toBe(0);
    expect(app.foreignRequests()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.screenshot("tiles-sample-close-up");
    await app.close();
  });

  it("shows in the coverage view what the tables hold, the window's incidents, and no zero it cannot know", async () => {
    const app = await AppDriver.open(browser, server.url, {
      viewport: DESKTOP,
      query: "view=coverage&from=2021-01-01&to=2021-03-31",
    });
    await app.waitForMapIdle();
    const strip = app.page.getByTestId("figures-strip");
    const figure = (name: string) => strip.getByTestId(`figure-${name}`);
    // hamlets covered as the tables hold them today, against every hamlet of the sample
    const coveredToday = sampleHamlets.filter((hamlet) =>
      isCoveredStatus(hamlet.properties.modelStatus),
    ).length;
    expect(coveredToday).toBeGreaterThan(0);
    await expect
      .poll(() => figure("hamlets-covered").textContent())
      .toContain(`${coveredToday}/${viNumber(sampleHamlets.length)} bản`);
    await expect(app.page.getByTestId("figures-note").textContent()).resolves.toContain("31/12/2022");
    // the window's incidents in communes, and the activities of its year
    const firstQuarter = incidentsIn("2021-01-01", "2021-03-31");
    expect(firstQuarter).toBeGreaterThan(0);
    await expect(figure("incidents").locator(".figure-value").textContent()).resolves.toBe(
      `${viNumber(firstQuarter)} vụ`,
    );
    const sessions2021 = sampleActivities
      .filter((activity) => activity.properties.year === 2021)
      .reduce((sum, activity) => sum + activity.properties.outreachSessions, 0);
    await expect(figure("outreach").locator(".figure-value").textContent()).resolves.toBe(
      `${viNumber(sessions2021)} buổi`,
    );
    // what the tables cannot give is a dash with its reason, never a zero
    await expect(figure("population-within").textContent()).resolves.toContain("—");
    await expect(figure("population-within").textContent()).resolves.toContain(
      "không có trong bảng tổng hợp",
    );
    const stripText = (await strip.textContent()) ?? "";
    expect(stripText).not.toMatch(/(^|\D)0\/0/u);
    // no figure reads as a bare zero (the sample has something of each in that quarter)
    const values = await strip.locator(".figure-value").allTextContents();
    expect(values).toHaveLength(9);
    expect(values.filter((value) => /^0(\D|$)/u.test(value))).toEqual([]);
    await expect(app.page.getByTestId("before-after").textContent()).resolves.toContain("bảng tổng hợp");
    await app.screenshot("tiles-coverage-1280x800");

    // the slider moves the window, and the incidents follow it
    await app.page.getByTestId("month-slider").press("ArrowRight");
    const shownWindow = async () => ({
      from: isoOf(await app.page.getByTestId("window-from").inputValue()),
      to: isoOf(await app.page.getByTestId("window-to").inputValue()),
    });
    await expect.poll(async () => (await shownWindow()).to).toBe("2021-04-30");
    const stepped = await shownWindow();
    const steppedCount = incidentsIn(stepped.from, stepped.to);
    expect(steppedCount).not.toBe(firstQuarter);
    await expect
      .poll(() => figure("incidents").locator(".figure-value").textContent())
      .toBe(`${viNumber(steppedCount)} vụ`);
    // so do the categories: traffic left out
    await app.page.getByRole("checkbox", { name: "Giao thông" }).uncheck();
    const withoutTraffic = incidentsIn(stepped.from, stepped.to, [
      "theft",
      "drugs",
      "dispute",
      "violence",
      "fire",
      "weapons",
      "other",
    ]);
    expect(withoutTraffic).toBeLessThan(steppedCount);
    await expect
      .poll(() => figure("incidents").locator(".figure-value").textContent())
      .toBe(`${viNumber(withoutTraffic)} vụ`);
    await expect(figure("incidents").textContent()).resolves.toContain("7/8 loại vụ việc");

    // the table of communes, from their rows: Chiềng Pha 12 of 12
    await app.page.getByTestId("open-table").click();
    const table = app.page.getByTestId("coverage-table");
    await expect.poll(() => table.locator("tbody tr").count()).toBe(sampleUnits.length);
    const chiengPha = table.locator("tbody tr", { hasText: "Chiềng Pha" });
    const cells = await chiengPha.locator("td").allTextContents();
    const chiengPhaHamlets = sampleHamlets.filter((hamlet) => hamlet.properties.unitCode === "03730");
    expect(cells.slice(1, 3)).toEqual([
      String(chiengPhaHamlets.length),
      String(chiengPhaHamlets.filter((hamlet) => isCoveredStatus(hamlet.properties.modelStatus)).length),
    ]);
    await expect(table.getByTestId("table-note").textContent()).resolves.toContain("mọi thời điểm");
    // a commune chosen in the table opens its row as a panel: its incidents over all dates
    await chiengPha.getByRole("button", { name: "Chiềng Pha" }).click();
    const panel = app.page.getByTestId("unit-coverage");
    await expect.poll(() => panel.getByTestId("figure-hamlets-covered").textContent()).toContain("12/12");
    const chiengPhaUnit = sampleUnits.find((unit) => unit.properties.code === "03730");
    const chiengPhaIncidents = sampleIncidents.filter(
      (incident) => chiengPhaUnit && booleanPointInPolygon(incident.geometry.coordinates, chiengPhaUnit),
    ).length;
    await expect(
      panel.getByTestId("figure-incidents-all-dates").locator(".figure-value").textContent(),
    ).resolves.toBe(`${viNumber(chiengPhaIncidents)} vụ`);
    await app.screenshot("tiles-coverage-unit-1280x800");
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests()).toEqual([]);
    await app.close();
  });

  it("says so in English too, and fits a projector", async () => {
    const app = await AppDriver.open(browser, server.url, {
      viewport: PROJECTOR,
      query: "view=coverage&lang=en&from=2022-01-01&to=2022-12-31",
    });
    await app.waitForMapIdle();
    const strip = app.page.getByTestId("figures-strip");
    await expect
      .poll(() => strip.getByTestId("figure-population-within").textContent())
      .toContain("not in the summary tables");
    await expect(app.page.getByTestId("figures-note").textContent()).resolves.toContain("31 Dec 2022");
    const year = incidentsIn("2022-01-01", "2022-12-31");
    await expect(strip.getByTestId("figure-incidents").locator(".figure-value").textContent()).resolves.toBe(
      `${new Intl.NumberFormat("en").format(year)} incidents`,
    );
    await app.screenshot("tiles-coverage-1024x768");
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
