// "What if these hamlets became models?": the figures leaders compare before and after, e.g.
// "Hamlets covered 87/391 → 95/391 (+8)", "population within 5 km 61% → 68%". A picked hamlet
// becomes covered and, like a model site, reaches every hamlet within the radius.
import type { HamletCoverage } from "../coverage/coverage-types";
import { haversineKm } from "./distance";

export const WHAT_IF_KEYS = [
  "coveredHamlets",
  "coveredPopulation",
  "coveredHouseholds",
  "hamletsWithinRadius",
  "populationWithinRadius",
  "incidentsWithinRadius",
  "peacefulUnits",
] as const;
/** peacefulUnits: communes where every hamlet is covered (xã bình yên), out of all communes. */
export type WhatIfKey = (typeof WHAT_IF_KEYS)[number];

export interface WhatIfFigure {
  key: WhatIfKey;
  before: number;
  after: number;
  /** The whole the figure is a part of (all hamlets, all people…). */
  total: number;
  change: number;
  /** 0–100; null when the total is 0. */
  beforePercent: number | null;
  afterPercent: number | null;
}

export interface WhatIfHamlet {
  code: string;
  unitCode: HamletCoverage["unitCode"];
  coveredBefore: boolean;
  coveredAfter: boolean;
  withinRadiusBefore: boolean;
  withinRadiusAfter: boolean;
}

export interface WhatIfUnit {
  code: string;
  hamlets: number;
  coveredBefore: number;
  coveredAfter: number;
}

export interface WhatIf {
  radiusKm: number;
  /** Picked codes that are hamlets of the data, in the given order. */
  picked: string[];
  /** Picked codes that match no hamlet: left out of every figure. */
  unknownCodes: string[];
  /** Picked hamlets that were covered already: they add reach but no coverage. */
  alreadyCoveredCodes: string[];
  /** In WHAT_IF_KEYS order, for a table. */
  figures: WhatIfFigure[];
  hamlets: WhatIfHamlet[];
  units: WhatIfUnit[];
}

function figure(key: WhatIfKey, before: number, after: number, total: number): WhatIfFigure {
  const percent = (value: number) => (total > 0 ? (value / total) * 100 : null);
  return {
    key,
    before,
    after,
    total,
    change: after - before,
    beforePercent: percent(before),
    afterPercent: percent(after),
  };
}

export function applyPlan(
  hamlets: readonly HamletCoverage[],
  pickedCodes: readonly string[],
  radiusKm: number,
): WhatIf {
  if (!(Number.isFinite(radiusKm) && radiusKm > 0)) throw new RangeError(`radiusKm must be above 0`);
  const byCode = new Map(hamlets.map((hamlet) => [hamlet.code, hamlet]));
  const uniqueCodes = [...new Set(pickedCodes)];
  const picked = uniqueCodes.filter((code) => byCode.has(code));
  const pickedHamlets = picked.map((code) => byCode.get(code) as HamletCoverage);
  const pickedSet = new Set(picked);

  const rows: WhatIfHamlet[] = hamlets.map((hamlet) => {
    const withinRadiusBefore = hamlet.distanceToModelKm !== null && hamlet.distanceToModelKm <= radiusKm;
    const reachedByPick = pickedHamlets.some(
      (pick) => haversineKm(pick.longitude, pick.latitude, hamlet.longitude, hamlet.latitude) <= radiusKm,
    );
    return {
      code: hamlet.code,
      unitCode: hamlet.unitCode,
      coveredBefore: hamlet.covered,
      coveredAfter: hamlet.covered || pickedSet.has(hamlet.code),
      withinRadiusBefore,
      withinRadiusAfter: withinRadiusBefore || reachedByPick || pickedSet.has(hamlet.code),
    };
  });

  const units = new Map<string, WhatIfUnit>();
  for (const row of rows) {
    if (row.unitCode === null) continue;
    const unit = units.get(row.unitCode) ?? {
      code: row.unitCode,
      hamlets: 0,
      coveredBefore: 0,
      coveredAfter: 0,
    };
    unit.hamlets += 1;
    unit.coveredBefore += Number(row.coveredBefore);
    unit.coveredAfter += Number(row.coveredAfter);
    units.set(row.unitCode, unit);
  }

  const sum = (value: (hamlet: HamletCoverage, row: WhatIfHamlet) => number) =>
    hamlets.reduce((total, hamlet, index) => total + value(hamlet, rows[index] as WhatIfHamlet), 0);
  const when = (flag: boolean, value: number) => (flag ? value : 0);
  const unitList = [...units.values()];
  const peaceful = (covered: (unit: WhatIfUnit) => number) =>
    unitList.filter((unit) => covered(unit) === unit.hamlets).length;

  return {
    radiusKm,
    picked,
    unknownCodes: uniqueCodes.filter((code) => !byCode.has(code)),
    alreadyCoveredCodes: pickedHamlets.filter((hamlet) => hamlet.covered).map((hamlet) => hamlet.code),
    figures: [
      figure(
        "coveredHamlets",
        sum((_, row) => +row.coveredBefore),
        sum((_, row) => +row.coveredAfter),
        hamlets.length,
      ),
      figure(
        "coveredPopulation",
        sum((hamlet, row) => when(row.coveredBefore, hamlet.population)),
        sum((hamlet, row) => when(row.coveredAfter, hamlet.population)),
        sum((hamlet) => hamlet.population),
      ),
      figure(
        "coveredHouseholds",
        sum((hamlet, row) => when(row.coveredBefore, hamlet.households)),
        sum((hamlet, row) => when(row.coveredAfter, hamlet.households)),
        sum((hamlet) => hamlet.households),
      ),
      figure(
        "hamletsWithinRadius",
        sum((_, row) => +row.withinRadiusBefore),
        sum((_, row) => +row.withinRadiusAfter),
        hamlets.length,
      ),
      figure(
        "populationWithinRadius",
        sum((hamlet, row) => when(row.withinRadiusBefore, hamlet.population)),
        sum((hamlet, row) => when(row.withinRadiusAfter, hamlet.population)),
        sum((hamlet) => hamlet.population),
      ),
      figure(
        "incidentsWithinRadius",
        sum((hamlet, row) => when(row.withinRadiusBefore, hamlet.incidents)),
        sum((hamlet, row) => when(row.withinRadiusAfter, hamlet.incidents)),
        sum((hamlet) => hamlet.incidents),
      ),
      figure(
        "peacefulUnits",
        peaceful((unit) => unit.coveredBefore),
        peaceful((unit) => unit.coveredAfter),
        unitList.length,
      ),
    ],
    hamlets: rows,
    units: unitList,
  };
}
