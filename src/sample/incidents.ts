import type { IncidentCategory } from "../domain/types";
import { dayOf, daysInMonth, isoDate } from "./dates";
import { TOWN_UNIT_CODE } from "./district-table";
import type { Hamlet } from "./hamlets";
import type { PlanarPoint } from "./projection";
import type { Random } from "./random";
import type { RawIncident } from "./raw-types";
import { roundedPosition } from "./unit-shapes";

// Invented incidents, 2019–2022, around hamlets. The point of the layer is the question leaders
// ask ("did incidents fall where the model took hold?"), so a hamlet's rate drops after its
// adoption date and stays high where the model has not reached.

const INCIDENT_TOTAL = 5000;
const FIRST_YEAR = 2019;
const MONTHS = 48;
/** Share of the earlier rate that remains once a hamlet has adopted the model. */
const RATE_AFTER_ADOPTION = 0.5;
const SCATTER_KM = 0.25;
const MAXIMUM_SCATTER_KM = 0.55;

const CATEGORY_SHARES: readonly [IncidentCategory, number][] = [
  ["theft", 0.3],
  ["dispute", 0.24],
  ["traffic", 0.14],
  ["drugs", 0.12],
  ["violence", 0.09],
  ["other", 0.07],
  ["fire", 0.02],
  ["weapons", 0.02],
];

// More incidents around Tết (months 1–2) and the harvest festivals; a slight yearly decline.
const MONTH_FACTORS = [1.3, 1.25, 1, 0.95, 0.9, 0.9, 0.95, 0.95, 1, 1.05, 1, 1.1];
const YEAR_FACTORS = [1.08, 1, 0.97, 0.95];

function monthStart(monthIndex: number): number {
  return dayOf(FIRST_YEAR + Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

function isAdopted(hamlet: Hamlet, day: number): boolean {
  const covered = hamlet.modelStatus === "model-point" || hamlet.modelStatus === "replicated";
  return covered && hamlet.modelSinceDay !== null && day >= hamlet.modelSinceDay;
}

function scatter(hamlet: Hamlet, random: Random): PlanarPoint {
  const limit = hamlet.unitCode === TOWN_UNIT_CODE ? 0.15 : MAXIMUM_SCATTER_KM;
  for (let attempt = 0; attempt < 30; attempt++) {
    const dx = Math.max(-limit, Math.min(limit, random.normal() * SCATTER_KM));
    const dy = Math.max(-limit, Math.min(limit, random.normal() * SCATTER_KM));
    const point = roundedPosition([hamlet.planar[0] + dx, hamlet.planar[1] + dy]).planar;
    if (hamlet.shape.holds(point, 0.02)) return point;
  }
  return hamlet.planar;
}

export function generateIncidents(hamlets: readonly Hamlet[], random: Random): RawIncident[] {
  // Each hamlet has its own character (a market, a main road…), fixed for all four years.
  const baseRates = hamlets.map((hamlet) => hamlet.population * Math.exp(0.35 * random.normal()));
  const cells: { hamlet: Hamlet; monthIndex: number }[] = [];
  const weights: number[] = [];
  hamlets.forEach((hamlet, hamletIndex) => {
    for (let monthIndex = 0; monthIndex < MONTHS; monthIndex++) {
      const middle = monthStart(monthIndex) + 14;
      cells.push({ hamlet, monthIndex });
      weights.push(
        (baseRates[hamletIndex] ?? 0) *
          (MONTH_FACTORS[monthIndex % 12] ?? 1) *
          (YEAR_FACTORS[Math.floor(monthIndex / 12)] ?? 1) *
          (isAdopted(hamlet, middle) ? RATE_AFTER_ADOPTION : 1),
      );
    }
  });
  // Drawing exactly INCIDENT_TOTAL from the cumulative weights keeps the count round and stable.
  const cumulative: number[] = [];
  let running = 0;
  for (const weight of weights) {
    running += weight;
    cumulative.push(running);
  }
  const drawn: { day: number; order: number; category: IncidentCategory; point: PlanarPoint }[] = [];
  const categoryWeights = CATEGORY_SHARES.map(([, share]) => share);
  for (let order = 0; order < INCIDENT_TOTAL; order++) {
    const target = random.next() * running;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    const { hamlet, monthIndex } = cells[low] as (typeof cells)[number];
    const year = FIRST_YEAR + Math.floor(monthIndex / 12);
    const day = monthStart(monthIndex) + random.integer(0, daysInMonth(year, (monthIndex % 12) + 1) - 1);
    const category = (
      CATEGORY_SHARES[random.weightedIndex(categoryWeights)] as [IncidentCategory, number]
    )[0];
    drawn.push({ day, order, category, point: scatter(hamlet, random) });
  }
  drawn.sort((first, second) => first.day - second.day || first.order - second.order);
  return drawn.map(({ day, category, point }, index) => ({
    type: "Feature",
    properties: { id: `SV-${String(index + 1).padStart(6, "0")}`, date: isoDate(day), category },
    geometry: { type: "Point", coordinates: roundedPosition(point).position },
  }));
}
