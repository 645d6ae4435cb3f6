// Which unit contains a point, for 100 000 incidents and more: a lookup grid over the units'
// extent. A cell that no boundary crosses lies wholly inside one polygon (or none) and answers
// at once; a cell that a boundary crosses tests only the polygons whose edges cross it, and of
// each only the edges in the cell's row. Plain arrays, no closures: the grid can be cloned.
import type { MultiPolygon, Polygon, Position } from "geojson";

interface PolygonPart {
  /** The slot of the unit this part belongs to. */
  key: number;
  /** First grid row the part spans; rowEdgeStart is indexed from it. */
  firstRow: number;
  /** Offsets into rowEdges, one per spanned row plus one. */
  rowEdgeStart: Int32Array;
  /** Edges as (x of a vertex, its y, x of the previous vertex, its y), grouped by row. */
  rowEdges: Float64Array;
}

export interface PolygonGrid {
  west: number;
  south: number;
  cellWidth: number;
  cellHeight: number;
  columns: number;
  rows: number;
  /** Unit slot of the polygon that wholly contains the cell, or −1. */
  cellOwner: Int32Array;
  /** Offsets into cellParts per cell (cells + 1 entries): the parts whose boundary crosses it. */
  cellPartStart: Int32Array;
  cellParts: Int32Array;
  parts: PolygonPart[];
}

/** About this many cells per unit: fine enough that most incidents land in an owned cell. */
const CELLS_PER_UNIT = 512;
const MAX_CELLS = 1 << 20;

type Edge = [x: number, y: number, previousX: number, previousY: number];

function partsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function edgesOf(rings: readonly Position[][]): Edge[] {
  const edges: Edge[] = [];
  for (const ring of rings) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      const vertex = ring[index] as Position;
      const before = ring[previous] as Position;
      edges.push([vertex[0] as number, vertex[1] as number, before[0] as number, before[1] as number]);
    }
  }
  return edges;
}

function extentOf(entries: readonly { geometry: Polygon | MultiPolygon }[]) {
  const extent = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const { geometry } of entries) {
    for (const rings of partsOf(geometry)) {
      for (const ring of rings) {
        for (const vertex of ring) {
          const x = vertex[0] as number;
          const y = vertex[1] as number;
          if (x < extent.west) extent.west = x;
          if (x > extent.east) extent.east = x;
          if (y < extent.south) extent.south = y;
          if (y > extent.north) extent.north = y;
        }
      }
    }
  }
  return extent;
}

function emptyGrid(): PolygonGrid {
  return {
    west: 0,
    south: 0,
    cellWidth: 1,
    cellHeight: 1,
    columns: 0,
    rows: 0,
    cellOwner: new Int32Array(0),
    cellPartStart: new Int32Array(1),
    cellParts: new Int32Array(0),
    parts: [],
  };
}

/** Grid column or row of a coordinate; the same formula for edges and queries keeps them consistent. */
const cellIndex = (value: number, origin: number, size: number) => Math.floor((value - origin) / size);
const clamp = (value: number, maximum: number) => Math.max(0, Math.min(value, maximum));

/**
 * Built once per dataset. Entries are tested in order where polygons overlap (bad data), as the
 * join does; the boundary rule is the join's even-odd test, so a point on a shared border
 * belongs to exactly one of the two units.
 */
