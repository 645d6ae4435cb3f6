// The fast structures behind the coverage index must give exactly the answers of the plain ways
// they replace: the join's polygon test, a scan of all points, a filter over all incidents.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import {
  dayFromParts,
  dayNumber,
  isoDateFromDay,
  isValidIsoDate,
  yearsBetween,
} from "../../../src/domain/coverage/calendar";
import { distanceKm, latitudeCosine } from "../../../src/domain/coverage/distance";
import {
  buildIncidentTable,
  CATEGORY_COUNT,
  countWindow,
  firstPositionFrom,
} from "../../../src/domain/coverage/incident-table";
import { buildGroupedPoints, nearestInGroup, SCAN_LIMIT } from "../../../src/domain/coverage/point-grid";
import { buildPolygonGrid, locateInGrid } from "../../../src/domain/coverage/polygon-grid";
import { buildUnitIndex } from "../../../src/domain/geometry";

const unitsFile = fileURLToPath(new URL("../../../geodata/units.geojson", import.meta.url));

describe("the polygon grid", async () => {
  const collection = JSON.parse(await readFile(unitsFile, "utf8")) as {
    features: { geometry: Polygon | MultiPolygon }[];
  };
  const entries = collection.features.map((feature, key) => ({ key, geometry: feature.geometry }));
  const grid = buildPolygonGrid(entries);
  const plain = buildUnitIndex(entries);
  const vertices = entries.flatMap(({ geometry }) =>
    (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates).flat(2),
  );

  it("agrees with the join's polygon test at random points of the district and around it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 103.3, max: 104.05, noNaN: true }),
        fc.double({ min: 21.15, max: 21.7, noNaN: true }),
        (longitude, latitude) => {
          expect(locateInGrid(grid, longitude, latitude)).toBe(plain.locate(longitude, latitude) ?? -1);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("agrees on the boundaries themselves: vertices and points along shared edges", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: vertices.length - 2 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (at, t) => {
          const [x1 = 0, y1 = 0] = vertices[at] ?? [];
          const [x2 = 0, y2 = 0] = vertices[at + 1] ?? [];
          const longitude = x1 + (x2 - x1) * t;
          const latitude = y1 + (y2 - y1) * t;
          expect(locateInGrid(grid, longitude, latitude)).toBe(plain.locate(longitude, latitude) ?? -1);
        },
      ),
      { numRuns: 5_000 },
    );
    for (const [longitude = 0, latitude = 0] of vertices) {
      expect(locateInGrid(grid, longitude, latitude)).toBe(plain.locate(longitude, latitude) ?? -1);
    }
  });

  it("answers −1 without any unit", () => {
    expect(locateInGrid(buildPolygonGrid([]), 104, 21)).toBe(-1);
  });
});

describe("the nearest point of a group", () => {
  const cloud = fc.array(
    fc.record({
      longitude: fc.double({ min: 103, max: 104, noNaN: true }),
      latitude: fc.double({ min: 20.5, max: 22.5, noNaN: true }),
      group: fc.integer({ min: -1, max: 2 }),
    }),
    { minLength: 0, maxLength: 3 * SCAN_LIMIT + 30 },
  );
  const longitude = fc.double({ min: 102.9, max: 104.1, noNaN: true });
  const latitude = fc.double({ min: 20.4, max: 22.6, noNaN: true });

  /** The plain answer: haversine to every point of the group, the first of equals kept. */
  function scan(
    points: { longitude: number; latitude: number; group: number }[],
    wanted: number,
    x: number,
    y: number,
  ) {
    let expected = -1;
    let expectedKm = Infinity;
    points.forEach((point, index) => {
      const km = distanceKm(
        x,
        y,
        latitudeCosine(y),
        point.longitude,
        point.latitude,
        latitudeCosine(point.latitude),
      );
      if (point.group === wanted && km < expectedKm) {
        expected = index;
        expectedKm = km;
      }
    });
    return expected;
  }

  it("matches a haversine scan of every point, on the grid of a large group as in a small one", () => {
    fc.assert(
      fc.property(cloud, fc.integer({ min: 0, max: 2 }), longitude, latitude, (points, wanted, x, y) => {
        const grouped = buildGroupedPoints(
          Float64Array.from(points, (point) => point.longitude),
          Float64Array.from(points, (point) => point.latitude),
          Int32Array.from(points, (point) => point.group),
          3,
          [20.4, 22.6],
        );
        expect(nearestInGroup(grouped, wanted, x, y)).toBe(scan(points, wanted, x, y));
      }),
      { numRuns: 500 },
    );
  });

  it("lets the great circle decide where the plane gets the order wrong", () => {
    // The plane is projected at 21.5° N, the middle of the points. On it the south-western point
    // is nearer (0.299° against 0.3° of longitude, the same 0.9° of latitude); but a degree of
    // longitude is longer further south, so on the globe the north-eastern one is nearer.
    const query = { longitude: 103.5, latitude: 21.5 };
    const points = [
      { longitude: 103.5 - 0.299, latitude: 20.6, group: 0 },
      { longitude: 103.5 + 0.3, latitude: 22.4, group: 0 },
    ];
    const grouped = buildGroupedPoints(
      Float64Array.from(points, (point) => point.longitude),
      Float64Array.from(points, (point) => point.latitude),
      Int32Array.from(points, (point) => point.group),
      1,
    );
    expect(scan(points, 0, query.longitude, query.latitude)).toBe(1);
    expect(nearestInGroup(grouped, 0, query.longitude, query.latitude)).toBe(1);
  });

  it("builds a grid only for groups above the scan limit", () => {
    const count = SCAN_LIMIT + 1;
    const grouped = buildGroupedPoints(
      Float64Array.from({ length: count }, (_, index) => 103 + index / 100),
      Float64Array.from({ length: count }, () => 21),
      Int32Array.from({ length: count }, (_, index) => (index < SCAN_LIMIT ? 1 : 0)),
      2,
    );
    expect(grouped.grids.map((grid) => grid !== null)).toEqual([false, false]);
    const large = buildGroupedPoints(
      new Float64Array(count),
      new Float64Array(count),
      new Int32Array(count),
      1,
    );
    expect(large.grids[0]).not.toBeNull();
  });
});

