// Incidents in vector tiles without holding them all: below POINTS_ZOOM they are counted into
// cells (16 × 16 per tile) and drawn as clusters with `point_count` as MapLibre's clustered
// sources give them, so the app's cluster layers draw them unchanged; at POINTS_ZOOM every
// incident is a point of its own (MapLibre over-zooms those tiles for closer views). Cells are
// kept at the finest cluster zoom only and summed up for the coarser ones: their number grows
// with the area incidents cover, not with how many there are.
import type { GeoJSONVTFeaturePoint } from "@maplibre/geojson-vt";
import { monthCategoryCountKey, monthCountKey } from "../../domain/cluster-counts";
import { INCIDENT_CATEGORIES } from "../../domain/types";

/** The zoom whose tiles hold every incident as a point; tiles below it hold clusters. */
export const POINTS_ZOOM = 12;
/** Cells across a tile for clusters: 2⁴, so a tile's cells are the tiles 4 zooms down (32 px of a 512 px tile, near the 48 px radius of the app's clustered source). */
const CELL_ZOOMS = 4;
export const TILE_EXTENT = 4096;

/** Web Mercator position in 0..1 of the world (x east, y south). */
export function worldPosition(longitude: number, latitude: number): [number, number] {
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, latitude));
  const sine = Math.sin((clamped * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI);
  return [(longitude + 180) / 360, y];
}

/** The tile at zoom `z` holding a world position; the last tile for the world's far edges. */
export function tileAt(world: readonly [number, number], z: number): [x: number, y: number] {
  const n = 2 ** z;
  const clamp = (value: number) => Math.max(0, Math.min(n - 1, Math.floor(value * n)));
  return [clamp(world[0]), clamp(world[1])];
}

/**
 * A world position in the tile's own units, 0..extent − 1: MapLibre lays out no symbol whose
 * anchor is outside [0, extent), so a cluster rounded onto its tile's far edge had a circle and no
 * count (seen on the sample: one incident short in a window's total).
 */
export function inTile(world: readonly [number, number], z: number, x: number, y: number): [number, number] {
  const n = 2 ** z;
  const inside = (value: number) => Math.min(TILE_EXTENT - 1, Math.max(0, Math.round(value * TILE_EXTENT)));
  return [inside(world[0] * n - x), inside(world[1] * n - y)];
}

/** How MapLibre's clustered sources abbreviate a count: 950, 1.2k, 12k. */
export function abbreviateCount(count: number): string {
  if (count >= 10_000) return `${Math.round(count / 1000)}k`;
  if (count >= 1000) return `${Math.round(count / 100) / 10}k`;
  return String(count);
}

interface Cell {
  count: number;
  sumX: number;
  sumY: number;
  /** Incidents per month (`month × 16`) and per month and category (`month × 16 + 1 + index`). */
  counts: Map<number, number>;
}

// Numbers, not the tiles' property names: a million incidents made a string each, and the
// nation's build ran out of its heap. The names are given when a tile is written.
const ALL_CATEGORIES = 0;
const categoryCodes = new Map<string, number>(
  INCIDENT_CATEGORIES.map((category, index) => [category, index + 1]),
);
const countCode = (month: number, category: number) => month * 16 + category;

const addCount = (counts: Map<number, number>, code: number, count: number) =>
  counts.set(code, (counts.get(code) ?? 0) + count);

function countTags(counts: Map<number, number>): Record<string, number> {
  const tags: Record<string, number> = {};
  for (const [code, count] of counts) {
    const month = Math.floor(code / 16);
    const category = INCIDENT_CATEGORIES[(code % 16) - 1];
    tags[category === undefined ? monthCountKey(month) : monthCategoryCountKey(month, category)] = count;
  }
  return tags;
}

const cellKey = (x: number, y: number, zoom: number) => x * 2 ** zoom + y;

/**
 * Incidents counted into cells: clusters for every zoom below POINTS_ZOOM. Each cell also counts
 * its incidents per month and per month and category, so a time window counts them right. Only
 * the finest cells are kept; a zoom's clusters are summed from them when its tiles are written
 * (all of a zoom, or those of one tile of a coarser zoom), so the memory grows with cells × months
 * × categories, never with incidents.
 */
export class ClusterCells {
  private readonly finest = new Map<number, Cell>();
  readonly cellZoom = POINTS_ZOOM - 1 + CELL_ZOOMS;

