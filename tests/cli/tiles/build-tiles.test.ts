// The sample geodata/ as an archive: read back with the `pmtiles` library's reader, every
// incident is a point at zoom 12 and in some cluster at every lower zoom, and the tables beside
// it give the same totals as the coverage engine over the same files.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader as Pbf } from "pbf";
import { PMTiles, type Source } from "pmtiles";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeIo } from "../../../src/cli/cli-io";
import { buildTiles, type TilesBuildSummary } from "../../../src/cli/tiles/build-tiles";
import { loadDataset } from "../../../src/data/dataset";
import { parseAggregates, type TileAggregates } from "../../../src/data/tiles/aggregates";
import { POINTS_ZOOM } from "../../../src/data/tiles/incident-tiles";
import { buildCoverageIndex, computeCoverage } from "../../../src/domain/coverage";
import { coverageFromTables } from "../../../src/domain/coverage/tables-coverage";
import { INCIDENT_CATEGORIES, type IncidentCategory, type IsoDate } from "../../../src/domain/types";

const folder = mkdtempSync(join(tmpdir(), "tiles-test-"));
const out = join(folder, "sample.pmtiles");
let summary: TilesBuildSummary;
let archive: PMTiles;
let aggregates: TileAggregates;

function fileSource(bytes: Uint8Array): Source {
  return {
    getKey: () => out,
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
}

beforeAll(async () => {
  summary = await buildTiles({ geodata: "geodata", out, progress: () => {} });
  archive = new PMTiles(fileSource(new Uint8Array(readFileSync(out))));
  const parsed = parseAggregates(readFileSync(summary.aggregates, "utf8"));
  if (!parsed.ok) throw new Error(parsed.reason);
  aggregates = parsed.value;
}, 60_000);

/** Every tile of a zoom the header's bounds cover, decoded; absent tiles skipped. */
async function tilesAt(z: number) {
  const header = await archive.getHeader();
  const n = 2 ** z;
  const column = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const row = (lat: number) => {
    const radians = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n);
  };
  const tiles: { x: number; y: number; tile: VectorTile }[] = [];
  for (let x = column(header.minLon); x <= column(header.maxLon); x++)
    for (let y = row(header.maxLat); y <= row(header.minLat); y++) {
      const found = await archive.getZxy(z, x, y);
      if (!found) continue;
      tiles.push({ x, y, tile: new VectorTile(new Pbf(new Uint8Array(found.data))) });
    }
  return tiles;
}