export function buildPolygonGrid(entries: readonly { key: number; geometry: Polygon | MultiPolygon }[]) {
  const extent = extentOf(entries);
  if (!(extent.east >= extent.west && extent.north >= extent.south)) return emptyGrid();
  const spanX = Math.max(extent.east - extent.west, 1e-9);
  const spanY = Math.max(extent.north - extent.south, 1e-9);
  const targetCells = Math.min(MAX_CELLS, Math.max(4096, entries.length * CELLS_PER_UNIT));
  const cellSize = Math.sqrt((spanX * spanY) / targetCells);
  // One spare column and row so the east and north extremes still fall inside the grid.
  const columns = Math.max(1, Math.ceil(spanX / cellSize)) + 1;
  const rows = Math.max(1, Math.ceil(spanY / cellSize)) + 1;
  const grid: PolygonGrid = {
    ...emptyGrid(),
    west: extent.west,
    south: extent.south,
    cellWidth: cellSize,
    cellHeight: cellSize,
    columns,
    rows,
    cellOwner: new Int32Array(columns * rows).fill(-1),
  };
  const markedBy = new Int32Array(columns * rows).fill(-1);
  const boundaryPairs: number[] = [];
  for (const { key, geometry } of entries) {
    for (const rings of partsOf(geometry)) {
      if (rings.length === 0) continue;
      const partIndex = grid.parts.length;
      const edges = edgesOf(rings);
      grid.parts.push(indexPartEdges(grid, key, edges));
      markBoundary(grid, edges, partIndex, markedBy, boundaryPairs);
      fillInterior(grid, grid.parts[partIndex] as PolygonPart, partIndex, markedBy);
    }
  }
  storeCellParts(grid, boundaryPairs);
  return grid;
}

function edgeRows(grid: PolygonGrid, edge: Edge): [number, number] {
  const low = cellIndex(Math.min(edge[1], edge[3]), grid.south, grid.cellHeight);
  const high = cellIndex(Math.max(edge[1], edge[3]), grid.south, grid.cellHeight);
  return [clamp(low, grid.rows - 1), clamp(high, grid.rows - 1)];
}

function indexPartEdges(grid: PolygonGrid, key: number, edges: readonly Edge[]): PolygonPart {
  let firstRow = grid.rows;
  let lastRow = -1;
  for (const edge of edges) {
    const [low, high] = edgeRows(grid, edge);
    firstRow = Math.min(firstRow, low);
    lastRow = Math.max(lastRow, high);
  }
  const spanned = Math.max(0, lastRow - firstRow + 1);
  const counts = new Int32Array(spanned + 1);
  for (const edge of edges) {
    const [low, high] = edgeRows(grid, edge);
    for (let row = low; row <= high; row++)
      counts[row - firstRow + 1] = (counts[row - firstRow + 1] ?? 0) + 1;
  }
  for (let row = 1; row <= spanned; row++) counts[row] = (counts[row] ?? 0) + (counts[row - 1] ?? 0);
  const rowEdges = new Float64Array((counts[spanned] ?? 0) * 4);
  const filled = counts.slice(0, spanned);
  for (const edge of edges) {
    const [low, high] = edgeRows(grid, edge);
    for (let row = low; row <= high; row++) {
      const at = (filled[row - firstRow] as number) * 4;
      filled[row - firstRow] = (filled[row - firstRow] as number) + 1;
      rowEdges.set(edge, at);
    }
  }
  return { key, firstRow, rowEdgeStart: counts, rowEdges };
}

/** Every cell that an edge's bounding box touches holds part of the boundary (or is near it). */
function markBoundary(
  grid: PolygonGrid,
  edges: readonly Edge[],
  partIndex: number,
  markedBy: Int32Array,
  boundaryPairs: number[],
) {
  for (const [x, y, previousX, previousY] of edges) {
    const firstColumn = clamp(cellIndex(Math.min(x, previousX), grid.west, grid.cellWidth), grid.columns - 1);
    const lastColumn = clamp(cellIndex(Math.max(x, previousX), grid.west, grid.cellWidth), grid.columns - 1);
    const firstRow = clamp(cellIndex(Math.min(y, previousY), grid.south, grid.cellHeight), grid.rows - 1);
    const lastRow = clamp(cellIndex(Math.max(y, previousY), grid.south, grid.cellHeight), grid.rows - 1);
    for (let row = firstRow; row <= lastRow; row++) {
      for (let column = firstColumn; column <= lastColumn; column++) {
        const cell = row * grid.columns + column;
        if (markedBy[cell] === partIndex) continue;
        markedBy[cell] = partIndex;
        boundaryPairs.push(cell, partIndex);
      }
    }
  }
}