  add(world: readonly [number, number], month: number, category: string): void {
    const [x, y] = tileAt(world, this.cellZoom);
    const key = cellKey(x, y, this.cellZoom);
    let cell = this.finest.get(key);
    if (cell) {
      cell.count += 1;
      cell.sumX += world[0];
      cell.sumY += world[1];
    } else {
      cell = { count: 1, sumX: world[0], sumY: world[1], counts: new Map() };
      this.finest.set(key, cell);
    }
    addCount(cell.counts, countCode(month, ALL_CATEGORIES), 1);
    const categoryCode = categoryCodes.get(category);
    if (categoryCode !== undefined) addCount(cell.counts, countCode(month, categoryCode), 1);
  }

  get cellCount(): number {
    return this.finest.size;
  }

  /** The finest cells' keys by the tile of zoom `z` they lie in, to sum one tile's clusters at a time. */
  keysByTile(z: number): Map<number, number[]> {
    const factor = 2 ** (this.cellZoom - z);
    const side = 2 ** this.cellZoom;
    const byTile = new Map<number, number[]>();
    for (const key of this.finest.keys()) {
      const tileKey = cellKey(
        Math.floor(Math.floor(key / side) / factor),
        Math.floor((key % side) / factor),
        z,
      );
      const list = byTile.get(tileKey);
      if (list) list.push(key);
      else byTile.set(tileKey, [key]);
    }
    return byTile;
  }

  /**
   * The cluster features of the tiles at zoom z (z < POINTS_ZOOM), by tile key `x * 2^z + y`,
   * from all the finest cells or those keys given. Each cluster sits at the mean position of its
   * incidents.
   */
  clustersAt(z: number, keys: Iterable<number> = this.finest.keys()): Map<number, GeoJSONVTFeaturePoint[]> {
    const shift = this.cellZoom - (z + CELL_ZOOMS);
    const factor = 2 ** shift;
    const cellZoom = z + CELL_ZOOMS;
    const cells = new Map<number, Cell>();
    const side = 2 ** this.cellZoom;
    for (const key of keys) {
      const cell = this.finest.get(key);
      if (!cell) continue;
      const x = Math.floor(Math.floor(key / side) / factor);
      const y = Math.floor((key % side) / factor);
      const coarseKey = cellKey(x, y, cellZoom);
      const coarse = cells.get(coarseKey);
      if (coarse) {
        coarse.count += cell.count;
        coarse.sumX += cell.sumX;
        coarse.sumY += cell.sumY;
        for (const [code, count] of cell.counts) addCount(coarse.counts, code, count);
      } else cells.set(coarseKey, { ...cell, counts: new Map(cell.counts) });
    }
    const tiles = new Map<number, GeoJSONVTFeaturePoint[]>();
    const cellSide = 2 ** cellZoom;
    for (const [key, cell] of cells) {
      const tileX = Math.floor(Math.floor(key / cellSide) / 2 ** CELL_ZOOMS);
      const tileY = Math.floor((key % cellSide) / 2 ** CELL_ZOOMS);
      const world: [number, number] = [cell.sumX / cell.count, cell.sumY / cell.count];
      const feature: GeoJSONVTFeaturePoint = {
        type: 1,
        geometry: [inTile(world, z, tileX, tileY)],
        tags: {
          cluster: true,
          point_count: cell.count,
          point_count_abbreviated: abbreviateCount(cell.count),
          ...countTags(cell.counts),
        },
      };
      const tileKey = cellKey(tileX, tileY, z);
      const list = tiles.get(tileKey);
      if (list) list.push(feature);
      else tiles.set(tileKey, [feature]);
    }
    return tiles;
  }
}

/** What a point tile keeps of an incident: enough to draw, filter by month and category, and pick. */
export interface TiledIncident {
  longitude: number;
  latitude: number;
  id: string;
  date: string;
  /** year × 12 + month − 1, as the app's time filters compare it. */
  month: number;
  category: string;
  unitCode: string | null;
}

export function incidentPoint(incident: TiledIncident, x: number, y: number): GeoJSONVTFeaturePoint {
  const world = worldPosition(incident.longitude, incident.latitude);
  return {
    type: 1,
    geometry: [inTile(world, POINTS_ZOOM, x, y)],
    tags: {
      id: incident.id,
      date: incident.date,
      month: incident.month,
      category: incident.category,
      ...(incident.unitCode ? { unitCode: incident.unitCode } : {}),
    },
  };
}
