import { describe, expect, it } from "vitest";
import { parseManifest } from "../../../src/data/manifest";
import { AGGREGATES_FORMAT, type TileAggregates } from "../../../src/data/tiles/aggregates";
import {
  aggregatesPathOf,
  archiveDrawnAhead,
  drawsTiles,
  TILED_ABOVE_FEATURES,
} from "../../../src/data/tiles/tiled-dataset";

const manifestWith = (extra: Record<string, unknown>) =>
  parseManifest(
    JSON.stringify({ title: "T", files: [{ path: "units.geojson", kind: "units" }], ...extra }),
    "m.json",
  );

function aggregatesOf(incidents: number): TileAggregates {
  return {
    format: AGGREGATES_FORMAT,
    version: 1,
    archive: "nation.pmtiles",
    title: "T",
    sample: false,
    dataDate: null,
    source: "",
    counts: { units: 100, hamlets: 1000, sites: 10, incidents },
    bounds: null,
    categories: [],
    communes: [],
    unjoined: { hamlets: 0, incidents: 0 },
    byMonth: [],
  };
}

describe("when the app draws a tile archive", () => {
  it("reads the manifest's archive, and refuses one on another host or outside geodata/", () => {
    expect(manifestWith({ tiles: "nation.pmtiles" }).manifest?.tiles).toBe("nation.pmtiles");
    for (const wrong of [
      "https://cdn.example.com/nation.pmtiles",
      "../nation.pmtiles",
      "nation.geojson",
      3,
    ]) {
      const parsed = manifestWith({ tiles: wrong });
      expect(parsed.manifest?.tiles, String(wrong)).toBeUndefined();
      expect(parsed.messages.map((message) => message.property)).toContain("tiles");
    }
    expect(aggregatesPathOf("nation.pmtiles")).toBe("nation.aggregates.json");
  });

  it("draws the archive past the stated size, or when there are no files; reads the files otherwise", () => {
    const manifest = manifestWith({ tiles: "nation.pmtiles" }).manifest;
    if (!manifest) throw new Error("no manifest");
    const below = TILED_ABOVE_FEATURES - 1110;
    expect(drawsTiles(manifest, aggregatesOf(below))).toBe(false);
    expect(drawsTiles(manifest, aggregatesOf(below + 1))).toBe(true);
    expect(drawsTiles({ ...manifest, files: [] }, aggregatesOf(10))).toBe(true);
    expect(drawsTiles(manifest, null)).toBe(false);
    expect(drawsTiles({ ...manifest, tiles: undefined } as typeof manifest, aggregatesOf(10 ** 6))).toBe(
      false,
    );
  });

  it("names the archive ahead of its table only when the manifest alone decides it is drawn", () => {
    const manifest = manifestWith({ tiles: "nation.pmtiles" }).manifest;
    if (!manifest) throw new Error("no manifest");
    // Files listed: the table's counts decide, so nothing is read ahead.
    expect(manifest.files.length).toBeGreaterThan(0);
    expect(archiveDrawnAhead(manifest)).toBeNull();
    const noFiles = { ...manifest, files: [] };
    expect(archiveDrawnAhead(noFiles)).toBe("nation.pmtiles");
    expect(drawsTiles(noFiles, aggregatesOf(10))).toBe(true);
    expect(archiveDrawnAhead({ ...noFiles, tiles: undefined } as typeof manifest)).toBeNull();
    expect(archiveDrawnAhead(null)).toBeNull();
  });
});
