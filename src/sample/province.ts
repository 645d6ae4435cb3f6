// A seeded, generated province (for benchmarks, and in the app as `?data=province`): a grid-ish
// tiling of units whose shared borders wiggle (the same vertices on both sides, as real boundaries have), hamlets inside them, model
// sites that replicate to their unit's hamlets over the years, police posts, incidents around
// hamlets (fewer after adoption) with a few outside the province, and yearly activity counts.
// Layers come out as the data layer would hand them over: hamlets, sites and activities carry
// their unit code; incidents carry none (the coverage attributes them by location).
import { booleanPointInPolygon } from "@turf/turf";
import type { Position } from "geojson";
import { maxOf, minOf } from "../domain/arrays";
import {
  type HamletCode,
  INCIDENT_CATEGORIES,
  type IsoDate,
  type Layers,
  type UnitCode,
} from "../domain/types";
import { createRandom, type Random } from "./random";

export interface ProvinceOptions {
  seed?: number;
  /** Units across and down: columns × rows units. */
  columns?: number;
  rows?: number;
  hamlets?: number;
  incidents?: number;
  modelSites?: number;
  firstYear?: number;
  years?: number;
}

const DEFAULTS: Required<ProvinceOptions> = {
  seed: 20_241,
  columns: 20,
  rows: 10,
  hamlets: 3000,
  incidents: 100_000,
  modelSites: 60,
  firstYear: 2019,
  years: 4,
};

const WEST = 103;
const SOUTH = 21;
/** Degrees per unit cell (about 10 × 11 km at this latitude). */
const CELL = 0.1;
const VERTICES_PER_EDGE = 30;
const DAY_MS = 86_400_000;

const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10) as IsoDate;
const dayOf = (year: number, month: number, dayOfMonth: number) =>
  Date.UTC(year, month - 1, dayOfMonth) / DAY_MS;

/** Corners of the tiling: inner ones jittered, the outline kept straight. */
function cornerGrid(columns: number, rows: number, random: Random): Position[][] {
  return Array.from({ length: columns + 1 }, (_, column) =>
    Array.from({ length: rows + 1 }, (_, row) => {
      const inner = column > 0 && column < columns && row > 0 && row < rows;
      const jitter = () => (inner ? random.between(-0.2, 0.2) * CELL : 0);
      return [WEST + column * CELL + jitter(), SOUTH + row * CELL + jitter()];
    }),
  );
}

/** A border from a to b that wiggles sideways, tapering to nothing at both corners. */
function wigglyEdge(a: Position, b: Position, straight: boolean, random: Random): Position[] {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const length = Math.hypot(bx - ax, by - ay);
  const [normalX, normalY] = [-(by - ay) / length, (bx - ax) / length];
  const waves = [1, 2, 3].map((frequency) => ({
    frequency,
    amplitude: random.between(0, 0.05 * CELL) / frequency,
    phase: random.between(0, 2 * Math.PI),
  }));
  const points: Position[] = [];
  for (let step = 0; step < VERTICES_PER_EDGE; step++) {
    const t = step / VERTICES_PER_EDGE;
    const offset = straight
      ? 0
      : Math.sin(Math.PI * t) *
        waves.reduce(
          (sum, wave) => sum + wave.amplitude * Math.sin(wave.frequency * Math.PI * t + wave.phase),
          0,
        );
    points.push([ax + (bx - ax) * t + normalX * offset, ay + (by - ay) * t + normalY * offset]);
  }
  return points;
}

function unitRings(columns: number, rows: number, random: Random): Position[][] {
  const corners = cornerGrid(columns, rows, random);
  const corner = (column: number, row: number) => corners[column]?.[row] as Position;
  // Each border is drawn once and shared, so neighbours meet without gaps or overlaps.
  const horizontal = new Map<string, Position[]>();
  const vertical = new Map<string, Position[]>();
  for (let column = 0; column <= columns; column++) {
    for (let row = 0; row <= rows; row++) {
      if (column < columns) {
        const straight = row === 0 || row === rows;
        horizontal.set(
          `${column}:${row}`,
          wigglyEdge(corner(column, row), corner(column + 1, row), straight, random),
        );
      }
      if (row < rows) {
        const straight = column === 0 || column === columns;
        vertical.set(
          `${column}:${row}`,
          wigglyEdge(corner(column, row), corner(column, row + 1), straight, random),
        );
      }
    }
  }
  const reversed = (points: Position[], end: Position) => [end, ...points.slice(1).reverse()];
  const rings: Position[][] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const bottom = horizontal.get(`${column}:${row}`) as Position[];
      const right = vertical.get(`${column + 1}:${row}`) as Position[];
      const top = horizontal.get(`${column}:${row + 1}`) as Position[];
      const left = vertical.get(`${column}:${row}`) as Position[];
      // Counter-clockwise: east along the bottom, north up the right, back west and south.
      const ring = [
        ...bottom,
        ...right,
        ...reversed(top, corner(column + 1, row + 1)),
        ...reversed(left, corner(column, row + 1)),
      ];
      ring.push(ring[0] as Position);
      rings.push(ring);
    }
  }
  return rings;
}

