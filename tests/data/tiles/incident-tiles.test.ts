import { describe, expect, it } from "vitest";
import {
  abbreviateCount,
  ClusterCells,
  inTile,
  POINTS_ZOOM,
  tileAt,
  worldPosition,
} from "../../../src/data/tiles/incident-tiles";
import { monthCategoryCountKey, monthCountKey } from "../../../src/domain/cluster-counts";

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

  it("keeps a place inside its tile's own units (0 to 4095), and clamps the world's edges", () => {
    expect(inTile([0.5, 0.5], 1, 1, 1)).toEqual([0, 0]);
    // The far corner belongs to the next tiles; a cluster rounded onto it would have no label.
    expect(inTile([0.5, 0.5], 1, 0, 0)).toEqual([4095, 4095]);
    expect(inTile([0.4999999, 0.25], 1, 0, 0)).toEqual([4095, 2048]);
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
    const categories = ["theft", "drugs", "fire"];
    // Incidents of 24 months and three categories; what each month and category should add up to.
    const expected = new Map<string, number>();
    for (let index = 0; index < 5000; index++) {
      const month = 2020 * 12 + (index % 24);
      const category = categories[index % 3] as string;
      cells.add(worldPosition(103 + random() * 3, 20 + random() * 3), month, category);
      for (const key of [monthCountKey(month), monthCategoryCountKey(month, category)])
        expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    for (let z = 0; z < POINTS_ZOOM; z++) {
      let total = 0;
      const byKey = new Map<string, number>();
      for (const features of cells.clustersAt(z).values())
        for (const feature of features) {
          total += feature.tags?.point_count as number;
          let ofCluster = 0;
          for (const [key, value] of Object.entries(feature.tags ?? {})) {
            if (!/^m\d+(-|$)/u.test(key)) continue;
            byKey.set(key, (byKey.get(key) ?? 0) + (value as number));
            if (!key.includes("-")) ofCluster += value as number;
          }
          // A cluster's months add up to its count.
          expect(ofCluster).toBe(feature.tags?.point_count);
          const [x, y] = feature.geometry[0] as [number, number];
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(4096);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThan(4096);
        }
      expect(total, `zoom ${z}`).toBe(5000);
      expect(byKey, `zoom ${z}`).toEqual(expected);
    }
    // One coarser tile's cells at a time (as the builder writes partitions) give the same tiles.
    for (const z of [9, 10, 11]) {
      const whole = cells.clustersAt(z);
      const pieced = new Map<number, unknown>();
      for (const [partition, keys] of cells.keysByTile(9)) {
        for (const [tile, features] of cells.clustersAt(z, keys)) pieced.set(tile, features);
        // Each group holds the cells of its own tile: its clusters at zoom 9 are that tile's.
        expect([...cells.clustersAt(9, keys).keys()]).toEqual([partition]);
      }
      expect(pieced, `zoom ${z}`).toEqual(whole);
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
          cells.add(
            worldPosition(103 + (index % 50) * 0.02, 21 + Math.floor(index / 50) * 0.02),
            2021 * 12 + (index % 12),
            "theft",
          );
      return cells.cellCount;
    };
    expect(fill(4)).toBe(fill(1));
  });
});
