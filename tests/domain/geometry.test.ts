import type { MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import {
  buildUnitIndex,
  cleanRing,
  isCounterClockwise,
  isDegenerateRing,
  positionProblem,
  rewindGeometry,
  ringSignedArea,
} from "../../src/domain/geometry";

const square: Position[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const clockwise = [...square].reverse();

describe("ring helpers", () => {
  it("gives the signed area: positive counter-clockwise", () => {
    expect(ringSignedArea(square)).toBe(1);
    expect(ringSignedArea(clockwise)).toBe(-1);
    expect(isCounterClockwise(square)).toBe(true);
  });

  it("closes an open ring and drops repeated vertices", () => {
    const repair = cleanRing([
      [0, 0],
      [1, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ]);
    expect(repair).toEqual({ ring: square, closed: true, duplicatesRemoved: 1 });
  });

  it("calls rings without area degenerate", () => {
    expect(
      isDegenerateRing([
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBe(true);
    expect(
      isDegenerateRing([
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ]),
    ).toBe(true);
    expect(isDegenerateRing(square)).toBe(false);
  });

  it("rewinds to RFC 7946 and says whether it changed anything", () => {
    const hole: Position[] = [
      [0.2, 0.2],
      [0.4, 0.2],
      [0.4, 0.4],
      [0.2, 0.4],
      [0.2, 0.2],
    ];
    const polygon: Polygon = { type: "Polygon", coordinates: [clockwise, hole] };
    const { geometry, changed } = rewindGeometry(polygon);
    expect(changed).toBe(true);
    expect(isCounterClockwise(geometry.coordinates[0] ?? [])).toBe(true);
    expect(isCounterClockwise(geometry.coordinates[1] ?? [])).toBe(false);
    expect(rewindGeometry(geometry).changed).toBe(false);
    expect(polygon.coordinates[0]).toBe(clockwise);
  });

  it("checks coordinate ranges", () => {
    expect(positionProblem([103.6, 21.5])).toBeNull();
    expect(positionProblem([Number.NaN, 21.5])).toBe("not-finite");
    expect(positionProblem(["103.6", 21.5])).toBe("not-finite");
    expect(positionProblem([181, 0])).toBe("longitude-range");
    expect(positionProblem([0, -91])).toBe("latitude-range");
    expect(positionProblem([1])).toBe("not-a-position");
  });
});

describe("buildUnitIndex", () => {
  const donut: Polygon = {
    type: "Polygon",
    coordinates: [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
      [
        [1, 1],
        [1, 3],
        [3, 3],
        [3, 1],
        [1, 1],
      ],
    ],
  };
  const islands: MultiPolygon = {
    type: "MultiPolygon",
    coordinates: [
      [
        [
          [10, 0],
          [11, 0],
          [11, 1],
          [10, 1],
          [10, 0],
        ],
      ],
      [
        [
          [20, 0],
          [21, 0],
          [21, 1],
          [20, 1],
          [20, 0],
        ],
      ],
    ],
  };
  const index = buildUnitIndex([
    { key: "donut", geometry: donut },
    { key: "islands", geometry: islands },
  ]);

  it("finds the polygon containing a point, honouring holes and multipolygon parts", () => {
    expect(index.locate(0.5, 0.5)).toBe("donut");
    expect(index.locate(2, 2)).toBeNull();
    expect(index.locate(20.5, 0.5)).toBe("islands");
    expect(index.locate(15, 0.5)).toBeNull();
    expect(index.locate(Number.NaN, 0.5)).toBeNull();
  });

  it("locates 100 000 points quickly", () => {
    const start = performance.now();
    let found = 0;
    for (let point = 0; point < 100_000; point++) {
      if (index.locate((point % 2500) / 100, (point % 400) / 100) !== null) found++;
    }
    expect(found).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
