import { describe, expect, it } from "vitest";
import {
  abbreviateCount,
  ClusterCells,
  inTile,
  POINTS_ZOOM,
  tileAt,
  worldPosition,
} from "../../../src/data/tiles/incident-tiles";

/** The slippy-map formula as OpenStreetMap's wiki gives it, written out independently. */
function referenceTile(longitude: number, latitude: number, z: number): [number, number] {
  const n = 2 ** z;
  const radians = (latitude * Math.PI) / 180;
  return [
    Math.floor(((longitude + 180) / 360) * n),
    Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n),
  ];
}

describe("tile coordinates", () => {
  it("finds the tile of a place at every zoom as the slippy-map formula does", () => {
    const places: [number, number][] = [
      [105.8542, 21.0285], // Hà Nội
      [103.691, 21.438], // Thuận Châu
      [106.7009, 10.7769], // TP. Hồ Chí Minh
      [-0.1276, 51.5072],
    ];
    for (const [longitude, latitude] of places)
      for (let z = 0; z <= 16; z++)
        expect(tileAt(worldPosition(longitude, latitude), z)).toEqual(referenceTile(longitude, latitude, z));
  });

  it("puts a tile's corners at 0 and 4096 of its own units, and clamps the world's edges", () => {
    expect(inTile([0.5, 0.5], 1, 1, 1)).toEqual([0, 0]);
    expect(inTile([0.5, 0.5], 1, 0, 0)).toEqual([4096, 4096]);
    expect(tileAt(worldPosition(180, -90), 3)).toEqual([7, 7]);
    expect(tileAt(worldPosition(-180, 90), 3)).toEqual([0, 0]);
  });

  it("abbreviates counts as MapLibre's clustered sources do", () => {
    expect([999, 1000, 1250, 9_949, 12_345, 250_000].map(abbreviateCount)).toEqual([
      "999",
      "1k",
      "1.3k",
      "9.9k",
      "12k",
      "250k",
    ]);
  });
});

describe("cluster cells", () => {
  it("loses no incident at any zoom: the clusters of every zoom add up to all of them", () => {
    const cells = new ClusterCells();
    let seed = 7;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    for (let index = 0; index < 5000; index++)
      cells.add(worldPosition(103 + random() * 3, 20 + random() * 3));
    for (let z = 0; z < POINTS_ZOOM; z++) {
      let total = 0;
      for (const features of cells.clustersAt(z).values())
        for (const feature of features) {
          total += feature.tags?.point_count as number;
          const [x, y] = feature.geometry[0] as [number, number];
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(4096);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(4096);
        }
      expect(total, `zoom ${z}`).toBe(5000);
    }
    // Zoom 0 has one tile; its clusters are at most 16 × 16 cells.
    expect(cells.clustersAt(0).size).toBe(1);
    expect([...cells.clustersAt(0).values()][0]?.length).toBeLessThanOrEqual(256);
  });

  it("keeps as many cells for four times the incidents over the same places", () => {
    const fill = (repeat: number) => {
      const cells = new ClusterCells();
      for (let round = 0; round < repeat; round++)
        for (let index = 0; index < 2000; index++)
          cells.add(worldPosition(103 + (index % 50) * 0.02, 21 + Math.floor(index / 50) * 0.02));
      return cells.cellCount;
    };
    expect(fill(4)).toBe(fill(1));
  });
});
