// "Which demand points lie within R km of this candidate?", answered once per candidate before
// the greedy starts. A grid of cells at least R wide means only the 3 × 3 cells around a
// candidate can hold such points; the exact great-circle test then decides.
import { EARTH_RADIUS_KM, haversineTerm, haversineTermOfKm, preparePoint } from "./distance";

interface Located {
  longitude: number;
  latitude: number;
}

/** Compressed rows: the neighbours of candidate c are indices[offsets[c] … offsets[c + 1]), ascending. */
export interface NeighbourLists {
  offsets: Int32Array;
  indices: Int32Array;
}

/**
 * Cell sizes in degrees such that two points within R km never lie more than one cell apart.
 * A degree of latitude spans the same on the sphere everywhere; a degree of longitude shrinks
 * towards the poles, so its cell is sized at the highest latitude present. (Data that straddle
 * the 180th meridian are not expected in a Vietnamese province and are not handled.)
 */
function cellSizes(radiusKm: number, maxAbsoluteLatitude: number): { width: number; height: number } {
  const angle = radiusKm / EARTH_RADIUS_KM;
  const height = (angle * 180) / Math.PI;
  const cosine = Math.cos((maxAbsoluteLatitude * Math.PI) / 180);
  const sine = Math.sin(angle / 2) / Math.max(cosine, 1e-9);
  const width = sine >= 1 ? 360 : (2 * Math.asin(sine) * 180) / Math.PI;
  // A hair of slack so that a pair exactly R apart cannot fall two cells apart by rounding.
  const slack = 1 + 1e-9;
  return { width: width * slack, height: height * slack };
}

/** An Int32Array that grows by doubling, so lists of unknown length need no boxed numbers. */
function growable() {
  let buffer = new Int32Array(1024);
  let length = 0;
  return {
    push(value: number) {
      if (length === buffer.length) {
        const larger = new Int32Array(buffer.length * 2);
        larger.set(buffer);
        buffer = larger;
      }
      buffer[length++] = value;
    },
    size: () => length,
    /**
     * Ascending order within a row makes gains sum in the same order however the lists were
     * built. Rows hold a few dozen entries, where insertion sort beats allocating a subarray.
     */
    sortFrom(start: number) {
      for (let at = start + 1; at < length; at++) {
        const value = buffer[at] as number;
        let to = at - 1;
        while (to >= start && (buffer[to] as number) > value) {
          buffer[to + 1] = buffer[to] as number;
          to--;
        }
        buffer[to + 1] = value;
      }
    },
    finish: () => buffer.slice(0, length),
  };
}

/**
 * Demand points bucketed in a dense grid of cells at least R wide. When the extent is large
 * against R (far-flung points), the cells are widened to keep the grid small: a wider cell
 * still holds every pair within R to adjacent cells, it only costs more distance tests.
 */
function buildGrid(points: readonly Located[], extent: Located[], radiusKm: number) {
  // A zero or unknown radius would make cells of no width: infinitely many of them.
  if (!(Number.isFinite(radiusKm) && radiusKm > 0)) {
    throw new RangeError(`radiusKm must be above 0, got ${radiusKm}`);
  }
  let maxAbsoluteLatitude = 0;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { longitude, latitude } of extent) {
    maxAbsoluteLatitude = Math.max(maxAbsoluteLatitude, Math.abs(latitude));
    west = Math.min(west, longitude);
    south = Math.min(south, latitude);
    east = Math.max(east, longitude);
    north = Math.max(north, latitude);
  }
  const size = cellSizes(radiusKm, maxAbsoluteLatitude);
  const maxCells = 4 * extent.length + 1024;
  const spanCells = ((east - west) / size.width + 1) * ((north - south) / size.height + 1);
  const widen = spanCells > maxCells ? Math.sqrt(spanCells / maxCells) : 1;
  const width = size.width * widen;
  const height = size.height * widen;
  const columns = Math.floor((east - west) / width) + 1;
  const rows = Math.floor((north - south) / height) + 1;
  const column = (longitude: number) => Math.min(columns - 1, Math.floor((longitude - west) / width));
  const row = (latitude: number) => Math.min(rows - 1, Math.floor((latitude - south) / height));

  // Counting sort by cell keeps each cell's points in ascending order.
  const cellOfPoint = Int32Array.from(
    points,
    ({ longitude, latitude }) => column(longitude) * rows + row(latitude),
  );
  const cellStarts = new Int32Array(columns * rows + 1);
  for (const cell of cellOfPoint) cellStarts[cell + 1] = (cellStarts[cell + 1] as number) + 1;
  for (let cell = 0; cell < columns * rows; cell++) {
    cellStarts[cell + 1] = (cellStarts[cell + 1] as number) + (cellStarts[cell] as number);
  }
  const fill = cellStarts.slice(0, columns * rows);
  const cellPoints = new Int32Array(points.length);
  cellOfPoint.forEach((cell, index) => {
    cellPoints[fill[cell] as number] = index;
    fill[cell] = (fill[cell] as number) + 1;
  });
  return { columns, rows, column, row, cellStarts, cellPoints, maxAbsoluteLatitude };
}

