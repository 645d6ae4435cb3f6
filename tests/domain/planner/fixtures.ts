// Small hand-made planner inputs: hamlets placed in kilometres east and north of a point in
// Thuận Châu, and a seeded random generator for the many small instances.
import type { HamletCoverage } from "../../../src/domain/coverage/coverage-types";
import { EARTH_RADIUS_KM } from "../../../src/domain/planner/distance";
import type { DemandPoint, PlanCandidate, PlanInput } from "../../../src/domain/planner/planner-types";
import type { IsoDate, UnitCode } from "../../../src/domain/types";

const ORIGIN = { longitude: 103.7, latitude: 21.4 };
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

/** Position `eastKm`, `northKm` from the origin (exact along each axis through it). */
export function at(eastKm: number, northKm = 0): { longitude: number; latitude: number } {
  const latitude = ORIGIN.latitude + northKm / KM_PER_DEGREE;
  return {
    longitude: ORIGIN.longitude + eastKm / (KM_PER_DEGREE * Math.cos((ORIGIN.latitude * Math.PI) / 180)),
    latitude,
  };
}

export const unit = (code: string) => code as UnitCode;

export function hamlet(code: string, overrides: Partial<HamletCoverage> = {}): HamletCoverage {
  return {
    code,
    name: `Bản ${code}`,
    unitCode: unit("03730"),
    ...at(0),
    status: "none",
    since: null,
    covered: false,
    teams: { security: false, mediation: false, fire: false },
    groups: 0,
    households: 100,
    population: 500,
    householdsPerGroup: null,
    distanceToModelKm: null,
    distanceToPostKm: null,
    withinRadius: false,
    incidents: 0,
    ...overrides,
  };
}

export const coveredSince = (year: number | null): Partial<HamletCoverage> => ({
  status: "replicated",
  covered: true,
  since: year === null ? null : (`${year}-06-01` as IsoDate),
});

/** mulberry32: tiny, seeded, good enough to spread test points. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function demandPoint(code: string, eastKm: number, northKm: number, extra: Partial<DemandPoint> = {}) {
  return {
    code,
    unitCode: unit("03730"),
    ...at(eastKm, northKm),
    population: 100,
    incidents: 0,
    distanceToModelKm: null,
    ...extra,
  } satisfies DemandPoint;
}

export function candidate(code: string, eastKm: number, northKm: number, extra: Partial<PlanCandidate> = {}) {
  return {
    code,
    name: `Bản ${code}`,
    unitCode: unit("03730"),
    ...at(eastKm, northKm),
    score: null,
    ...extra,
  } satisfies PlanCandidate;
}

/** Points scattered in a square, some already reached, units drawn from a few codes. */
export function randomInstance(
  next: () => number,
  size: { candidates: number; demand: number; sideKm: number; units: number; weightMax: number },
): PlanInput {
  const unitCode = () => unit(`0${3700 + Math.floor(next() * size.units)}`);
  const demand = Array.from({ length: size.demand }, (_, index) =>
    demandPoint(`d${index}`, next() * size.sideKm, next() * size.sideKm, {
      unitCode: unitCode(),
      population: Math.floor(next() * size.weightMax),
      incidents: Math.floor(next() * 4),
      distanceToModelKm: next() < 0.2 ? next() * 3 : next() < 0.5 ? null : 3 + next() * 10,
    }),
  );
  const candidates = Array.from({ length: size.candidates }, (_, index) =>
    candidate(`c${index}`, next() * size.sideKm, next() * size.sideKm, { unitCode: unitCode() }),
  );
  return { demand, candidates };
}