describe("the incident table", () => {
  const incidents = fc.array(
    fc.record({
      day: fc.integer({ min: dayFromParts(2019, 1, 1), max: dayFromParts(2020, 12, 31) }),
      unit: fc.integer({ min: -1, max: 2 }),
      hamlet: fc.integer({ min: -1, max: 4 }),
      category: fc.integer({ min: 0, max: CATEGORY_COUNT - 1 }),
    }),
    { maxLength: 300 },
  );
  const day = fc.integer({ min: dayFromParts(2018, 12, 1), max: dayFromParts(2021, 1, 31) });

  it("counts any window exactly as a filter over every incident", () => {
    fc.assert(
      fc.property(incidents, day, day, (rows, first, second) => {
        const [fromDay, toDay] = first <= second ? [first, second] : [second, first];
        const table = buildIncidentTable(
          {
            day: Int32Array.from(rows, (row) => row.day),
            unit: Int32Array.from(rows, (row) => row.unit),
            hamlet: Int32Array.from(rows, (row) => row.hamlet),
            category: Uint8Array.from(rows, (row) => row.category),
          },
          (value) => {
            const [year = 0, month = 0] = isoDateFromDay(value).split("-").map(Number);
            return year * 12 + month - 1;
          },
          3,
          5,
        );
        const counts = countWindow(
          table,
          firstPositionFrom(table, fromDay),
          firstPositionFrom(table, toDay + 1),
        );
        const inside = rows.filter((row) => row.day >= fromDay && row.day <= toDay);
        for (let hamlet = 0; hamlet < 5; hamlet++) {
          expect(counts.hamlet[hamlet]).toBe(inside.filter((row) => row.hamlet === hamlet).length);
        }
        for (let unit = 0; unit < 3; unit++) {
          for (let category = 0; category < CATEGORY_COUNT; category++) {
            expect(counts.unitCategory[unit * CATEGORY_COUNT + category]).toBe(
              inside.filter((row) => row.unit === unit && row.category === category).length,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("calendar days", () => {
  it("agrees with Date for every day from 1900 to 2100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 }),
        (day) => {
          const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
          expect(dayNumber(iso)).toBe(day);
          expect(isoDateFromDay(day)).toBe(iso);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("tells real dates from impossible ones", () => {
    expect(isValidIsoDate("2020-02-29")).toBe(true);
    expect(isValidIsoDate("2021-02-29")).toBe(false);
    expect(isValidIsoDate("2021-13-01")).toBe(false);
    expect(isValidIsoDate("21-01-01")).toBe(false);
  });

  it("measures windows in calendar years", () => {
    expect(yearsBetween(dayFromParts(2019, 1, 1), dayFromParts(2022, 12, 31))).toBe(4);
    expect(yearsBetween(dayFromParts(2020, 1, 1), dayFromParts(2020, 12, 31))).toBe(1);
    expect(yearsBetween(dayFromParts(2020, 1, 1), dayFromParts(2020, 1, 1))).toBe(1 / 366);
  });
});
