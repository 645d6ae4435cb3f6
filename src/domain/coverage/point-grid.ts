// The nearest point of one group (the hamlets of one unit) by great-circle distance, fast. Points
// are stored group by group in a plane projected at one reference latitude: a group of a few
// dozen is scanned straight through (faster than any grid at that size), a larger one searched
// on its own bucket grid. The plane distorts east–west distances by at most `tolerance`, so
// whenever a rival comes within that margin of the best, the great-circle distance decides:
// the answer is the same as a scan with haversine. Plain arrays: the index is cloneable.

import { maxOf, minOf } from "../arrays";
import { distanceKm, latitudeCosine, localProjection } from "./distance";

export interface PointGrid {
  west: number;
  south: number;
  cellSize: number;
  columns: number;
  rows: number;
  /** Offsets into items per cell (cells + 1 entries). */
  cellStart: Int32Array;
  /** Positions in the grouped arrays, ascending inside each cell. */
  items: Int32Array;
}

export interface GroupedPoints {
  /** Offsets per group into the grouped arrays (groups + 1 entries). */
  groupStart: Int32Array;
  /** Original point index at each grouped position; ascending inside a group. */
  original: Int32Array;
  /** Projected kilometres. */
  xs: Float64Array;
  ys: Float64Array;
  longitudes: Float64Array;
  latitudes: Float64Array;
  cosines: Float64Array;
  kilometresPerDegreeEast: number;
  kilometresPerDegreeNorth: number;
  /** Relative margin within which the plane may order two distances wrongly. */
  tolerance: number;
  /** A grid for each group too large to scan; null for the others. */
  grids: (PointGrid | null)[];
}

/** Above this many points a group gets a grid. */
export const SCAN_LIMIT = 48;
/** Roughly this many points per grid cell. */
const POINTS_PER_CELL = 2;
/** What the plane's mean-cosine distance may differ from haversine by, at district distances. */
const CURVATURE_MARGIN = 1e-4;

function buildGrid(xs: Float64Array, ys: Float64Array, first: number, end: number): PointGrid {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let at = first; at < end; at++) {
    west = Math.min(west, xs[at] as number);
    east = Math.max(east, xs[at] as number);
    south = Math.min(south, ys[at] as number);
    north = Math.max(north, ys[at] as number);
  }
  const spanX = Math.max(east - west, 1e-6);
  const spanY = Math.max(north - south, 1e-6);
  const cellSize = Math.sqrt((spanX * spanY * POINTS_PER_CELL) / (end - first));
  const columns = Math.floor(spanX / cellSize) + 1;
  const rows = Math.floor(spanY / cellSize) + 1;
  const cells = new Int32Array(end - first);
  const cellStart = new Int32Array(columns * rows + 1);
  for (let at = first; at < end; at++) {
    const cell =
      Math.floor(((ys[at] as number) - south) / cellSize) * columns +
      Math.floor(((xs[at] as number) - west) / cellSize);
    cells[at - first] = cell;
    cellStart[cell + 1] = (cellStart[cell + 1] as number) + 1;
  }
  for (let cell = 0; cell < columns * rows; cell++) {
    cellStart[cell + 1] = (cellStart[cell + 1] as number) + (cellStart[cell] as number);
  }
  const filled = cellStart.slice(0, columns * rows);
  const items = new Int32Array(end - first);
  for (let at = first; at < end; at++) {
    const cell = cells[at - first] as number;
    items[filled[cell] as number] = at;
    filled[cell] = (filled[cell] as number) + 1;
  }
  return { west, south, cellSize, columns, rows, cellStart, items };
}

/** The largest ratio between east–west scales anywhere in a band of latitudes. */
function scaleTolerance(southernmost: number, northernmost: number, reference: number): number {
  const cosines = [southernmost, northernmost, reference].map(latitudeCosine);
  // The cosine peaks at the equator, inside the band when it straddles it.
  if (southernmost < 0 && northernmost > 0) cosines.push(1);
  return maxOf(cosines, 1) / Math.max(1e-9, minOf(cosines, 1)) - 1 + CURVATURE_MARGIN;
}

