// A seeded, generated nation for the tiles benchmark: 34 provinces, 3,321 communes, 100,000
// hamlets, 1,000,000 incidents by default, written as a geodata folder (manifest + GeoJSON) into
// an ignored folder, never committed. Communes are cells of a jittered lattice inside a rough
// outline of Viet Nam (approximate on purpose: generated boundaries, labelled so), provinces are
// runs of cells from north to south, hamlets lie inside their commune, incidents around hamlets
// over four years. Incidents are written one feature per line, so the file streams out without
// ever being held in memory. `npx tsx tests/bench/national.ts [--incidents N] [--out DIR]`.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Position } from "geojson";
import { INCIDENT_CATEGORIES } from "../../src/domain/types";
import { createRandom, type Random } from "../../src/sample/random";

export interface NationOptions {
  seed?: number;
  provinces?: number;
  communes?: number;
  hamlets?: number;
  incidents?: number;
}

const DEFAULTS: Required<NationOptions> = {
  seed: 2025_07_01,
  provinces: 34,
  communes: 3321,
  hamlets: 100_000,
  incidents: 1_000_000,
};

// A coarse outline (lon, lat), counter-clockwise from the north-west corner: enough for the shape.
const OUTLINE: Position[] = [
  [102.14, 22.4],
  [102.1, 21.8],
  [102.8, 21.5],
  [103.2, 20.8],
  [103.9, 20.3],
  [104.5, 19.7],
  [104.0, 19.3],
  [105.0, 18.7],
  [105.6, 18.0],
  [106.2, 17.3],
  [106.6, 16.5],
  [107.4, 16.0],
  [107.2, 15.4],
  [107.6, 14.6],
  [107.45, 14.0],
  [107.55, 13.0],
  [107.5, 12.3],
  [106.4, 11.97],
  [105.9, 11.7],
  [106.2, 11.0],
  [105.1, 10.95],
  [104.5, 10.4],
  [104.85, 10.2],
  [104.8, 9.0],
  [105.2, 8.6],
  [106.7, 9.6],
  [107.0, 10.4],
  [108.0, 10.7],
  [109.0, 11.4],
  [109.35, 12.4],
  [109.2, 13.8],
  [108.9, 15.2],
  [108.2, 16.1],
  [107.2, 16.8],
  [106.5, 17.9],
  [105.65, 18.9],
  [105.8, 19.3],
  [106.2, 20.0],
  [106.8, 20.9],
  [108.05, 21.55],
  [107.35, 21.6],
  [106.7, 22.85],
  [106.0, 22.95],
  [105.35, 23.35],
  [104.8, 22.82],
  [103.97, 22.5],
  [103.3, 22.8],
  [102.7, 22.7],
  [102.14, 22.4],
];

const SYLLABLES = [
  "Chiềng",
  "Mường",
  "Nậm",
  "Phổng",
  "Tân",
  "Hòa",
  "Thuận",
  "An",
  "Phú",
  "Bình",
  "Long",
  "Thạnh",
  "Đông",
  "Tây",
  "Hưng",
  "Yên",
  "Quang",
  "Minh",
  "Tiến",
  "Lộc",
  "Sơn",
  "Thủy",
  "Xuân",
  "Hạ",
  "Trung",
  "Vĩnh",
  "Hải",
  "Lâm",
  "Đức",
  "Nghĩa",
  "Cẩm",
  "Kim",
  "Ngọc",
  "Tường",
  "Hiệp",
  "Khánh",
];
const CATEGORY_WEIGHTS = [30, 14, 18, 10, 5, 3, 12, 8];
const FIRST_DAY = Date.UTC(2021, 0, 1) / 86_400_000;
const DAYS = 4 * 365;

function inside([x = 0, y = 0]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] as Position;
    const [xj = 0, yj = 0] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const name = (random: Random) => `${random.pick(SYLLABLES)} ${random.pick(SYLLABLES)}`;
const pad = (value: number, width: number) => String(value).padStart(width, "0");

interface Cell {
  column: number;
  row: number;
  corners: [Position, Position, Position, Position];
}

