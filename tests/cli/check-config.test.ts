import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleBasemap } from "../fixtures/basemap/sample-basemap";
import { runGeodata } from "./run-geodata";

const geodata = resolve(import.meta.dirname, "../../geodata");

const check = (folder: string) => runGeodata(["check", folder]);

/** A copy of the sample's geodata/ with a config.json of our own. */
function deployment(config: unknown, files: Record<string, Uint8Array | string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), "binhyen-config-"));
  for (const name of [
    "manifest.json",
    "units.geojson",
    "hamlets.geojson",
    "sites.geojson",
    "incidents.geojson",
    "activities.geojson",
  ])
    copyFileSync(join(geodata, name), join(folder, name));
  writeFileSync(join(folder, "config.json"), JSON.stringify(config));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(folder, name), body);
  return folder;
}

describe("geodata check on the deployer's config.json", () => {
  it("passes a config whose basemap is a vector PMTiles archive in the folder", async () => {
    const folder = deployment(
      { title: "Công an tỉnh", basemap: { url: "basemap.pmtiles" } },
      { "basemap.pmtiles": sampleBasemap(8) },
    );
    const { code, stdout } = await check(folder);
    expect(stdout).toContain("config.json: ok");
    expect(code).toBe(0);
  });

  it("fails on a basemap on another host, naming the key and the host", async () => {
    const { code, stdout } = await check(
      deployment({ basemap: { url: "https://tiles.example.com/a.pmtiles" } }),
    );
    expect(stdout).toContain("[config-foreign-url] basemap.url");
    expect(stdout).toContain("tiles.example.com");
    expect(code).toBe(1);
  });

  it("fails on a missing archive and on a file that is not PMTiles", async () => {
    const missing = await check(deployment({ basemap: { url: "nothing.pmtiles" } }));
    expect(missing.stdout).toContain("there is no file");
    expect(missing.code).toBe(1);
    const fake = await check(
      deployment({ basemap: { url: "fake.pmtiles" } }, { "fake.pmtiles": "x".repeat(200) }),
    );
    expect(fake.stdout).toContain("is not a PMTiles version 3 archive");
    expect(fake.code).toBe(1);
  });

  it("fails on a hillshade that holds vector tiles", async () => {
    const folder = deployment(
      { basemap: { url: "basemap.pmtiles", hillshade: "basemap.pmtiles" } },
      { "basemap.pmtiles": sampleBasemap(6) },
    );
    const { code, stdout } = await check(folder);
    expect(stdout).toContain("[config-archive] basemap.hillshade");
    expect(code).toBe(1);
  });
});
