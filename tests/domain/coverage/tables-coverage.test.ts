// The coverage figures from a tile archive's summary tables, on hand-made tables whose every
// figure is worked out by hand: today's hamlet figures summed, incidents by whole month and
// category, activities by year, and "unknown" (never 0) for what the tables cannot give.
import { describe, expect, it } from "vitest";
import {
  type CoverageTables,
  coverageFromTables,
  type TableCommune,
  type TablesOptions,
} from "../../../src/domain/coverage/tables-coverage";
import { INCIDENT_CATEGORIES, type IncidentCategory, type IsoDate } from "../../../src/domain/types";

const commune = (code: string, hamlets: number, covered: number, incidents: number): TableCommune => ({
  code,
  name: `Xã ${code}`,
  hamlets,
  coveredHamlets: covered,
  modelPoints: covered > 0 ? 1 : 0,
  securityTeams: hamlets,
  mediationTeams: hamlets,
  fireTeams: Math.max(hamlets - 1, 0),
  groups: hamlets * 5,
  population: hamlets * 1000,
  households: hamlets * 200,
  incidents,
});

// Categories in the tables' order: theft, drugs, dispute, … ; slot 0 theft, slot 1 drugs.
const split = (theft: number, drugs: number) =>
  INCIDENT_CATEGORIES.map((_, slot) => [theft, drugs][slot] ?? 0);

function tables(): CoverageTables {
  return {
    dataDate: "2022-12-31",
    categories: [...INCIDENT_CATEGORIES],
    communes: [commune("00001", 4, 3, 9), commune("00002", 2, 0, 4), commune("00003", 0, 0, 0)],
    unjoined: {
      hamlets: 1,
      incidents: 2,
      hamletFigures: {
        coveredHamlets: 1,
        modelPoints: 0,
        securityTeams: 1,
        mediationTeams: 0,
        fireTeams: 0,
        groups: 2,
        population: 500,
        households: 100,
      },
    },
    byMonth: [
      { month: "2021-12", incidents: 3, inCommunesByCategory: split(2, 0) },
      { month: "2022-01", incidents: 5, inCommunesByCategory: split(3, 2) },
      { month: "2022-03", incidents: 4, inCommunesByCategory: split(1, 2) },
      { month: "2022-12", incidents: 3, inCommunesByCategory: split(0, 3) },
    ],
    activities: [
      {
        year: 2021,
        outreachSessions: 10,
        outreachAttendances: 900,
        commitments: 1,
        gunsRecovered: 2,
        reintegrationSupported: 3,
      },
      {
        year: 2022,
        outreachSessions: 20,
        outreachAttendances: 1800,
        commitments: 4,
        gunsRecovered: 5,
        reintegrationSupported: 6,
      },
    ],
  };
}

const options = (
  from: string | null,
  to: string | null,
  categories: readonly IncidentCategory[] = INCIDENT_CATEGORIES,
): TablesOptions => ({ from: from as IsoDate | null, to: to as IsoDate | null, categories });

