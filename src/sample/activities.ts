import { allocateProportionally } from "./allocation";
import { TOWN_UNIT_CODE } from "./district-table";
import type { Hamlet } from "./hamlets";
import type { Random } from "./random";
import type { RawActivity, RawActivityProperties } from "./raw-types";
import type { UnitShape } from "./unit-shapes";

// Yearly outreach and results per unit. 2022 reproduces the district's published totals exactly;
// the earlier years are plausible neighbours (2020 lower for the pandemic, more guns recovered
// early on while there were more left to recover).

const TOTALS_2022 = {
  outreachSessions: 170,
  outreachAttendances: 19_000,
  commitments: 75,
  gunsRecovered: 130,
  reintegrationSupported: 411,
} as const;

type Measure = keyof typeof TOTALS_2022;

const YEAR_FACTORS: Record<number, Record<Measure, number>> = {
  2019: {
    outreachSessions: 0.86,
    outreachAttendances: 0.83,
    commitments: 0.52,
    gunsRecovered: 1.38,
    reintegrationSupported: 0.9,
  },
  2020: {
    outreachSessions: 0.64,
    outreachAttendances: 0.55,
    commitments: 0.61,
    gunsRecovered: 1.22,
    reintegrationSupported: 0.94,
  },
  2021: {
    outreachSessions: 0.78,
    outreachAttendances: 0.7,
    commitments: 0.8,
    gunsRecovered: 1.12,
    reintegrationSupported: 0.97,
  },
  2022: {
    outreachSessions: 1,
    outreachAttendances: 1,
    commitments: 1,
    gunsRecovered: 1,
    reintegrationSupported: 1,
  },
};

const ACTIVITY_YEARS = [2019, 2020, 2021, 2022] as const;

export function generateActivities(
  shapes: readonly UnitShape[],
  hamlets: readonly Hamlet[],
  random: Random,
): RawActivity[] {
  const population = shapes.map((shape) =>
    hamlets
      .filter((hamlet) => hamlet.unitCode === shape.unit.properties.code)
      .reduce((sum, hamlet) => sum + hamlet.population, 0),
  );
  const isTown = shapes.map((shape) => shape.unit.properties.code === TOWN_UNIT_CODE);
  const area = shapes.map((shape) => shape.unit.properties.areaKm2 ?? 1);
  const features: RawActivity[] = [];
  for (const year of ACTIVITY_YEARS) {
    const factors = YEAR_FACTORS[year] as Record<Measure, number>;
    const yearRandom = random.fork(String(year));
    // The exact 2022 totals are published; other years wobble a little around their factor.
    const total = (measure: Measure) =>
      Math.round(
        TOTALS_2022[measure] * factors[measure] * (year === 2022 ? 1 : yearRandom.between(0.96, 1.04)),
      );
    const jitter = () => yearRandom.between(0.75, 1.25);
    const sessions = allocateProportionally(
      total("outreachSessions"),
      population.map((people) => people * jitter()),
    );
    // Attendance per session varies: a market-day session draws more than a hamlet meeting.
    const attendances = allocateProportionally(
      total("outreachAttendances"),
      sessions.map((count) => count * yearRandom.between(80, 150)),
    );
    // Businesses cluster in the town and along the main road, guns in the upland communes.
    const commitments = allocateProportionally(
      total("commitments"),
      population.map((people, index) => people * (isTown[index] ? 6 : 1) * jitter()),
    );
    const guns = allocateProportionally(
      total("gunsRecovered"),
      area.map((size, index) => (isTown[index] ? 0 : size * jitter())),
    );
    const reintegration = allocateProportionally(
      total("reintegrationSupported"),
      population.map((people) => people * jitter()),
    );
    shapes.forEach((shape, index) => {
      const properties: RawActivityProperties = {
        unitCode: shape.unit.properties.code,
        unitName: shape.unit.properties.name,
        year,
        outreachSessions: sessions[index] ?? 0,
        outreachAttendances: attendances[index] ?? 0,
        commitments: commitments[index] ?? 0,
        gunsRecovered: guns[index] ?? 0,
        reintegrationSupported: reintegration[index] ?? 0,
      };
      features.push({ type: "Feature", properties, geometry: null });
    });
  }
  return features;
}
