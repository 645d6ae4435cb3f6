import type { Position } from "geojson";
import { minOf } from "../domain/arrays";
import type { HamletCode, ModelStatus, UnitCode } from "../domain/types";
import { allocateProportionally, allocateWithMinimum } from "./allocation";
import { EXAMPLE_MODEL_HAMLET_NAME, EXAMPLE_UNIT_CODE, TOWN_UNIT_CODE } from "./district-table";
import { hamletNames, townBlockNames } from "./hamlet-names";
import type { PlanarPoint } from "./projection";
import type { Random } from "./random";
import { roundedPosition, type UnitShape } from "./unit-shapes";

// 391 hamlets: one people's security, mediation and fire team each (the published 391 of each),
// and 2,769 self-management groups in all.

const HAMLET_TOTAL = 391;
const GROUP_TOTAL = 2769;
const EXAMPLE_HAMLET_COUNT = 12;
const TOWN_BLOCK_COUNT = 9;
/** Hamlets stay this far inside their unit so that incidents scattered around them fit too. */
const COMMUNE_MARGIN_KM = 0.6;
const TOWN_MARGIN_KM = 0.12;
const CANDIDATES_PER_HAMLET = 14;

export interface Hamlet {
  code: HamletCode;
  name: string;
  unitCode: UnitCode;
  unitName: string;
  shape: UnitShape;
  position: Position;
  planar: PlanarPoint;
  households: number;
  population: number;
  groups: number;
  modelStatus: ModelStatus;
  /** Day number of adoption (or planned adoption); null for "none". */
  modelSinceDay: number | null;
}

function hamletCounts(shapes: readonly UnitShape[]): number[] {
  const fixed = new Map<string, number>([
    [EXAMPLE_UNIT_CODE, EXAMPLE_HAMLET_COUNT],
    [TOWN_UNIT_CODE, TOWN_BLOCK_COUNT],
  ]);
  const free = shapes.filter((shape) => !fixed.has(shape.unit.properties.code));
  const fixedTotal = [...fixed.values()].reduce((sum, count) => sum + count, 0);
  // Upland communes are bigger but sparser, so counts grow slower than area.
  const shares = allocateProportionally(
    HAMLET_TOTAL - fixedTotal,
    free.map((shape) => (shape.unit.properties.areaKm2 ?? 1) ** 0.7),
  );
  return shapes.map((shape) => fixed.get(shape.unit.properties.code) ?? shares[free.indexOf(shape)] ?? 0);
}

/** Best-candidate sampling: spread out like real villages along valleys, never stacked. */
function placePoints(shape: UnitShape, count: number, margin: number, random: Random): PlanarPoint[] {
  const placed: PlanarPoint[] = [];
  for (let index = 0; index < count; index++) {
    let best: PlanarPoint | null = null;
    let bestDistance = -1;
    for (let candidate = 0; candidate < CANDIDATES_PER_HAMLET; candidate++) {
      const point = shape.randomPoint(random, margin);
      const nearest = minOf(
        placed.map((other) => Math.hypot(other[0] - point[0], other[1] - point[1])),
        Number.POSITIVE_INFINITY,
      );
      if (nearest > bestDistance) {
        best = point;
        bestDistance = nearest;
      }
    }
    placed.push(best as PlanarPoint);
  }
  return placed;
}

export function generateHamlets(shapes: readonly UnitShape[], random: Random): Hamlet[] {
  const counts = hamletCounts(shapes);
  const hamlets: Hamlet[] = [];
  shapes.forEach((shape, unitIndex) => {
    const { code: unitCode, name: unitName } = shape.unit.properties;
    const unitRandom = random.fork(unitCode);
    const count = counts[unitIndex] ?? 0;
    const isTown = unitCode === TOWN_UNIT_CODE;
    const names = isTown
      ? townBlockNames(count)
      : hamletNames(count, unitRandom, unitCode === EXAMPLE_UNIT_CODE ? [EXAMPLE_MODEL_HAMLET_NAME] : []);
    const points = placePoints(shape, count, isTown ? TOWN_MARGIN_KM : COMMUNE_MARGIN_KM, unitRandom);
    points.forEach((point, index) => {
      // Town blocks are denser; village sizes are skewed, with a few large central villages.
      const households = isTown
        ? unitRandom.integer(180, 320)
        : Math.round(60 + 120 * unitRandom.next() ** 1.6);
      const { position, planar } = roundedPosition(point);
      hamlets.push({
        code: `${unitCode}-${String(index + 1).padStart(2, "0")}` as HamletCode,
        name: names[index] ?? "",
        unitCode,
        unitName,
        shape,
        position,
        planar,
        households,
        population: Math.round(households * unitRandom.between(4.2, 5.2)),
        groups: 0,
        modelStatus: "none",
        modelSinceDay: null,
      });
    });
  });
  // A group is a handful of neighbouring households, so groups follow household counts.
  const groups = allocateWithMinimum(
    GROUP_TOTAL,
    hamlets.map((hamlet) => hamlet.households),
    2,
  );
  hamlets.forEach((hamlet, index) => {
    hamlet.groups = groups[index] ?? 0;
  });
  return hamlets;
}