describe("geodata tiles on the sample", () => {
  it("writes an archive the pmtiles reader reads: header, metadata, the six layers", async () => {
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect([header.minZoom, header.maxZoom]).toEqual([0, POINTS_ZOOM]);
    expect(header.numAddressedTiles).toBe(summary.tiles);
    expect(header.minLon).toBeGreaterThan(103.2);
    expect(header.maxLon).toBeLessThan(104.1);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual([
      "units",
      "unit-labels",
      "province-labels",
      "hamlets",
      "sites",
      "incidents",
    ]);
    const layerNames = new Set<string>();
    for (const { tile } of await tilesAt(POINTS_ZOOM))
      for (const name of Object.keys(tile.layers)) layerNames.add(name);
    expect([...layerNames].sort()).toEqual(["hamlets", "incidents", "sites", "unit-labels", "units"]);
    // Zoomed out, the province's name once (the sample is one province).
    const provinceNames: string[] = [];
    for (const { tile } of await tilesAt(5)) {
      const layer = tile.layers["province-labels"];
      for (let index = 0; index < (layer?.length ?? 0); index++)
        provinceNames.push(String(layer?.feature(index).properties.labelVi));
    }
    expect(provinceNames).toEqual(["Tỉnh Sơn La"]);
  });

  it("holds every incident as a point at zoom 12, with its month and category, and in clusters below", async () => {
    const ids = new Set<string>();
    for (const { tile } of await tilesAt(POINTS_ZOOM)) {
      const layer = tile.layers.incidents;
      for (let index = 0; index < (layer?.length ?? 0); index++) {
        const properties = layer?.feature(index).properties ?? {};
        expect(properties.point_count).toBeUndefined();
        expect(typeof properties.month).toBe("number");
        expect(typeof properties.category).toBe("string");
        ids.add(String(properties.id));
      }
    }
    expect(ids.size).toBe(5000);
    for (const z of [4, 9, 11]) {
      let clustered = 0;
      for (const { tile } of await tilesAt(z)) {
        const layer = tile.layers.incidents;
        for (let index = 0; index < (layer?.length ?? 0); index++)
          clustered += Number(layer?.feature(index).properties.point_count);
      }
      expect(clustered, `zoom ${z}`).toBe(5000);
    }
  });

  it("gives the same totals per commune and overall as the coverage engine on the same data", async () => {
    const dataset = await loadDataset(nodeIo.readText, "geodata/manifest.json");
    const coverage = computeCoverage(buildCoverageIndex(dataset.layers), {
      from: null,
      to: null,
      radiusKm: 5,
    });
    expect(aggregates.counts.incidents).toBe(dataset.layers.incidents.features.length);
    const sum = (pick: (row: TileAggregates["communes"][number]) => number) =>
      aggregates.communes.reduce((total, row) => total + pick(row), 0);
    expect(sum((row) => row.hamlets) + aggregates.unjoined.hamlets).toBe(coverage.totals.hamlets);
    expect(sum((row) => row.coveredHamlets)).toBe(coverage.totals.coveredHamlets);
    expect(sum((row) => row.incidents)).toBe(coverage.totals.incidents);
    expect(sum((row) => row.groups)).toBe(coverage.totals.groups);
    expect(sum((row) => row.securityTeams)).toBe(coverage.totals.teams.security);
    for (const unit of coverage.units) {
      const row = aggregates.communes.find((candidate) => candidate.code === unit.code);
      expect(row?.incidents, unit.code).toBe(unit.incidents);
      expect(row?.coveredHamlets, unit.code).toBe(unit.coveredHamlets);
    }
    const byMonth = aggregates.byMonth.reduce((total, row) => total + row.incidents, 0);
    expect(byMonth).toBe(5000);
    // The monthly table adds up to the same incidents, per commune.
    const months = readFileSync(summary.monthsCsv, "utf8").trim().split("\n").slice(1);
    const perUnit = new Map<string, number>();
    for (const line of months) {
      const cells = line.split(",");
      perUnit.set(cells[0] ?? "", (perUnit.get(cells[0] ?? "") ?? 0) + Number(cells[cells.length - 1]));
    }
    for (const row of aggregates.communes) expect(perUnit.get(row.code) ?? 0, row.code).toBe(row.incidents);
  });

  it("gives, from the tables alone, the engine's incidents and activities in a window, by category", async () => {
    const dataset = await loadDataset(nodeIo.readText, "geodata/manifest.json");
    const index = buildCoverageIndex(dataset.layers);
    const windows = [
      ["2021-01-01", "2021-03-31"],
      ["2022-01-01", "2022-12-31"],
      ["2019-06-01", "2019-06-30"],
      [null, null],
    ] as const;
    const chosen: IncidentCategory[][] = [[...INCIDENT_CATEGORIES], ["theft", "drugs"], ["traffic"]];
    for (const [from, to] of windows) {
      const window = { from: from as IsoDate | null, to: to as IsoDate | null };
      const engine = computeCoverage(index, { ...window, radiusKm: 5 });
      for (const categories of chosen) {
        const tables = coverageFromTables(aggregates, { ...window, categories });
        const expected = categories.reduce(
          (sum, category) => sum + engine.totals.incidentsByCategory[category],
          0,
        );
        expect(tables.incidents, `${from}–${to} ${categories.join(",")}`).toMatchObject({
          known: true,
          value: { count: expected, outside: engine.outsideIncidents.length },
        });
      }
      const tables = coverageFromTables(aggregates, { ...window, categories: INCIDENT_CATEGORIES });
      expect(tables.activities, `${from}–${to}`).toEqual({
        known: true,
        value: {
          outreachSessions: engine.totals.outreachSessions,
          outreachAttendances: engine.totals.outreachAttendances,
          commitments: engine.totals.commitments,
          gunsRecovered: engine.totals.gunsRecovered,
          reintegrationSupported: engine.totals.reintegrationSupported,
        },
      });
      if (to === null) {
        // At the data's end the tables' state and the engine's agree on every hamlet figure.
        const { totals } = tables;
        expect(totals.hamlets).toBe(engine.totals.hamlets);
        expect(totals.coveredHamlets).toBe(engine.totals.coveredHamlets);
        expect(totals.teams).toEqual(engine.totals.teams);
        expect(totals.population).toBe(engine.totals.population);
        expect(totals.households).toBe(engine.totals.households);
        expect(tables.incidents.known && tables.incidents.value.rate).toBeCloseTo(
          engine.totals.incidentRate ?? Number.NaN,
          10,
        );
      }
    }
  });
});