/**
 * Groups are 0 … groupCount − 1; points in group −1 (or any other) are left out. Queries must lie
 * between the latitudes of `queryLatitudes` (the units' extent), or within the points' own.
 */
export function buildGroupedPoints(
  longitudes: ArrayLike<number>,
  latitudes: ArrayLike<number>,
  group: Int32Array,
  groupCount: number,
  queryLatitudes: readonly [number, number] | null = null,
): GroupedPoints {
  let southernmost = queryLatitudes?.[0] ?? Infinity;
  let northernmost = queryLatitudes?.[1] ?? -Infinity;
  for (let index = 0; index < latitudes.length; index++) {
    southernmost = Math.min(southernmost, latitudes[index] as number);
    northernmost = Math.max(northernmost, latitudes[index] as number);
  }
  const reference = Number.isFinite(southernmost) ? (southernmost + northernmost) / 2 : 0;
  const projection = localProjection(reference);
  const groupStart = new Int32Array(groupCount + 1);
  for (const member of group)
    if (member >= 0 && member < groupCount) groupStart[member + 1] = (groupStart[member + 1] as number) + 1;
  for (let slot = 0; slot < groupCount; slot++)
    groupStart[slot + 1] = (groupStart[slot + 1] as number) + (groupStart[slot] as number);
  const total = groupStart[groupCount] as number;
  const points: GroupedPoints = {
    groupStart,
    original: new Int32Array(total),
    xs: new Float64Array(total),
    ys: new Float64Array(total),
    longitudes: new Float64Array(total),
    latitudes: new Float64Array(total),
    cosines: new Float64Array(total),
    ...projection,
    tolerance: Number.isFinite(southernmost) ? scaleTolerance(southernmost, northernmost, reference) : 0,
    grids: [],
  };
  const filled = groupStart.slice(0, groupCount);
  group.forEach((member, index) => {
    if (member < 0 || member >= groupCount) return;
    const at = filled[member] as number;
    filled[member] = at + 1;
    const longitude = longitudes[index] as number;
    const latitude = latitudes[index] as number;
    points.original[at] = index;
    points.longitudes[at] = longitude;
    points.latitudes[at] = latitude;
    points.cosines[at] = latitudeCosine(latitude);
    points.xs[at] = longitude * projection.kilometresPerDegreeEast;
    points.ys[at] = latitude * projection.kilometresPerDegreeNorth;
  });
  for (let slot = 0; slot < groupCount; slot++) {
    const first = groupStart[slot] as number;
    const end = groupStart[slot + 1] as number;
    points.grids.push(end - first > SCAN_LIMIT ? buildGrid(points.xs, points.ys, first, end) : null);
  }
  return points;
}

// The search's running best and runner-up, kept outside the functions so that the hot loop
// allocates nothing (the tsx loader even wraps every closure to keep its name, at a cost).
let best = -1;
let bestSquared = Infinity;
let runnerUpSquared = Infinity;

function consider(points: GroupedPoints, at: number, x: number, y: number) {
  const dx = (points.xs[at] as number) - x;
  const dy = (points.ys[at] as number) - y;
  const squared = dx * dx + dy * dy;
  if (squared < bestSquared) {
    runnerUpSquared = bestSquared;
    best = at;
    bestSquared = squared;
  } else if (squared < runnerUpSquared) runnerUpSquared = squared;
}

function scanCell(points: GroupedPoints, grid: PointGrid, x: number, y: number, column: number, row: number) {
  if (column < 0 || column >= grid.columns || row < 0 || row >= grid.rows) return;
  const cell = row * grid.columns + column;
  const end = grid.cellStart[cell + 1] as number;
  for (let item = grid.cellStart[cell] as number; item < end; item++)
    consider(points, grid.items[item] as number, x, y);
}

