// The data drawn from a tile archive: a copy of the built app whose geodata/ holds no GeoJSON,
// only the archive and tables `geodata tiles` made from the sample, and a manifest naming it, as
// a deployer would serve the nation. The map draws the archive's layers with the usual look, the
// list's figures come from the table, and every request stays on the app's server.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildTiles } from "../../src/cli/tiles/build-tiles";
import { launchChromium } from "./browser";
import { AppDriver, DESKTOP } from "./driver";
import { type RunningServer, serveDirectory } from "./static-server";

const browserAvailable = inject("browserAvailable");

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
});
