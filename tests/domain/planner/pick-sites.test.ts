import { describe, expect, it } from "vitest";
import { demandWeight } from "../../../src/domain/planner/demand-value";
import { haversineKm } from "../../../src/domain/planner/distance";
import { bruteForceNeighbourLists, buildNeighbourLists } from "../../../src/domain/planner/neighbours";
import { pickSites, pickSitesPlain } from "../../../src/domain/planner/pick-sites";
import type { Objective, PlanInput } from "../../../src/domain/planner/planner-types";
import { candidate, demandPoint, random, randomInstance, unit } from "./fixtures";

// Demand on a line: 10, 20, 30 people at 0, 3, 6 km, 100 at 20 km. Radius 4 km.
const line: PlanInput = {
  demand: [
    demandPoint("d0", 0, 0, { population: 10 }),
    demandPoint("d3", 3, 0, { population: 20 }),
    demandPoint("d6", 6, 0, { population: 30 }),
    demandPoint("d20", 20, 0, { population: 100 }),
  ],
  candidates: [candidate("c3", 3, 0), candidate("c20", 20, 0), candidate("c0", 0, 0)],
};
const lineOptions = { k: 2, radiusKm: 4, objective: "population" as const };

describe("pickSites on a hand-made line", () => {
  it("picks the largest marginal gain first and reports the objective before and after", () => {
    const result = pickSites(line, lineOptions);
    expect(result.picks.map(({ code, gain, order }) => ({ code, gain, order }))).toEqual([
      { code: "c20", gain: 100, order: 1 },
      { code: "c3", gain: 60, order: 2 },
    ]);
    expect(result.picks[1]?.reached).toEqual(["d0", "d3", "d6"]);
    expect(result).toMatchObject({ total: 160, before: 0, after: 160, beforePercent: 0, afterPercent: 100 });
  });

  it("keeps active models fixed: demand they reach already brings no gain", () => {
    const demand = line.demand.map((point) =>
      point.code === "d20" ? { ...point, distanceToModelKm: 1 } : point,
    );
    const result = pickSites({ ...line, demand }, { ...lineOptions, k: 1 });
    expect(result.picks.map((pick) => [pick.code, pick.gain])).toEqual([["c3", 60]]);
    expect(result.before).toBe(100);
    expect(result.beforePercent).toBeCloseTo(62.5, 12);
    expect(result.after).toBe(160);
  });

  it("counts incidents or hamlets when asked", () => {
    const demand = line.demand.map((point, index) => ({ ...point, incidents: index === 0 ? 9 : 1 }));
    const incidents = pickSites({ ...line, demand }, { ...lineOptions, k: 1, objective: "incidents" });
    expect(incidents.picks.map((pick) => [pick.code, pick.gain])).toEqual([["c3", 11]]);
    const hamlets = pickSites(line, { ...lineOptions, k: 1, objective: "hamlets" });
    expect(hamlets.picks.map((pick) => [pick.code, pick.gain])).toEqual([["c3", 3]]);
  });

  it("stops when nothing more can be reached and says so", () => {
    const result = pickSites(line, { ...lineOptions, k: 3 });
    expect(result.picks).toHaveLength(2);
    expect(result.notes).toEqual([{ note: "no-more-gain", code: null }]);
  });

  it("copes with no candidates and no demand", () => {
    const none = pickSites({ demand: line.demand, candidates: [] }, lineOptions);
    expect(none).toMatchObject({
      picks: [],
      total: 160,
      after: 0,
      notes: [{ note: "no-candidates", code: null }],
    });
    const empty = pickSites({ demand: [], candidates: line.candidates }, lineOptions);
    expect(empty).toMatchObject({ total: 0, beforePercent: null, afterPercent: null });
    expect(empty.notes).toEqual([{ note: "no-more-gain", code: null }]);
  });

  it("refuses impossible options", () => {
    expect(() => pickSites(line, { ...lineOptions, k: -1 })).toThrow(RangeError);
    expect(() => pickSites(line, { ...lineOptions, radiusKm: 0 })).toThrow(RangeError);
    expect(() => pickSites(line, { ...lineOptions, maxPerUnit: 0 })).toThrow(RangeError);
  });
});