function searchGrid(points: GroupedPoints, grid: PointGrid, x: number, y: number) {
  const column = Math.floor((x - grid.west) / grid.cellSize);
  const row = Math.floor((y - grid.south) / grid.cellSize);
  const maxRing = Math.max(column, grid.columns - 1 - column, row, grid.rows - 1 - row);
  const margin = (1 + points.tolerance) ** 2;
  for (let ring = 0; ring <= maxRing; ring++) {
    for (let offset = -ring; offset <= ring; offset++) {
      scanCell(points, grid, x, y, column + offset, row - ring);
      if (ring > 0) scanCell(points, grid, x, y, column + offset, row + ring);
    }
    for (let offset = -ring + 1; offset <= ring - 1; offset++) {
      scanCell(points, grid, x, y, column - ring, row + offset);
      scanCell(points, grid, x, y, column + ring, row + offset);
    }
    // Every cell of the next ring lies at least `ring` whole cells away: stop once nothing
    // there could even come within the margin of the best.
    const reach = ring * grid.cellSize;
    if (best !== -1 && bestSquared * margin < reach * reach) return;
  }
}

/** Among the group's points within the margin of the best, the nearest by great circle. */
function refine(
  points: GroupedPoints,
  wanted: number,
  x: number,
  y: number,
  longitude: number,
  latitude: number,
) {
  const limit = bestSquared * (1 + points.tolerance) ** 2;
  const cosine = latitudeCosine(latitude);
  let nearest = -1;
  let nearestKm = Infinity;
  const end = points.groupStart[wanted + 1] as number;
  for (let at = points.groupStart[wanted] as number; at < end; at++) {
    const dx = (points.xs[at] as number) - x;
    const dy = (points.ys[at] as number) - y;
    if (dx * dx + dy * dy > limit) continue;
    const km = distanceKm(
      longitude,
      latitude,
      cosine,
      points.longitudes[at] as number,
      points.latitudes[at] as number,
      points.cosines[at] as number,
    );
    if (km < nearestKm) {
      nearest = at;
      nearestKm = km;
    }
  }
  return nearest;
}

/**
 * Original index of the group's point nearest to the given position by great-circle distance,
 * or −1 when the group is empty. Ties go to the lower index.
 */
export function nearestInGroup(
  points: GroupedPoints,
  wanted: number,
  longitude: number,
  latitude: number,
): number {
  if (wanted < 0 || wanted >= points.grids.length) return -1;
  const x = longitude * points.kilometresPerDegreeEast;
  const y = latitude * points.kilometresPerDegreeNorth;
  const margin = (1 + points.tolerance) ** 2;
  const grid = points.grids[wanted];
  if (grid) {
    best = -1;
    bestSquared = Infinity;
    runnerUpSquared = Infinity;
    searchGrid(points, grid, x, y);
    // The grid search does not track every rival, so the great circle always has the last word.
    return best === -1 ? -1 : (points.original[refine(points, wanted, x, y, longitude, latitude)] as number);
  }
  // The common case, in local variables: a straight scan of the group's few points.
  let nearest = -1;
  let nearestSquared = Infinity;
  let runnerUp = Infinity;
  const end = points.groupStart[wanted + 1] as number;
  for (let at = points.groupStart[wanted] as number; at < end; at++) {
    const dx = (points.xs[at] as number) - x;
    const dy = (points.ys[at] as number) - y;
    const squared = dx * dx + dy * dy;
    if (squared < nearestSquared) {
      runnerUp = nearestSquared;
      nearest = at;
      nearestSquared = squared;
    } else if (squared < runnerUp) runnerUp = squared;
  }
  if (nearest === -1) return -1;
  if (runnerUp > nearestSquared * margin) return points.original[nearest] as number;
  bestSquared = nearestSquared;
  return points.original[refine(points, wanted, x, y, longitude, latitude)] as number;
}
