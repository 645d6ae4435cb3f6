// The camera that frames a box in a picture of a known size (print, slides), checked by where the
// box's corners land in the picture, with MapLibre's own projection as the reference.
import fc from "fast-check";
import { MercatorCoordinate } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { fitCamera, fromMercator, projectToPixels, toMercator, unionBounds } from "../../src/map/fit-camera";
import type { BoundingBox } from "../../src/map/map-state";

// Thuận Châu district's communes, as in geodata/units.geojson.
const DISTRICT: BoundingBox = [103.354916, 21.22165, 103.934604, 21.613938];

function corners(bounds: BoundingBox): [number, number][] {
  const [west, south, east, north] = bounds;
  return [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
  ];
}

describe("the Web Mercator projection", () => {
  it("agrees with MapLibre's", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -80, max: 80, noNaN: true }),
        (longitude, latitude) => {
          const reference = MercatorCoordinate.fromLngLat([longitude, latitude]);
          const [x, y] = toMercator(longitude, latitude);
          expect(x).toBeCloseTo(reference.x, 12);
          expect(y).toBeCloseTo(reference.y, 12);
          const [backLongitude, backLatitude] = fromMercator(x, y);
          expect(backLongitude).toBeCloseTo(longitude, 9);
          expect(backLatitude).toBeCloseTo(latitude, 9);
        },
      ),
    );
  });
});

describe("fitCamera", () => {
  it("frames the district in a wide picture: every corner inside the padding, the height filled", () => {
    const size = { width: 1600, height: 1000 };
    const camera = fitCamera(DISTRICT, size, { padding: 24 });
    const points = corners(DISTRICT).map(([longitude, latitude]) =>
      projectToPixels(camera, size, longitude, latitude),
    );
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    // the district (about 1.38 : 1) is narrower than the picture: it touches the top and bottom
    expect(Math.min(...ys)).toBeCloseTo(24, 6);
    expect(Math.max(...ys)).toBeCloseTo(976, 6);
    expect(Math.min(...xs)).toBeGreaterThan(24);
    expect(Math.max(...xs)).toBeLessThan(1576);
    // and centred across: equal margins left and right
    expect(Math.min(...xs)).toBeCloseTo(1600 - Math.max(...xs), 6);
    // the zoom MapLibre's projection gives for 952 pixels down the district's height
    const north = MercatorCoordinate.fromLngLat([DISTRICT[0], DISTRICT[3]]).y;
    const south = MercatorCoordinate.fromLngLat([DISTRICT[0], DISTRICT[1]]).y;
    expect(camera.zoom).toBeCloseTo(Math.log2(952 / ((south - north) * 512)), 9);
  });

  it("for any box and picture, keeps the box inside the padding and touches it on the tighter side", () => {
    const box = fc
      .record({
        west: fc.double({ min: 100, max: 110, noNaN: true }),
        south: fc.double({ min: 8, max: 23, noNaN: true }),
        width: fc.double({ min: 0.001, max: 3, noNaN: true }),
        height: fc.double({ min: 0.001, max: 3, noNaN: true }),
      })
      .map(({ west, south, width, height }): BoundingBox => [west, south, west + width, south + height]);
    fc.assert(
      fc.property(
        box,
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 0, max: 60 }),
        (bounds, width, height, padding) => {
          const size = { width, height };
          const camera = fitCamera(bounds, size, { padding });
          const points = corners(bounds).map(([longitude, latitude]) =>
            projectToPixels(camera, size, longitude, latitude),
          );
          const xs = points.map(([x]) => x);
          const ys = points.map(([, y]) => y);
          const epsilon = 1e-6;
          expect(Math.min(...xs)).toBeGreaterThanOrEqual(padding - epsilon);
          expect(Math.max(...xs)).toBeLessThanOrEqual(width - padding + epsilon);
          expect(Math.min(...ys)).toBeGreaterThanOrEqual(padding - epsilon);
          expect(Math.max(...ys)).toBeLessThanOrEqual(height - padding + epsilon);
          const touchesX = Math.abs(Math.min(...xs) - padding) < 1e-3;
          const touchesY = Math.abs(Math.min(...ys) - padding) < 1e-3;
          expect(touchesX || touchesY).toBe(true);
        },
      ),
    );
  });

  it("stops at maxZoom for a single point, centred on it", () => {
    const camera = fitCamera([103.6, 21.4, 103.6, 21.4], { width: 800, height: 580 }, { maxZoom: 14 });
    expect(camera.zoom).toBe(14);
    expect(camera.center[0]).toBeCloseTo(103.6, 9);
    expect(camera.center[1]).toBeCloseTo(21.4, 9);
  });
});

describe("unionBounds", () => {
  it("holds every box given and skips missing ones", () => {
    expect(unionBounds([1, 2, 3, 4], null, [0, 3, 2, 5], undefined)).toEqual([0, 2, 3, 5]);
    expect(unionBounds(null)).toBeNull();
  });
});
