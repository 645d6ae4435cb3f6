// Incidents in vector tiles without holding them all: below POINTS_ZOOM they are counted into
// cells (16 × 16 per tile) and drawn as clusters with `point_count` as MapLibre's clustered
// sources give them, so the app's cluster layers draw them unchanged; at POINTS_ZOOM every
// incident is a point of its own (MapLibre over-zooms those tiles for closer views). Cells are
// kept at the finest cluster zoom only and summed up for the coarser ones: their number grows
// with the area incidents cover, not with how many there are.
import type { GeoJSONVTFeaturePoint } from "@maplibre/geojson-vt";
import { monthCategoryCountKey, monthCountKey } from "../../domain/cluster-counts";

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
  /** Incidents per month and per month and category, by the property names the tiles give them. */
  counts: Map<string, number>;
}

const addCount = (counts: Map<string, number>, key: string, count: number) =>
  counts.set(key, (counts.get(key) ?? 0) + count);

const cellKey = (x: number, y: number, zoom: number) => x * 2 ** zoom + y;

/**
 * Incidents counted into cells: clusters for every zoom below POINTS_ZOOM. Each cell also counts
 * its incidents per month and per month and category, so a time window counts them right; the
 * memory grows with cells × months × categories, never with incidents.
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
    addCount(cell.counts, monthCountKey(month), 1);
    addCount(cell.counts, monthCategoryCountKey(month, category), 1);
  }

  get cellCount(): number {
    return this.finest.size;
  }

  /**
   * The cluster features of every tile at zoom z (z < POINTS_ZOOM), by tile key `x * 2^z + y`.
   * Each cluster sits at the mean position of its incidents.
   */
  clustersAt(z: number): Map<number, GeoJSONVTFeaturePoint[]> {
    const shift = this.cellZoom - (z + CELL_ZOOMS);
    const factor = 2 ** shift;
    const cellZoom = z + CELL_ZOOMS;
    const cells = new Map<number, Cell>();
    const side = 2 ** this.cellZoom;
    for (const [key, cell] of this.finest) {
      const x = Math.floor(Math.floor(key / side) / factor);
      const y = Math.floor((key % side) / factor);
      const coarseKey = cellKey(x, y, cellZoom);
      const coarse = cells.get(coarseKey);
      if (coarse) {
        coarse.count += cell.count;
        coarse.sumX += cell.sumX;
        coarse.sumY += cell.sumY;
        for (const [name, count] of cell.counts) addCount(coarse.counts, name, count);
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
          ...Object.fromEntries(cell.counts),
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