/** Radians and latitude cosines in flat arrays: the inner loop reads numbers, not objects. */
function prepareAll(points: readonly Located[]) {
  const longitudes = new Float64Array(points.length);
  const latitudes = new Float64Array(points.length);
  const cosines = new Float64Array(points.length);
  points.forEach(({ longitude, latitude }, index) => {
    const prepared = preparePoint(longitude, latitude);
    longitudes[index] = prepared.longitude;
    latitudes[index] = prepared.latitude;
    cosines[index] = prepared.cosine;
  });
  return { longitudes, latitudes, cosines };
}

export function buildNeighbourLists(
  candidates: readonly Located[],
  demand: readonly Located[],
  radiusKm: number,
): NeighbourLists {
  const grid = buildGrid(demand, [...candidates, ...demand], radiusKm);
  const { columns, rows, cellStarts, cellPoints } = grid;
  const { longitudes, latitudes, cosines } = prepareAll(demand);
  const threshold = haversineTermOfKm(radiusKm);
  // A pair farther apart than these in radians cannot be within R: a test without trigonometry.
  const { width, height } = cellSizes(radiusKm, grid.maxAbsoluteLatitude);
  const maxLongitude = (width * Math.PI) / 180;
  const maxLatitude = (height * Math.PI) / 180;
  const offsets = new Int32Array(candidates.length + 1);
  const found = growable();
  candidates.forEach(({ longitude, latitude }, candidateIndex) => {
    const here = preparePoint(longitude, latitude);
    const start = found.size();
    const column = grid.column(longitude);
    const row = grid.row(latitude);
    for (let x = Math.max(0, column - 1); x <= Math.min(columns - 1, column + 1); x++) {
      for (let y = Math.max(0, row - 1); y <= Math.min(rows - 1, row + 1); y++) {
        const cell = x * rows + y;
        for (let at = cellStarts[cell] as number, end = cellStarts[cell + 1] as number; at < end; at++) {
          const point = cellPoints[at] as number;
          const latitudeDifference = (latitudes[point] as number) - here.latitude;
          const longitudeDifference = (longitudes[point] as number) - here.longitude;
          if (Math.abs(latitudeDifference) > maxLatitude || Math.abs(longitudeDifference) > maxLongitude)
            continue;
          // haversineTerm, written out: this loop runs for every nearby pair.
          const halfLatitude = Math.sin(latitudeDifference / 2);
          const halfLongitude = Math.sin(longitudeDifference / 2);
          const term =
            halfLatitude * halfLatitude +
            here.cosine * (cosines[point] as number) * halfLongitude * halfLongitude;
          if (term <= threshold) found.push(point);
        }
      }
    }
    found.sortFrom(start);
    offsets[candidateIndex + 1] = found.size();
  });
  return { offsets, indices: found.finish() };
}

/** Every pair measured: the reference the grid is tested and benchmarked against. */
export function bruteForceNeighbourLists(
  candidates: readonly Located[],
  demand: readonly Located[],
  radiusKm: number,
): NeighbourLists {
  const prepared = demand.map(({ longitude, latitude }) => preparePoint(longitude, latitude));
  const threshold = haversineTermOfKm(radiusKm);
  const offsets = new Int32Array(candidates.length + 1);
  const found = growable();
  candidates.forEach(({ longitude, latitude }, candidateIndex) => {
    const here = preparePoint(longitude, latitude);
    prepared.forEach((point, demandIndex) => {
      if (haversineTerm(here, point) <= threshold) found.push(demandIndex);
    });
    offsets[candidateIndex + 1] = found.size();
  });
  return { offsets, indices: found.finish() };
}
