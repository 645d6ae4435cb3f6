// Every figure of the hand-made district (fixture.ts), worked out by hand. Populations: H1 1000,
// H2 500, H3 800, H4 300, H5 600, H6 400, H7 200 (3,800 in all).
import { describe, expect, it } from "vitest";
import {
  buildCoverageIndex,
  type Coverage,
  type CoverageOptions,
  computeCoverage,
  DEFAULT_RADIUS_KM,
} from "../../../src/domain/coverage";
import type { IsoDate } from "../../../src/domain/types";
import { fixtureDataset, KM_PER_DEGREE } from "./fixture";

const dataset = fixtureDataset();
const index = buildCoverageIndex(dataset.layers);
const options = (from: string | null, to: string | null, radiusKm = DEFAULT_RADIUS_KM): CoverageOptions => ({
  from: from as IsoDate | null,
  to: to as IsoDate | null,
  radiusKm,
});
const unitOf = (coverage: Coverage, code: string) => {
  const unit = coverage.units.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
};
const hamletOf = (coverage: Coverage, code: string) => {
  const hamlet = coverage.hamlets.find((candidate) => candidate.code === code);
  if (!hamlet) throw new Error(`no hamlet ${code}`);
  return hamlet;
};

describe("the year 2021 (window 2021-01-01 … 2021-12-31, radius 5 km)", () => {
  const coverage = computeCoverage(index, options("2021-01-01", "2021-12-31"));

  it("resolves the window to exactly one year", () => {
    expect(coverage.window).toEqual({ from: "2021-01-01", to: "2021-12-31", years: 1 });
    expect(DEFAULT_RADIUS_KM).toBe(5);
  });

  it("lists the units by code, the one without hamlets included", () => {
    expect(coverage.units.map((unit) => [unit.code, unit.name, unit.hamlets])).toEqual([
      ["03730", "Xã Chiềng Pha", 2],
      ["03733", "Xã Chiềng La", 2],
      ["03754", "Xã Noong Lay", 2],
      ["03772", "Xã Tông Lạnh", 0],
    ]);
  });

  it("counts covered hamlets as of the window's end: H1 (2020) and H5 (2021), not H2 (2022)", () => {
    expect(coverage.units.map((unit) => unit.coveredHamlets)).toEqual([1, 0, 1, 0]);
    expect(coverage.totals).toMatchObject({ code: "total", hamlets: 7, coveredHamlets: 2 });
    expect(hamletOf(coverage, "03730-02")).toMatchObject({ status: "replicated", covered: false });
  });

  it("sums population, households, groups and teams, the unjoined hamlet in the totals only", () => {
    expect(coverage.units.map((unit) => [unit.population, unit.households, unit.groups])).toEqual([
      [1500, 300, 15],
      [1100, 220, 11],
      [1000, 200, 6],
      [0, 0, 0],
    ]);
    expect(coverage.totals).toMatchObject({ population: 3800, households: 760, groups: 34 });
    expect(coverage.units.map((unit) => unit.coveredPopulation)).toEqual([1000, 0, 600, 0]);
    expect(coverage.units.map((unit) => unit.coveredHouseholds)).toEqual([200, 0, 120, 0]);
    expect(coverage.totals).toMatchObject({ coveredPopulation: 1600, coveredHouseholds: 320 });
    expect(coverage.units.map((unit) => unit.teams)).toEqual([
      { security: 2, mediation: 2, fire: 1 },
      { security: 2, mediation: 1, fire: 1 },
      { security: 1, mediation: 1, fire: 1 },
      { security: 0, mediation: 0, fire: 0 },
    ]);
    expect(coverage.totals.teams).toEqual({ security: 6, mediation: 4, fire: 3 });
  });

  it("gives groups per 100 households, null without households", () => {
    expect(coverage.units.map((unit) => unit.groupsPer100Households)).toEqual([5, 5, 3, null]);
    expect(coverage.totals.groupsPer100Households).toBeCloseTo((34 / 760) * 100, 10);
    expect(hamletOf(coverage, "03730-01").householdsPerGroup).toBe(20);
    expect(hamletOf(coverage, "03754-02").householdsPerGroup).toBeNull();
  });

  it("counts the incidents inside the window by unit, hamlet and category", () => {
    // I10 (H1), I22 (H2) in U1; I19 (H3) in U2; I15 (H5), I21 (H6) in U3; I24 in U4; I25 outside.
    expect(coverage.units.map((unit) => unit.incidents)).toEqual([2, 1, 2, 1]);
    expect(coverage.totals.incidents).toBe(6);
    expect(coverage.hamlets.map((hamlet) => hamlet.incidents)).toEqual([1, 1, 1, 0, 1, 1, 0]);
    expect(unitOf(coverage, "03730").incidentsByCategory).toMatchObject({ theft: 1, other: 1, drugs: 0 });
    expect(coverage.totals.incidentsByCategory).toEqual({
      theft: 2,
      drugs: 0,
      dispute: 1,
      violence: 1,
      fire: 0,
      weapons: 0,
      traffic: 0,
      other: 2,
    });
  });

  it("gives incidents per 1,000 people per year, null without population", () => {
    expect(coverage.units.map((unit) => unit.incidentRate)).toEqual([
      (2 / 1500) * 1000,
      (1 / 1100) * 1000,
      2,
      null,
    ]);
    expect(coverage.totals.incidentRate).toBeCloseTo((6 / 3800) * 1000, 10);
  });

  it("keeps the incident outside every unit in outsideIncidents, not in any unit", () => {
    expect(coverage.outsideIncidents).toEqual([{ index: 24, id: "I25", longitude: 104.5, latitude: 21.5 }]);
  });

  it("gives incidents per month for every month of the window, empty months included", () => {
    expect(coverage.totals.incidentsByMonth.map((entry) => entry.month)).toEqual(
      Array.from({ length: 12 }, (_, month) => `2021-${String(month + 1).padStart(2, "0")}`),
    );
    expect(coverage.totals.incidentsByMonth.map((entry) => entry.count)).toEqual([
      0, 2, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0,
    ]);
    expect(unitOf(coverage, "03754").incidentsByMonth.map((entry) => entry.count)).toEqual([
      0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it("measures straight-line distances to the nearest open model site and the unit's post", () => {
    expect(hamletOf(coverage, "03730-01").distanceToModelKm).toBeCloseTo(0, 9);
    expect(hamletOf(coverage, "03730-02").distanceToModelKm).toBeCloseTo(0.04 * KM_PER_DEGREE, 5);
    // Due east of S1 by 0.05° at 21.05° N: 0.05 × 111.195 × cos 21.05°.
    expect(hamletOf(coverage, "03733-02").distanceToModelKm).toBeCloseTo(
      0.05 * KM_PER_DEGREE * Math.cos((21.05 * Math.PI) / 180),
      3,
    );
    expect(hamletOf(coverage, "03730-01").distanceToPostKm).toBeCloseTo(0.01 * KM_PER_DEGREE, 5);
    expect(hamletOf(coverage, "03730-02").distanceToPostKm).toBeCloseTo(0.05 * KM_PER_DEGREE, 5);
    expect(hamletOf(coverage, "03733-01").distanceToPostKm).toBeCloseTo(0.01 * KM_PER_DEGREE, 5);
    expect(hamletOf(coverage, "03754-01").distanceToPostKm).toBeNull();
    expect(hamletOf(coverage, "X-01").distanceToPostKm).toBeNull();
  });

  it("counts population within the radius of an open model site", () => {
    expect(coverage.hamlets.map((hamlet) => hamlet.withinRadius)).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
    expect(coverage.units.map((unit) => unit.populationWithinRadius)).toEqual([1500, 0, 600, 0]);
    expect(coverage.units.map((unit) => unit.hamletsWithinRadius)).toEqual([2, 0, 1, 0]);
    expect(coverage.totals).toMatchObject({ populationWithinRadius: 2100, hamletsWithinRadius: 3 });
  });

  it("counts the activity records of 2021, the unjoined one in the totals only", () => {
    expect(unitOf(coverage, "03730")).toMatchObject({
      outreachSessions: 7,
      outreachAttendances: 450,
      commitments: 3,
      gunsRecovered: 2,
      reintegrationSupported: 4,
    });
    expect(unitOf(coverage, "03754")).toMatchObject({ outreachSessions: 4, outreachAttendances: 200 });
    expect(coverage.totals).toMatchObject({
      outreachSessions: 12,
      outreachAttendances: 660,
      commitments: 4,
      gunsRecovered: 2,
      reintegrationSupported: 7,
    });
  });

  it("lists what is not joined to any unit, with the join's reasons", () => {
    expect(coverage.unjoined).toEqual([
      // The join has already emptied its unknown code, so only the location is left to explain.
      { kind: "hamlets", index: 6, name: "Bản Lạc", reason: "outside-units" },
      { kind: "activities", index: 3, name: "Xã Không Tồn Tại", reason: "name-unknown" },
      { kind: "incidents", index: 24, name: "I25", reason: "outside-units" },
    ]);
    expect(hamletOf(coverage, "X-01").unitCode).toBeNull();
  });
});

describe("edge cases", () => {
  it("puts a hamlet and an incident on the shared border in exactly one unit (the eastern one)", () => {
    const coverage = computeCoverage(index, options("2022-01-01", "2022-12-31"));
    expect(hamletOf(coverage, "03733-02").unitCode).toBe("03733");
    expect(dataset.layers.hamlets.features[3]?.properties.joinedBy).toBe("location");
    // I23 on the border goes to U2 and to H4, its nearest hamlet there; I16 to H5, I26 to H2.
    expect(coverage.units.map((unit) => unit.incidents)).toEqual([1, 1, 1, 0]);
    expect(hamletOf(coverage, "03733-02").incidents).toBe(1);
    expect(coverage.totals.hamlets).toBe(7);
  });

  it("joins hamlets and activity records whose unit names differ only in diacritics, case or spacing", () => {
    const byName = dataset.layers.hamlets.features.map((feature) => [
      feature.properties.unitCode,
      feature.properties.joinedBy,
    ]);
    expect(byName[1]).toEqual(["03730", "name"]);
    expect(byName[2]).toEqual(["03733", "name"]);
    expect(dataset.layers.activities.features[1]?.properties).toMatchObject({
      unitCode: "03730",
      joinedBy: "name",
    });
  });

  it("attributes incidents in either part of a unit split in two", () => {
    const coverage = computeCoverage(index, options("2020-01-01", "2021-12-31"));
    // West part: I11–I15 (H5); east part: I20, I21 (H6).
    expect(unitOf(coverage, "03754").incidents).toBe(7);
    expect(hamletOf(coverage, "03754-01").incidents).toBe(5);
    expect(hamletOf(coverage, "03754-02").incidents).toBe(2);
  });

  it("counts incidents in a unit without hamlets for the unit, with no hamlet and no rate", () => {
    const coverage = computeCoverage(index, options(null, null));
    expect(unitOf(coverage, "03772")).toMatchObject({
      hamlets: 0,
      incidents: 1,
      incidentRate: null,
      population: 0,
    });
  });

  it("leaves a later adoption and a later model site out of an earlier window", () => {
    const before = computeCoverage(index, options("2020-01-01", "2020-12-31"));
    expect(before.totals.coveredHamlets).toBe(1);
    expect(hamletOf(before, "03754-01")).toMatchObject({ covered: false, withinRadius: false });
    expect(hamletOf(before, "03754-01").distanceToModelKm).toBeGreaterThan(15);
    const after = computeCoverage(index, options("2022-01-01", "2022-12-31"));
    expect(after.totals.coveredHamlets).toBe(3);
    expect(hamletOf(after, "03754-01")).toMatchObject({
      covered: true,
      withinRadius: true,
      distanceToModelKm: 0,
    });
  });

  it("widens the reach with the radius: H4, 5.19 km from S1, joins at 6 km", () => {
    const wider = computeCoverage(index, options("2021-01-01", "2021-12-31", 6));
    expect(hamletOf(wider, "03733-02").withinRadius).toBe(true);
    expect(wider.units.map((unit) => unit.populationWithinRadius)).toEqual([1500, 300, 600, 0]);
    expect(wider.totals).toMatchObject({ populationWithinRadius: 2400, hamletsWithinRadius: 4 });
  });

  it("counts windows that cut months exactly, to the day", () => {
    // I20 on 10 February and I07 on 29 February 2020 (a leap day).
    expect(computeCoverage(index, options("2020-02-10", "2020-02-29")).totals.incidents).toBe(2);
    expect(computeCoverage(index, options("2020-02-11", "2020-02-28")).totals.incidents).toBe(0);
    expect(computeCoverage(index, options("2019-03-02", "2019-03-02")).totals.incidents).toBe(1);
    const straddling = computeCoverage(index, options("2020-12-31", "2021-02-01"));
    expect(straddling.hamlets[4]?.incidents).toBe(2);
    expect(straddling.totals.incidentsByMonth).toEqual([
      { month: "2020-12", count: 1 },
      { month: "2021-01", count: 0 },
      { month: "2021-02", count: 1 },
    ]);
  });

  it("counts activity years that overlap the window", () => {
    const coverage = computeCoverage(index, options("2020-07-01", "2021-06-30"));
    expect(unitOf(coverage, "03730").outreachSessions).toBe(12);
    expect(coverage.window.years).toBeCloseTo(184 / 366 + 181 / 365, 12);
  });

  it("opens an open window at the first incident and closes it at the last", () => {
    const coverage = computeCoverage(index, options(null, null));
    expect(coverage.window).toMatchObject({ from: "2019-01-05", to: "2022-12-20" });
    expect(coverage.window.years).toBeCloseTo(361 / 365 + 2 + 354 / 365, 12);
    expect(coverage.totals.incidents).toBe(25);
    expect(coverage.outsideIncidents).toHaveLength(1);
  });

  it("refuses a window that ends before it starts, a bad date or a negative radius", () => {
    expect(() => computeCoverage(index, options("2022-01-01", "2021-01-01"))).toThrow(RangeError);
    expect(() => computeCoverage(index, options("2022-02-30", null))).toThrow(RangeError);
    expect(() => computeCoverage(index, options(null, null, -1))).toThrow(RangeError);
  });
});