/** Lattice cells whose middle is inside the outline: as many as asked, the cell size found by search. */
function communeCells(count: number, random: Random): { cells: Cell[]; size: number } {
  const [west, south, east, north] = [102.1, 8.55, 109.4, 23.4];
  const centresInside = (size: number) => {
    const cells: { column: number; row: number }[] = [];
    for (let row = 0; south + row * size < north; row++)
      for (let column = 0; west + column * size < east; column++)
        if (inside([west + (column + 0.5) * size, south + (row + 0.5) * size], OUTLINE))
          cells.push({ column, row });
    return cells;
  };
  let [small, large] = [0.01, 0.5];
  for (let step = 0; step < 40; step++) {
    const middle = (small + large) / 2;
    if (centresInside(middle).length >= count) small = middle;
    else large = middle;
  }
  const size = small;
  const jitter = new Map<string, Position>();
  const corner = (column: number, row: number): Position => {
    const key = `${column}:${row}`;
    let position = jitter.get(key);
    if (!position) {
      position = [
        west + column * size + random.between(-0.22, 0.22) * size,
        south + row * size + random.between(-0.22, 0.22) * size,
      ];
      jitter.set(key, position);
    }
    return position;
  };
  // North first, so a province is a run of neighbouring cells; the surplus goes from the far south.
  const cells = centresInside(size)
    .sort((a, b) => b.row - a.row || a.column - b.column)
    .slice(0, count)
    .map(({ column, row }) => ({
      column,
      row,
      corners: [
        corner(column, row),
        corner(column + 1, row),
        corner(column + 1, row + 1),
        corner(column, row + 1),
      ] as [Position, Position, Position, Position],
    }));
  return { cells, size };
}

/** A shared edge bent at its middle the same way from both sides (keyed by its lattice ends). */
function bentEdge(a: Position, b: Position, key: string, seed: number): Position[] {
  const random = createRandom(seed).fork(key);
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const bend = random.between(-0.08, 0.08);
  const [nx, ny] = [-(by - ay), bx - ax];
  return [a, [(ax + bx) / 2 + nx * bend, (ay + by) / 2 + ny * bend]];
}

function ringOf(cell: Cell, seed: number): Position[] {
  const { column: c, row: r, corners } = cell;
  const [sw, se, ne, nw] = corners;
  const edge = (from: Position, to: Position, key: string, forward: boolean) => {
    const points = forward ? bentEdge(from, to, key, seed) : bentEdge(to, from, key, seed);
    return forward ? points : [from, points[1] as Position];
  };
  const ring = [
    ...edge(sw, se, `h${c}:${r}`, true),
    ...edge(se, ne, `v${c + 1}:${r}`, true),
    ...edge(ne, nw, `h${c}:${r + 1}`, false),
    ...edge(nw, sw, `v${c}:${r}`, false),
  ];
  ring.push(sw);
  return ring;
}

/** A point in the cell's quad at (u, v) in 0..1. */
function inCell(cell: Cell, u: number, v: number): Position {
  const [sw, se, ne, nw] = cell.corners.map((corner) => corner as [number, number]) as [number, number][];
  const lerp = (a: [number, number], b: [number, number], t: number): [number, number] => [
    a[0] + (b[0] - a[0]) * t,
    a[1] + (b[1] - a[1]) * t,
  ];
  const south = lerp(sw as [number, number], se as [number, number], u);
  const north = lerp(nw as [number, number], ne as [number, number], u);
  return lerp(south, north, v).map((value) => Math.round(value * 1e5) / 1e5);
}

export interface NationSummary {
  folder: string;
  provinces: number;
  communes: number;
  hamlets: number;
  incidents: number;
  incidentBytes: number;
  seconds: number;
}