describe("pickSites constraints", () => {
  // Three strong candidates in Chiềng Pha, far apart, and a weak one in Chiềng La.
  const communes: PlanInput = {
    demand: [
      demandPoint("p1", 0, 0, { population: 300 }),
      demandPoint("p2", 20, 0, { population: 200 }),
      demandPoint("p3", 40, 0, { population: 150 }),
      demandPoint("l1", 60, 0, { population: 50, unitCode: unit("03733") }),
    ],
    candidates: [
      candidate("P1", 0, 0),
      candidate("P2", 20, 0),
      candidate("P3", 40, 0),
      candidate("L1", 60, 0, { unitCode: unit("03733") }),
    ],
  };
  const options = { k: 2, radiusKm: 5, objective: "population" as const };
  const codes = (input: PlanInput, extra: object) =>
    pickSites(input, { ...options, ...extra }).picks.map((pick) => pick.code);

  it("allows at most N picks per commune", () => {
    expect(codes(communes, {})).toEqual(["P1", "P2"]);
    expect(codes(communes, { maxPerUnit: 1 })).toEqual(["P1", "L1"]);
    expect(codes(communes, { maxPerUnit: 1, k: 3 })).toEqual(["P1", "L1"]);
  });

  it("picks locked-in candidates first, counted in K, and never picks ruled-out ones", () => {
    const locked = pickSites(communes, { ...options, lockedIn: ["L1"] });
    expect(locked.picks.map((pick) => [pick.code, pick.locked, pick.gain])).toEqual([
      ["L1", true, 50],
      ["P1", false, 300],
    ]);
    expect(codes(communes, { ruledOut: ["P1"] })).toEqual(["P2", "P3"]);
    expect(codes(communes, { ruledOut: ["P1", "P2"], maxPerUnit: 1 })).toEqual(["P3", "L1"]);
  });

  it("notes locked-in codes it cannot honour", () => {
    const result = pickSites(communes, {
      ...options,
      k: 1,
      maxPerUnit: 1,
      lockedIn: ["X9", "P2", "P3", "P1"],
      ruledOut: ["P1"],
    });
    expect(result.picks.map((pick) => pick.code)).toEqual(["P2", "P3"]);
    expect(result.notes).toEqual([
      { note: "locked-not-candidate", code: "X9" },
      { note: "locked-over-unit-limit", code: "P3" },
      { note: "locked-and-ruled-out", code: "P1" },
      { note: "locked-over-k", code: null },
    ]);
  });
});