function ringBox(ring: readonly Position[]) {
  const xs = ring.map((position) => position[0] as number);
  const ys = ring.map((position) => position[1] as number);
  return { west: minOf(xs, 0), east: maxOf(xs, 0), south: minOf(ys, 0), north: maxOf(ys, 0) };
}

/** A point inside the ring, drawn uniformly by rejection from its bounding box. */
function pointInside(ring: Position[], random: Random): Position {
  const box = ringBox(ring);
  const polygon = { type: "Polygon" as const, coordinates: [ring] };
  for (;;) {
    const point = [random.between(box.west, box.east), random.between(box.south, box.north)];
    if (booleanPointInPolygon(point, polygon)) return point.map((value) => Math.round(value * 1e6) / 1e6);
  }
}

export function generateProvince(options: ProvinceOptions = {}): Layers {
  const settings = { ...DEFAULTS, ...options };
  const random = createRandom(settings.seed, "province");
  const rings = unitRings(settings.columns, settings.rows, random.fork("borders"));
  const codes = rings.map((_, slot) => String(10_000 + slot * 3) as UnitCode);
  const units: Layers["units"]["features"] = rings.map((ring, slot) => ({
    type: "Feature",
    geometry: { type: "Polygon", coordinates: [ring] },
    properties: {
      code: codes[slot] as UnitCode,
      name: `Xã Thử Nghiệm ${slot + 1}`,
      unitType: "commune",
      district: null,
      province: "Tỉnh Thử Nghiệm",
      areaKm2: null,
      approximate: true,
    },
  }));

  const hamletRandom = random.fork("hamlets");
  const weights = rings.map(() => hamletRandom.between(0.5, 1.5));
  const hamletUnits = rings.map((_, slot) => slot).flatMap((slot) => [slot, slot, slot]);
  while (hamletUnits.length < settings.hamlets) hamletUnits.push(hamletRandom.weightedIndex(weights));
  hamletUnits.sort((a, b) => a - b);
  const firstDay = dayOf(settings.firstYear, 1, 1);
  const lastDay = dayOf(settings.firstYear + settings.years, 1, 1) - 1;
  const hamlets: Layers["hamlets"]["features"] = hamletUnits.map((slot, index) => {
    const population = hamletRandom.integer(200, 1500);
    const households = Math.round(population / hamletRandom.between(4, 5.5));
    return {
      type: "Feature",
      geometry: { type: "Point", coordinates: pointInside(rings[slot] as Position[], hamletRandom) },
      properties: {
        code: `${codes[slot]}-${String(index).padStart(4, "0")}` as HamletCode,
        name: `Bản ${index + 1}`,
        unitCode: codes[slot] as UnitCode,
        joinedBy: "code",
        population,
        households,
        securityTeam: hamletRandom.next() < 0.95,
        mediationTeam: hamletRandom.next() < 0.95,
        fireTeam: hamletRandom.next() < 0.9,
        groups: Math.max(1, Math.round(households / hamletRandom.between(10, 20))),
        modelStatus: "none",
        modelSince: null,
      },
    };
  });

  const sites = placeModels(settings, units, hamlets, random.fork("models"), firstDay, lastDay);
  const postRandom = random.fork("posts");
  rings.forEach((ring, slot) => {
    sites.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: pointInside(ring, postRandom) },
      properties: {
        code: `CA-${codes[slot]}`,
        name: `Công an xã Thử Nghiệm ${slot + 1}`,
        siteType: "police-post",
        unitCode: codes[slot] as UnitCode,
        joinedBy: "code",
        hamletCode: null,
        since: null,
      },
    });
  });

  return {
    units: { type: "FeatureCollection", features: units },
    hamlets: { type: "FeatureCollection", features: hamlets },
    sites: { type: "FeatureCollection", features: sites },
    incidents: {
      type: "FeatureCollection",
      features: generateIncidents(settings, hamlets, random.fork("incidents"), firstDay, lastDay),
    },
    activities: {
      type: "FeatureCollection",
      features: generateActivities(settings, codes, random.fork("activities")),
    },
  };
}