describe("coverage from the summary tables", () => {
  it("sums today's hamlet figures over the communes and the hamlets joined to none", () => {
    const coverage = coverageFromTables(tables(), options(null, null));
    expect(coverage.asOf).toBe("2022-12-31");
    expect(coverage.totals).toMatchObject({
      hamlets: 7,
      coveredHamlets: 4,
      modelPoints: 1,
      teams: { security: 7, mediation: 6, fire: 4 },
      groups: 32,
      population: 6500,
      households: 1300,
      incidentsAllDates: 13,
    });
    expect(coverage.totals.groupsPer100Households).toBeCloseTo((32 / 1300) * 100, 10);
    expect(coverage.unjoinedHamlets).toBe(1);
    expect(coverage.units.map((unit) => [unit.code, unit.coveredHamlets, unit.hamlets])).toEqual([
      ["00001", 3, 4],
      ["00002", 0, 2],
      ["00003", 0, 0],
    ]);
    expect(coverage.units[2]?.groupsPer100Households).toBeNull();
  });

  it("does not let the hamlet figures follow the window: the tables keep no history", () => {
    const early = coverageFromTables(tables(), options("2021-12-01", "2021-12-31"));
    const late = coverageFromTables(tables(), options("2022-12-01", "2022-12-31"));
    expect(early.totals).toEqual(late.totals);
  });

  it("counts the incidents in communes in the window's months, those in none apart", () => {
    const all = coverageFromTables(tables(), options(null, null));
    expect(all.dataFrom).toBe("2021-12-01");
    expect(all.dataTo).toBe("2022-12-31");
    expect(all.months).toEqual({ first: "2021-12", last: "2022-12", whole: true });
    expect(all.incidents).toEqual({
      known: true,
      value: expect.objectContaining({ count: 13, outside: 2, categories: 8 }),
    });
    const quarter = coverageFromTables(tables(), options("2022-01-01", "2022-03-31"));
    expect(quarter.incidents).toMatchObject({ known: true, value: { count: 8, outside: 1 } });
    // 8 incidents, 6,500 people, a quarter of a year: 8 / 6.5 / 0.2466 a year
    const rate = quarter.incidents.known ? quarter.incidents.value.rate : null;
    expect(rate).toBeCloseTo(8 / 6.5 / (90 / 365), 6);
  });

  it("counts only the categories chosen", () => {
    const theft = coverageFromTables(tables(), options(null, null, ["theft"]));
    expect(theft.incidents).toMatchObject({ known: true, value: { count: 6, categories: 1 } });
    const drugs = coverageFromTables(tables(), options("2022-01-01", "2022-12-31", ["drugs"]));
    expect(drugs.incidents).toMatchObject({ known: true, value: { count: 7, categories: 1 } });
    const none = coverageFromTables(tables(), options(null, null, []));
    expect(none.incidents).toMatchObject({ known: true, value: { count: 0, categories: 0 } });
  });

  it("counts whole months for a window cut inside months, and says so", () => {
    const coverage = coverageFromTables(tables(), options("2022-01-15", "2022-03-10"));
    expect(coverage.months).toEqual({ first: "2022-01", last: "2022-03", whole: false });
    expect(coverage.incidents).toMatchObject({ known: true, value: { count: 8 } });
  });

  it("counts a year's activities when the window touches that year", () => {
    const december = coverageFromTables(tables(), options("2021-12-01", "2021-12-31"));
    expect(december.activities).toEqual({
      known: true,
      value: {
        outreachSessions: 10,
        outreachAttendances: 900,
        commitments: 1,
        gunsRecovered: 2,
        reintegrationSupported: 3,
      },
    });
    const across = coverageFromTables(tables(), options("2021-12-01", "2022-01-31"));
    expect(across.activities).toMatchObject({ known: true, value: { outreachSessions: 30 } });
    const later = coverageFromTables(tables(), options("2023-01-01", "2023-12-31"));
    expect(later.activities).toMatchObject({ known: true, value: { outreachSessions: 0 } });
  });

  it("says what it cannot know instead of a zero", () => {
    const { activities: _, ...older } = tables();
    expect(coverageFromTables(older, options(null, null)).activities).toEqual({
      known: false,
      reason: "not-in-tables",
    });
    expect(coverageFromTables({ ...tables(), activities: [] }, options(null, null)).activities).toEqual({
      known: false,
      reason: "no-records",
    });
    const undated = coverageFromTables({ ...tables(), byMonth: [], activities: [] }, options(null, null));
    expect(undated).toMatchObject({ dataFrom: null, dataTo: null, months: null });
    expect(undated.incidents).toEqual({ known: false, reason: "no-months" });
    // Without incident months, the activity years frame the data.
    const activitiesOnly = coverageFromTables({ ...tables(), byMonth: [] }, options(null, null));
    expect(activitiesOnly).toMatchObject({ dataFrom: "2021-01-01", dataTo: "2022-12-31" });
    expect(activitiesOnly.incidents).toEqual({ known: false, reason: "no-months" });
  });

  it("reads older tables without the split by category only where their totals are the answer", () => {
    const old = (unjoined: number): CoverageTables => ({
      ...tables(),
      unjoined: { hamlets: 0, incidents: unjoined },
      byMonth: tables().byMonth.map(({ month, incidents }) => ({ month, incidents })),
    });
    expect(coverageFromTables(old(0), options(null, null)).incidents).toMatchObject({
      known: true,
      value: { count: 15, outside: 0 },
    });
    expect(coverageFromTables(old(0), options(null, null, ["theft"])).incidents).toEqual({
      known: false,
      reason: "old-tables",
    });
    expect(coverageFromTables(old(2), options(null, null)).incidents).toEqual({
      known: false,
      reason: "old-tables",
    });
  });

  it("refuses a window that ends before it starts, or a date that is none", () => {
    expect(() => coverageFromTables(tables(), options("2022-03-01", "2022-01-31"))).toThrow(RangeError);
    expect(() => coverageFromTables(tables(), options("2022-02-30", null))).toThrow(/not a date/);
  });
});