/** The optimum by trying every K-subset (respecting the per-unit limit). */
function exactOptimum(
  input: PlanInput,
  k: number,
  radiusKm: number,
  objective: Objective,
  maxPerUnit?: number,
) {
  const reachedBefore = input.demand.map(
    (point) => point.distanceToModelKm !== null && point.distanceToModelKm <= radiusKm,
  );
  const reach = input.candidates.map((site) =>
    input.demand.flatMap((point, index) =>
      haversineKm(site.longitude, site.latitude, point.longitude, point.latitude) <= radiusKm ? [index] : [],
    ),
  );
  let best = 0;
  const chosen: number[] = [];
  const visit = (start: number) => {
    if (maxPerUnit !== undefined) {
      const counts = new Map<string, number>();
      for (const index of chosen) {
        const code = input.candidates[index]?.unitCode ?? "";
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
      if ([...counts.values()].some((count) => count > maxPerUnit)) return;
    }
    const reached = new Set(chosen.flatMap((index) => reach[index] ?? []));
    let gain = 0;
    for (const index of reached) {
      if (!reachedBefore[index]) gain += demandWeight(input.demand[index] as never, objective);
    }
    best = Math.max(best, gain);
    if (chosen.length === k) return;
    for (let next = start; next < input.candidates.length; next++) {
      chosen.push(next);
      visit(next + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}

const gainOf = (result: { before: number; after: number }) => result.after - result.before;
const OBJECTIVES: Objective[] = ["population", "incidents", "hamlets"];

describe("greedy against the exact optimum", () => {
  it("is never below (1 − 1/e) of the optimum on many small random instances", () => {
    const next = random(20261101);
    let belowOptimum = 0;
    for (let trial = 0; trial < 300; trial++) {
      const input = randomInstance(next, {
        candidates: 5 + Math.floor(next() * 6),
        demand: 10 + Math.floor(next() * 20),
        sideKm: 20,
        units: 3,
        weightMax: 50,
      });
      const k = 1 + Math.floor(next() * 4);
      const radiusKm = 2 + next() * 6;
      const objective = OBJECTIVES[trial % 3] as Objective;
      const optimum = exactOptimum(input, k, radiusKm, objective);
      const greedy = gainOf(pickSites(input, { k, radiusKm, objective }));
      expect(greedy).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimum - 1e-9);
      expect(greedy).toBeLessThanOrEqual(optimum + 1e-9);
      if (greedy < optimum) belowOptimum++;
    }
    // The instances must be hard enough that greedy is sometimes beaten, or the test proves little.
    expect(belowOptimum).toBeGreaterThan(0);
  });

  it("keeps half the optimum under a per-commune limit (a partition matroid)", () => {
    const next = random(7);
    for (let trial = 0; trial < 150; trial++) {
      const input = randomInstance(next, { candidates: 8, demand: 20, sideKm: 15, units: 3, weightMax: 30 });
      const k = 2 + Math.floor(next() * 3);
      const optimum = exactOptimum(input, k, 4, "population", 1);
      const greedy = gainOf(pickSites(input, { k, radiusKm: 4, objective: "population", maxPerUnit: 1 }));
      expect(greedy).toBeGreaterThanOrEqual(optimum / 2 - 1e-9);
      expect(greedy).toBeLessThanOrEqual(optimum + 1e-9);
    }
  });

  it("equals the optimum when neighbourhoods are disjoint", () => {
    const next = random(42);
    for (let trial = 0; trial < 100; trial++) {
      // Clusters 50 km apart with a 5 km radius: each candidate reaches only its own cluster.
      const clusters = 4 + Math.floor(next() * 5);
      const input: PlanInput = { demand: [], candidates: [] };
      for (let cluster = 0; cluster < clusters; cluster++) {
        const east = cluster * 50;
        input.candidates.push(candidate(`c${cluster}`, east, 0));
        if (next() < 0.5) input.candidates.push(candidate(`c${cluster}b`, east + 1, 1));
        for (let point = 0; point < 1 + Math.floor(next() * 4); point++) {
          input.demand.push(
            demandPoint(`d${cluster}-${point}`, east + next() * 2, next() * 2, {
              population: Math.floor(next() * 1000),
            }),
          );
        }
      }
      const k = 1 + Math.floor(next() * 3);
      const greedy = gainOf(pickSites(input, { k, radiusKm: 5, objective: "population" }));
      expect(greedy).toBe(exactOptimum(input, k, 5, "population"));
    }
  });
});

describe("lazy evaluation", () => {
  it("returns exactly the plain greedy's picks, with fewer evaluations", () => {
    const next = random(99);
    let lazyEvaluations = 0;
    let plainEvaluations = 0;
    for (let trial = 0; trial < 60; trial++) {
      const input = randomInstance(next, {
        candidates: 40 + Math.floor(next() * 60),
        demand: 100 + Math.floor(next() * 200),
        sideKm: 40,
        units: 5,
        // Small weights make many ties, which both must break alike.
        weightMax: trial % 2 === 0 ? 3 : 1000,
      });
      const options = {
        k: 1 + Math.floor(next() * 15),
        radiusKm: 2 + next() * 6,
        objective: OBJECTIVES[trial % 3] as Objective,
        maxPerUnit: next() < 0.5 ? 1 + Math.floor(next() * 3) : null,
        lockedIn: next() < 0.3 ? [`c${Math.floor(next() * 40)}`] : [],
        ruledOut: next() < 0.3 ? [`c${Math.floor(next() * 40)}`, `c${Math.floor(next() * 40)}`] : [],
      };
      const lazy = pickSites(input, options);
      const plain = pickSitesPlain(input, options);
      const { evaluations: lazyCount, ...lazyRest } = lazy;
      const { evaluations: plainCount, ...plainRest } = plain;
      expect(lazyRest).toEqual(plainRest);
      expect(pickSitesPlain(input, options, "grid").picks).toEqual(plain.picks);
      lazyEvaluations += lazyCount;
      plainEvaluations += plainCount;
    }
    expect(lazyEvaluations).toBeLessThan(plainEvaluations / 2);
  });
});

describe("neighbour lists from the grid", () => {
  it("match measuring every pair, at Sơn La's latitude and far north", () => {
    const next = random(5);
    for (const latitude of [21.4, 64]) {
      const points = (count: number) =>
        Array.from({ length: count }, () => ({
          longitude: 103.5 + next() * (latitude > 60 ? 1 : 0.3),
          latitude: latitude + next() * 0.3,
        }));
      const candidates = points(300);
      const demand = points(600);
      for (const radiusKm of [0.5, 3, 5, 12]) {
        const grid = buildNeighbourLists(candidates, demand, radiusKm);
        const all = bruteForceNeighbourLists(candidates, demand, radiusKm);
        expect(grid.offsets).toEqual(all.offsets);
        expect(grid.indices).toEqual(all.indices);
      }
    }
  });

  it("stay exact when far-flung points force wider cells", () => {
    const next = random(11);
    // A few points across the globe make the extent huge against R, next to a dense cluster.
    const far = Array.from({ length: 20 }, () => ({
      longitude: -170 + next() * 340,
      latitude: -60 + next() * 120,
    }));
    const near = Array.from({ length: 400 }, () => ({
      longitude: 103.6 + next() * 0.2,
      latitude: 21.4 + next() * 0.2,
    }));
    const points = [...far, ...near];
    const grid = buildNeighbourLists(points, points, 3);
    const all = bruteForceNeighbourLists(points, points, 3);
    expect(grid.indices).toEqual(all.indices);
    expect(grid.offsets).toEqual(all.offsets);
  });
});