/** Model points in randomly chosen units, replicated to most of their unit's hamlets later. */
function placeModels(
  settings: Required<ProvinceOptions>,
  units: Layers["units"]["features"],
  hamlets: Layers["hamlets"]["features"],
  random: Random,
  firstDay: number,
  lastDay: number,
): Layers["sites"]["features"] {
  const chosen = random.shuffle(units.map((unit) => unit.properties.code)).slice(0, settings.modelSites);
  return chosen.map((code) => {
    const members = hamlets.filter((hamlet) => hamlet.properties.unitCode === code);
    const model = random.pick(members);
    const adopted = random.integer(firstDay, lastDay - 90);
    model.properties.modelStatus = "model-point";
    model.properties.modelSince = isoDate(adopted);
    for (const member of members) {
      if (member === model) continue;
      const day = adopted + random.integer(30, 500);
      if (day <= lastDay && random.next() < 0.85) {
        member.properties.modelStatus = "replicated";
        member.properties.modelSince = isoDate(day);
      } else if (random.next() < 0.5) {
        member.properties.modelStatus = "planned";
        member.properties.modelSince = isoDate(lastDay + random.integer(30, 365));
      }
    }
    return {
      type: "Feature",
      geometry: { type: "Point", coordinates: [...model.geometry.coordinates] },
      properties: {
        code: `MH-${code}`,
        name: `Mô hình điểm ${model.properties.name}`,
        siteType: "model",
        unitCode: code,
        joinedBy: "code",
        hamletCode: model.properties.code,
        since: model.properties.modelSince,
      },
    };
  });
}

const CATEGORY_WEIGHTS = [30, 12, 24, 9, 2, 2, 14, 7];

function generateIncidents(
  settings: Required<ProvinceOptions>,
  hamlets: Layers["hamlets"]["features"],
  random: Random,
  firstDay: number,
  lastDay: number,
): Layers["incidents"]["features"] {
  // Hamlets are drawn by population from running totals: a linear weighted pick per incident
  // would take seconds at 100,000 incidents.
  const cumulative: number[] = [];
  let running = 0;
  for (const hamlet of hamlets) {
    running += hamlet.properties.population;
    cumulative.push(running);
  }
  const pickHamlet = () => {
    const target = random.next() * running;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) <= target) low = middle + 1;
      else high = middle;
    }
    return hamlets[low] as (typeof hamlets)[number];
  };
  const extent = {
    west: WEST - 0.05,
    east: WEST + settings.columns * CELL + 0.05,
    south: SOUTH - 0.05,
    north: SOUTH + settings.rows * CELL + 0.05,
  };
  const features: Layers["incidents"]["features"] = [];
  for (let index = 0; index < settings.incidents; index++) {
    let coordinates: Position;
    let day = random.integer(firstDay, lastDay);
    if (random.next() < 0.9) {
      const hamlet = pickHamlet();
      const [longitude = 0, latitude = 0] = hamlet.geometry.coordinates;
      coordinates = [longitude + random.normal() * 0.008, latitude + random.normal() * 0.008];
      const since = hamlet.properties.modelSince;
      // Fewer incidents once a hamlet has adopted the model: the pattern the before/after looks for.
      if (
        hamlet.properties.modelStatus !== "planned" &&
        since &&
        day >= Date.parse(since) / DAY_MS &&
        random.next() < 0.4
      ) {
        day = random.integer(firstDay, lastDay);
      }
    } else {
      coordinates = [random.between(extent.west, extent.east), random.between(extent.south, extent.north)];
    }
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: coordinates.map((value) => Math.round(value * 1e6) / 1e6) },
      properties: {
        id: `SV-${String(index + 1).padStart(7, "0")}`,
        date: isoDate(day),
        category: INCIDENT_CATEGORIES[random.weightedIndex(CATEGORY_WEIGHTS)] ?? "other",
        unitCode: null,
        joinedBy: null,
      },
    });
  }
  return features;
}

function generateActivities(
  settings: Required<ProvinceOptions>,
  codes: readonly UnitCode[],
  random: Random,
): Layers["activities"]["features"] {
  return codes.flatMap((code) =>
    Array.from({ length: settings.years }, (_, offset) => ({
      type: "Feature" as const,
      geometry: null,
      properties: {
        unitCode: code,
        joinedBy: "code" as const,
        year: settings.firstYear + offset,
        outreachSessions: random.integer(2, 12),
        outreachAttendances: random.integer(100, 1500),
        commitments: random.integer(0, 8),
        gunsRecovered: random.integer(0, 10),
        reintegrationSupported: random.integer(0, 30),
      },
    })),
  );
}
