import { describe, expect, it } from "vitest";
import { adoptionTimeline } from "../../../src/domain/planner/timeline";
import { applyPlan, type WhatIfKey } from "../../../src/domain/planner/what-if";
import { at, coveredSince, hamlet, unit } from "./fixtures";

// Chiềng Pha: a model point at 0 km and a replicated hamlet at 2 km; three uncovered hamlets at
// 4, 12 and 15 km. Chiềng La: one uncovered hamlet at 30 km. Radius 5 km.
const hamlets = [
  hamlet("M", {
    ...at(0),
    ...coveredSince(2019),
    status: "model-point",
    distanceToModelKm: 0,
    population: 400,
  }),
  hamlet("R", { ...at(2), ...coveredSince(2021), distanceToModelKm: 2, population: 600, incidents: 1 }),
  hamlet("U4", { ...at(4), distanceToModelKm: 4, population: 1000, incidents: 2 }),
  hamlet("U12", { ...at(12), distanceToModelKm: 12, population: 1500, incidents: 5 }),
  hamlet("U15", { ...at(15), distanceToModelKm: 15, population: 500, incidents: 0 }),
  hamlet("L30", {
    ...at(30),
    unitCode: unit("03733"),
    distanceToModelKm: 30,
    population: 1000,
    incidents: 2,
  }),
];

describe("applyPlan", () => {
  it("gives before and after figures with changes and shares", () => {
    const whatIf = applyPlan(hamlets, ["U12", "L30"], 5);
    const figure = (key: WhatIfKey) => whatIf.figures.find((row) => row.key === key);
    expect(figure("coveredHamlets")).toEqual({
      key: "coveredHamlets",
      before: 2,
      after: 4,
      total: 6,
      change: 2,
      beforePercent: (2 / 6) * 100,
      afterPercent: (4 / 6) * 100,
    });
    // Within 5 km before: M, R, U4 (2,000 people); after also U12, U15 (3 km from U12) and L30.
    expect(figure("hamletsWithinRadius")).toMatchObject({ before: 3, after: 6, change: 3 });
    expect(figure("populationWithinRadius")).toMatchObject({ before: 2000, after: 5000, total: 5000 });
    expect(figure("populationWithinRadius")?.beforePercent).toBeCloseTo(40, 12);
    expect(figure("incidentsWithinRadius")).toMatchObject({ before: 3, after: 10, total: 10 });
    expect(figure("coveredPopulation")).toMatchObject({ before: 1000, after: 3500 });
    // Chiềng La's only hamlet becomes covered: one peaceful commune out of two.
    expect(figure("peacefulUnits")).toMatchObject({ before: 0, after: 1, total: 2 });
    expect(whatIf.units).toContainEqual({ code: "03733", hamlets: 1, coveredBefore: 0, coveredAfter: 1 });
    expect(whatIf.hamlets.find((row) => row.code === "U15")).toMatchObject({
      coveredAfter: false,
      withinRadiusBefore: false,
      withinRadiusAfter: true,
    });
  });

  it("lists unknown and already covered picks, and changes nothing for them", () => {
    const whatIf = applyPlan(hamlets, ["X", "R", "R"], 5);
    expect(whatIf.picked).toEqual(["R"]);
    expect(whatIf.unknownCodes).toEqual(["X"]);
    expect(whatIf.alreadyCoveredCodes).toEqual(["R"]);
    expect(whatIf.figures.find((row) => row.key === "coveredHamlets")).toMatchObject({ before: 2, after: 2 });
    // R still reaches as a model site would: U4 is 2 km away (within already).
    expect(whatIf.figures.find((row) => row.key === "hamletsWithinRadius")?.change).toBe(0);
  });
});

describe("adoptionTimeline", () => {
  it("runs from the recorded adoption years into the plan's years", () => {
    const list = [
      ...hamlets,
      hamlet("R2", coveredSince(2019)),
      hamlet("Z", coveredSince(null)),
      hamlet("U20", { ...at(20) }),
    ];
    const plan = {
      picks: [
        { code: "U12", order: 2 },
        { code: "U4", order: 1 },
        { code: "R", order: 3 },
        { code: "L30", order: 4 },
        { code: "U4", order: 5 },
        { code: "U20", order: 6 },
      ],
    };
    expect(adoptionTimeline(list, plan, { perYear: 2 })).toEqual([
      { year: 2019, covered: 3, cumulative: 3, codes: ["M", "R2", "Z"], planned: false },
      { year: 2020, covered: 0, cumulative: 3, codes: [], planned: false },
      { year: 2021, covered: 1, cumulative: 4, codes: ["R"], planned: false },
      { year: 2022, covered: 2, cumulative: 6, codes: ["U4", "U12"], planned: true },
      { year: 2023, covered: 2, cumulative: 8, codes: ["L30", "U20"], planned: true },
    ]);
    const later = adoptionTimeline(list, plan, { perYear: 3, firstPlanYear: 2026 });
    expect(later.map((row) => [row.year, row.covered, row.planned])).toEqual([
      [2019, 3, false],
      [2020, 0, false],
      [2021, 1, false],
      [2022, 0, false],
      [2023, 0, false],
      [2024, 0, false],
      [2025, 0, false],
      [2026, 3, true],
      [2027, 1, true],
    ]);
  });

  it("needs a first plan year when no adoption has a date", () => {
    const undated = [hamlet("Z", coveredSince(null)), hamlet("U")];
    const plan = { picks: [{ code: "U", order: 1 }] };
    expect(() => adoptionTimeline(undated, plan, { perYear: 1 })).toThrow(RangeError);
    expect(adoptionTimeline(undated, plan, { perYear: 1, firstPlanYear: 2026 })).toEqual([
      { year: 2025, covered: 1, cumulative: 1, codes: ["Z"], planned: false },
      { year: 2026, covered: 1, cumulative: 2, codes: ["U"], planned: true },
    ]);
  });
});