/** Writes the nation into `folder` (manifest.json, units, hamlets, sites, incidents). */
export function writeNation(folder: string, options: NationOptions = {}): NationSummary {
  const started = performance.now();
  const settings = { ...DEFAULTS, ...options };
  const random = createRandom(settings.seed);
  mkdirSync(folder, { recursive: true });
  const { cells } = communeCells(settings.communes, random.fork("cells"));
  const perProvince = Math.ceil(cells.length / settings.provinces);
  const names = random.fork("names");
  const provinceName = (index: number) => `Tỉnh mẫu ${pad(index + 1, 2)}`;
  const units = cells.map((cell, index) => ({
    type: "Feature" as const,
    properties: {
      code: pad(index + 1, 5),
      name: `Xã ${name(names)}`,
      unitType: "commune",
      province: provinceName(Math.floor(index / perProvince)),
      approximate: true,
    },
    geometry: { type: "Polygon" as const, coordinates: [ringOf(cell, settings.seed)] },
  }));
  writeFileSync(
    join(folder, "units.geojson"),
    JSON.stringify({ type: "FeatureCollection", features: units }),
  );

  // Hamlets: a share of the total per commune, at least 10, the remainder spread one by one.
  const hamletRandom = random.fork("hamlets");
  const weights = cells.map(() => hamletRandom.between(0.6, 1.4));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const perCommune = weights.map((weight) => Math.floor((weight / weightSum) * settings.hamlets));
  let missing = settings.hamlets - perCommune.reduce((sum, count) => sum + count, 0);
  for (let index = 0; missing > 0; index = (index + 1) % perCommune.length, missing--)
    perCommune[index] = (perCommune[index] as number) + 1;
  const hamletPositions: Position[] = [];
  const hamlets: unknown[] = [];
  const sites: unknown[] = [];
  cells.forEach((cell, unitIndex) => {
    const unitCode = pad(unitIndex + 1, 5);
    const count = perCommune[unitIndex] as number;
    const modelled = hamletRandom.next() < 0.25;
    for (let index = 0; index < count; index++) {
      const position = inCell(cell, hamletRandom.between(0.08, 0.92), hamletRandom.between(0.08, 0.92));
      hamletPositions.push(position);
      const status =
        modelled && index === 0
          ? "model-point"
          : modelled && hamletRandom.next() < 0.5
            ? "replicated"
            : hamletRandom.next() < 0.05
              ? "planned"
              : "none";
      const population = hamletRandom.integer(150, 1400);
      hamlets.push({
        type: "Feature",
        properties: {
          code: `${unitCode}-${pad(index + 1, 3)}`,
          name: `Bản ${name(names)}`,
          unitCode,
          population,
          households: Math.round(population / 4.6),
          securityTeam: hamletRandom.next() < 0.9,
          mediationTeam: hamletRandom.next() < 0.85,
          fireTeam: hamletRandom.next() < 0.7,
          groups: hamletRandom.integer(2, 12),
          modelStatus: status,
          modelSince: status === "model-point" ? "2021-03-01" : status === "replicated" ? "2022-06-01" : null,
        },
        geometry: { type: "Point", coordinates: position },
      });
      if (status === "model-point")
        sites.push({
          type: "Feature",
          properties: { code: `M${unitCode}`, name: `Mô hình ${unitCode}`, siteType: "model", unitCode },
          geometry: { type: "Point", coordinates: position },
        });
    }
    sites.push({
      type: "Feature",
      properties: { code: `P${unitCode}`, name: `Công an xã ${unitCode}`, siteType: "police-post", unitCode },
      geometry: { type: "Point", coordinates: inCell(cell, 0.5, 0.5) },
    });
  });
  writeFileSync(
    join(folder, "hamlets.geojson"),
    JSON.stringify({ type: "FeatureCollection", features: hamlets }),
  );
  writeFileSync(
    join(folder, "sites.geojson"),
    JSON.stringify({ type: "FeatureCollection", features: sites }),
  );

  // Incidents, one line each, written in blocks.
  const incidentRandom = random.fork("incidents");
  const file = openSync(join(folder, "incidents.geojson"), "w");
  let bytes = 0;
  const write = (text: string) => {
    bytes += Buffer.byteLength(text);
    writeSync(file, text);
  };
  write('{"type":"FeatureCollection","features":[\n');
  let block: string[] = [];
  for (let index = 0; index < settings.incidents; index++) {
    const [x = 0, y = 0] = hamletPositions[incidentRandom.integer(0, hamletPositions.length - 1)] as Position;
    const longitude = Math.round((x + incidentRandom.normal() * 0.012) * 1e5) / 1e5;
    const latitude = Math.round((y + incidentRandom.normal() * 0.012) * 1e5) / 1e5;
    const day = FIRST_DAY + incidentRandom.integer(0, DAYS - 1);
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    const category = INCIDENT_CATEGORIES[incidentRandom.weightedIndex(CATEGORY_WEIGHTS)];
    block.push(
      `{"type":"Feature","properties":{"id":"VV${pad(index + 1, 7)}","date":"${date}","category":"${category}"},` +
        `"geometry":{"type":"Point","coordinates":[${longitude},${latitude}]}}`,
    );
    if (block.length === 10_000) {
      write(`${block.join(",\n")}${index + 1 < settings.incidents ? ",\n" : "\n"}`);
      block = [];
    }
  }
  if (block.length > 0) write(`${block.join(",\n")}\n`);
  write("]}\n");
  closeSync(file);

  const manifest = {
    title: `Toàn quốc (dữ liệu mẫu): ${settings.provinces} tỉnh, ${units.length.toLocaleString("vi")} xã`,
    sample: true,
    dataDate: "2024-12-31",
    source: "Dữ liệu mẫu tổng hợp (Bình Yên) / generated national benchmark data",
    adminPeriod: "from-2025-07-01",
    files: [
      { path: "units.geojson", kind: "units" },
      { path: "hamlets.geojson", kind: "hamlets" },
      { path: "sites.geojson", kind: "sites" },
      { path: "incidents.geojson", kind: "incidents" },
    ],
  };
  writeFileSync(join(folder, "manifest.json"), JSON.stringify(manifest, null, 2));
  return {
    folder,
    provinces: Math.ceil(units.length / perProvince),
    communes: units.length,
    hamlets: hamlets.length,
    incidents: settings.incidents,
    incidentBytes: bytes,
    seconds: (performance.now() - started) / 1000,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const incidents = Number(value("--incidents") ?? DEFAULTS.incidents);
  const out = value("--out") ?? join("bench-results", `national-${incidents}`);
  console.log(writeNation(out, { incidents }));
}
