import { maxOf, minOf } from "../domain/arrays";
import { clipByHalfPlane, type Ring, signedArea } from "./planar";
import type { PlanarPoint } from "./projection";

// A power diagram (weighted Voronoi) splits the outline into cells whose areas follow the listed
// unit areas: the cell of site i is where |x − c_i|² − w_i is smallest. Neighbouring cells meet
// on straight radical axes, so they share edges exactly and leave neither gaps nor overlaps.

export interface PowerSite {
  centre: PlanarPoint;
  targetArea: number;
}

interface HalfPlane {
  normal: PlanarPoint;
  limit: number;
}

/** The half-plane where site i beats site j: 2x·(c_j − c_i) ≤ |c_j|² − |c_i|² + w_i − w_j. */
function halfPlaneAgainst(sites: readonly PowerSite[], weights: readonly number[], i: number, j: number) {
  const [xi, yi] = (sites[i] as PowerSite).centre;
  const [xj, yj] = (sites[j] as PowerSite).centre;
  return {
    normal: [2 * (xj - xi), 2 * (yj - yi)] as PlanarPoint,
    limit: xj * xj + yj * yj - xi * xi - yi * yi + (weights[i] ?? 0) - (weights[j] ?? 0),
  };
}

/** The convex power cell of site i, cut from a box that holds the whole outline. */
function convexCell(
  sites: readonly PowerSite[],
  weights: readonly number[],
  i: number,
  box: readonly [PlanarPoint, PlanarPoint],
): Ring {
  const [[west, south], [east, north]] = box;
  let cell: Ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
  ];
  const halfPlanes: HalfPlane[] = [];
  for (let j = 0; j < sites.length; j++) if (j !== i) halfPlanes.push(halfPlaneAgainst(sites, weights, i, j));
  for (const { normal, limit } of halfPlanes) {
    cell = clipByHalfPlane(cell, normal, limit);
    if (cell.length === 0) break;
  }
  return cell;
}

/** The area of outline ∩ convex cell; clipping edge by edge keeps it cheap inside the loop. */
function clippedArea(outline: Ring, cell: Ring): number {
  let clipped = outline;
  for (let index = 0; index < cell.length && clipped.length > 0; index++) {
    const [x1, y1] = cell[index] as PlanarPoint;
    const [x2, y2] = cell[(index + 1) % cell.length] as PlanarPoint;
    // The cell is counter-clockwise, so its inside lies left of each edge.
    const normal: PlanarPoint = [y2 - y1, x1 - x2];
    clipped = clipByHalfPlane(clipped, normal, normal[0] * x1 + normal[1] * y1);
  }
  return clipped.length < 3 ? 0 : signedArea(clipped);
}

function boundingBox(ring: readonly PlanarPoint[], margin: number): [PlanarPoint, PlanarPoint] {
  const xs = ring.map((point) => point[0]);
  const ys = ring.map((point) => point[1]);
  return [
    [minOf(xs, 0) - margin, minOf(ys, 0) - margin],
    [maxOf(xs, 0) + margin, maxOf(ys, 0) + margin],
  ];
}

export interface PowerDiagram {
  weights: number[];
  cells: Ring[];
  areas: number[];
  iterations: number;
}

/**
 * Moves the weights until every cell has its target area. Raising w_i by δ pushes each of its
 * edges out by δ / (2 d_ij); for a roughly round cell that adds about π δ / 2 of area whatever its
 * size, hence the step below, damped so that neighbours do not overshoot each other.
 */
export function fitPowerDiagram(
  sites: readonly PowerSite[],
  outline: Ring,
  options: {
    maximumIterations: number;
    relativeTolerance: number;
    initialWeights?: readonly number[];
    anchors?: readonly PlanarPoint[];
    anchorMargin?: number;
  },
): PowerDiagram {
  const box = boundingBox(outline, 10);
  const weights = options.initialWeights ? [...options.initialWeights] : sites.map(() => 0);
  let cells: Ring[] = [];
  let areas: number[] = [];
  let previousAreas: number[] = [];
  let iteration = 0;
  for (; iteration < options.maximumIterations; iteration++) {
    cells = sites.map((_, i) => convexCell(sites, weights, i, box));
    areas = cells.map((cell) => (cell.length < 3 ? 0 : clippedArea(outline, cell)));
    const worst = maxOf(
      sites.map((site, i) => Math.abs((areas[i] ?? 0) - site.targetArea) / site.targetArea),
      Number.NEGATIVE_INFINITY,
    );
    if (worst < options.relativeTolerance) break;
    // Where the centre constraints hold some cells off their target, the areas settle instead.
    const settled = areas.every((value, i) => Math.abs(value - (previousAreas[i] ?? 0)) < 1e-5);
    if (settled) break;
    previousAreas = areas;
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i] as PowerSite;
      weights[i] = (weights[i] ?? 0) + (0.6 * (site.targetArea - (areas[i] ?? 0)) * 2) / Math.PI;
    }
    if (options.anchors) keepAnchorsInside(sites, options.anchors, weights, options.anchorMargin ?? 0);
  }
  return { weights, cells, areas, iterations: iteration };
}

/**
 * Each unit's listed centre must stay inside its own cell, at least `margin` from its edges. A big
 * cell next to a small one would otherwise swallow the small one's centre while chasing its area.
 * The condition for anchor a_i against site j is power_i(a_i) + slack ≤ power_j(a_i); violated
 * pairs split the difference, and a few sweeps settle the chains of neighbours.
 */
function keepAnchorsInside(
  sites: readonly PowerSite[],
  anchors: readonly PlanarPoint[],
  weights: number[],
  margin: number,
) {
  const power = (site: number, point: PlanarPoint) => {
    const [x, y] = (sites[site] as PowerSite).centre;
    return (point[0] - x) ** 2 + (point[1] - y) ** 2 - (weights[site] ?? 0);
  };
  for (let sweep = 0; sweep < 20; sweep++) {
    let changed = false;
    for (let i = 0; i < sites.length; i++) {
      const anchor = anchors[i] as PlanarPoint;
      for (let j = 0; j < sites.length; j++) {
        if (j === i) continue;
        const [xj, yj] = (sites[j] as PowerSite).centre;
        const slack = 2 * margin * Math.hypot(xj - anchor[0], yj - anchor[1]);
        const excess = power(i, anchor) + slack - power(j, anchor);
        if (excess > 1e-9) {
          weights[i] = (weights[i] ?? 0) + excess / 2;
          weights[j] = (weights[j] ?? 0) - excess / 2;
          changed = true;
        }
      }
    }
    if (!changed) return;
  }
}