/** Scanline fill through the cell centres: between crossing pairs, unmarked cells are inside. */
function fillInterior(grid: PolygonGrid, part: PolygonPart, partIndex: number, markedBy: Int32Array) {
  const spanned = part.rowEdgeStart.length - 1;
  const crossings: number[] = [];
  for (let offset = 0; offset < spanned; offset++) {
    const row = part.firstRow + offset;
    const y = grid.south + (row + 0.5) * grid.cellHeight;
    crossings.length = 0;
    const start = part.rowEdgeStart[offset] as number;
    const end = part.rowEdgeStart[offset + 1] as number;
    for (let edge = start; edge < end; edge++) {
      const xi = part.rowEdges[edge * 4] as number;
      const yi = part.rowEdges[edge * 4 + 1] as number;
      const xj = part.rowEdges[edge * 4 + 2] as number;
      const yj = part.rowEdges[edge * 4 + 3] as number;
      if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
    crossings.sort((a, b) => a - b);
    for (let pair = 0; pair + 1 < crossings.length; pair += 2) {
      const firstColumn = Math.max(
        0,
        Math.ceil(((crossings[pair] as number) - grid.west) / grid.cellWidth - 0.5),
      );
      const lastColumn = Math.min(
        grid.columns - 1,
        Math.floor(((crossings[pair + 1] as number) - grid.west) / grid.cellWidth - 0.5),
      );
      for (let column = firstColumn; column <= lastColumn; column++) {
        const cell = row * grid.columns + column;
        if (markedBy[cell] !== partIndex && grid.cellOwner[cell] === -1) grid.cellOwner[cell] = part.key;
      }
    }
  }
}

function storeCellParts(grid: PolygonGrid, boundaryPairs: readonly number[]) {
  const cells = grid.columns * grid.rows;
  const start = new Int32Array(cells + 1);
  for (let pair = 0; pair < boundaryPairs.length; pair += 2) {
    const cell = boundaryPairs[pair] as number;
    start[cell + 1] = (start[cell + 1] as number) + 1;
  }
  for (let cell = 0; cell < cells; cell++)
    start[cell + 1] = (start[cell + 1] as number) + (start[cell] as number);
  const parts = new Int32Array(boundaryPairs.length / 2);
  const filled = start.slice(0, cells);
  // Pairs were pushed part by part, so each cell's list keeps the units' order.
  for (let pair = 0; pair < boundaryPairs.length; pair += 2) {
    const cell = boundaryPairs[pair] as number;
    parts[filled[cell] as number] = boundaryPairs[pair + 1] as number;
    filled[cell] = (filled[cell] as number) + 1;
  }
  grid.cellPartStart = start;
  grid.cellParts = parts;
}

/** The same even-odd crossing test as the join's, over the part's edges in one row only. */
function insidePart(part: PolygonPart, row: number, x: number, y: number): boolean {
  const offset = row - part.firstRow;
  if (offset < 0 || offset >= part.rowEdgeStart.length - 1) return false;
  let inside = false;
  const end = part.rowEdgeStart[offset + 1] as number;
  for (let edge = part.rowEdgeStart[offset] as number; edge < end; edge++) {
    const xi = part.rowEdges[edge * 4] as number;
    const yi = part.rowEdges[edge * 4 + 1] as number;
    const xj = part.rowEdges[edge * 4 + 2] as number;
    const yj = part.rowEdges[edge * 4 + 3] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The slot of the unit containing the point, or −1 when it lies outside every unit. */
export function locateInGrid(grid: PolygonGrid, longitude: number, latitude: number): number {
  const column = cellIndex(longitude, grid.west, grid.cellWidth);
  const row = cellIndex(latitude, grid.south, grid.cellHeight);
  if (!(column >= 0 && column < grid.columns && row >= 0 && row < grid.rows)) return -1;
  const cell = row * grid.columns + column;
  const owner = grid.cellOwner[cell] as number;
  if (owner !== -1) return owner;
  const end = grid.cellPartStart[cell + 1] as number;
  for (let at = grid.cellPartStart[cell] as number; at < end; at++) {
    const part = grid.parts[grid.cellParts[at] as number] as PolygonPart;
    if (insidePart(part, row, longitude, latitude)) return part.key;
  }
  return -1;
}
