import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { pickSites } from "../../../src/domain/planner/pick-sites";
import { comparePlans, createPlan, duplicatePlan, renamePlan } from "../../../src/domain/planner/plan";
import { planToCsv, planToGeoJson } from "../../../src/domain/planner/plan-export";
import { DEFAULT_WEIGHTS, type Plan, type PlanInput } from "../../../src/domain/planner/planner-types";
import { candidate, demandPoint, unit } from "./fixtures";

const input: PlanInput = {
  demand: [
    demandPoint("03730-01", 0, 0, { population: 300 }),
    demandPoint("03730-02", 20, 0, { population: 200 }),
    demandPoint("03733-01", 40, 0, { population: 150, unitCode: unit("03733") }),
  ],
  candidates: [
    candidate("03730-01", 0, 0, { name: "Bản Heo Trại", score: 0.8125 }),
    candidate("03730-02", 20, 0, { name: 'Bản "Nà" Tòng, Mường Ẳng', score: 0.5 }),
    candidate("03733-01", 40, 0, { name: "=Bản Phiêng Lằn", unitCode: unit("03733"), score: null }),
  ],
};

function makePlan(k: number, id: string, lockedIn: string[] = []): Plan {
  const result = pickSites(input, { k, radiusKm: 5, objective: "population", lockedIn });
  return createPlan(
    result,
    { id, name: "Kế hoạch nhân rộng 2026", createdAt: "2026-11-01T08:00:00.000Z" },
    { weights: DEFAULT_WEIGHTS },
  );
}

describe("plans as plain objects", () => {
  it("survive a JSON round trip unchanged", () => {
    const plan = makePlan(3, "p1", ["03733-01"]);
    expect(plan.picks.map((pick) => [pick.code, pick.order, pick.gain, pick.locked])).toEqual([
      ["03733-01", 1, 150, true],
      ["03730-01", 2, 300, false],
      ["03730-02", 3, 200, false],
    ]);
    expect(plan.figures).toEqual({ total: 650, before: 0, after: 650 });
    expect(plan.lockedIn).toEqual(["03733-01"]);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it("duplicate deeply under a new identity, and rename without touching the original", () => {
    const plan = makePlan(2, "p1");
    const copy = duplicatePlan(plan, { id: "p2", createdAt: "2026-11-02T08:00:00.000Z" });
    expect(copy).toMatchObject({ id: "p2", name: "Kế hoạch nhân rộng 2026 (bản sao)" });
    (copy.picks[0] as { name: string }).name = "changed";
    copy.weights.need = 99;
    expect(plan.picks[0]?.name).toBe("Bản Heo Trại");
    expect(plan.weights.need).toBe(DEFAULT_WEIGHTS.need);
    const renamed = renamePlan(plan, "Phương án B");
    expect(renamed.name).toBe("Phương án B");
    expect(plan.name).toBe("Kế hoạch nhân rộng 2026");
  });

  it("compare: which picks differ and each plan's objective before and after", () => {
    const comparison = comparePlans(makePlan(2, "a"), makePlan(2, "b", ["03733-01"]));
    expect(comparison.onlyInA.map((pick) => pick.code)).toEqual(["03730-02"]);
    expect(comparison.onlyInB.map((pick) => pick.code)).toEqual(["03733-01"]);
    expect(comparison.inBoth).toEqual([{ code: "03730-01", name: "Bản Heo Trại", orderInA: 1, orderInB: 2 }]);
    expect(comparison.a).toMatchObject({ before: 0, after: 500, gain: 500 });
    expect(comparison.b).toMatchObject({ before: 0, after: 450, gain: 450 });
    expect(comparison.comparable).toBe(true);
  });
});

describe("plan exports", () => {
  const plan = makePlan(3, "p1");

  it("GeoJSON holds every pick as a point with order, gain, score and names", () => {
    const collection = JSON.parse(JSON.stringify(planToGeoJson(plan)));
    expect(collection.features).toHaveLength(plan.picks.length);
    for (const pick of plan.picks) {
      const feature = collection.features.find((item: { properties: { code: string } }) => {
        return item.properties.code === pick.code;
      });
      expect(feature.geometry).toEqual({ type: "Point", coordinates: [pick.longitude, pick.latitude] });
      expect(feature.properties).toMatchObject({
        name: pick.name,
        order: pick.order,
        gain: pick.gain,
        score: pick.score,
        planName: "Kế hoạch nhân rộng 2026",
      });
    }
  });

  it.each([
    ["vi", ";", ","],
    ["en", ",", "."],
  ] as const)(
    "CSV in %s: a BOM, bilingual headers, every pick with diacritics intact",
    (language, delimiter, decimal) => {
      const csv = planToCsv(plan, language);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const bytes = new TextEncoder().encode(csv);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true, delimiter });
      const [header, ...rows] = parsed.data;
      expect(header?.[0]).toBe("Thứ tự (Order)");
      expect(header?.[2]).toBe("Tên bản (Hamlet)");
      expect(header?.[6]).toBe("Dân số được phủ thêm (Population newly reached)");
      expect(rows).toHaveLength(plan.picks.length);
      const number = (cell: string | undefined) => Number(cell?.replace(decimal, "."));
      for (const pick of plan.picks) {
        const row = rows.find((cells) => cells[1] === pick.code);
        expect(row?.[0]).toBe(String(pick.order));
        expect(number(row?.[6])).toBe(pick.gain);
        expect(number(row?.[4])).toBeCloseTo(pick.longitude, 6);
        if (pick.score === null) expect(row?.[7]).toBe("");
        else expect(Math.abs(number(row?.[7]) - pick.score * 100)).toBeLessThanOrEqual(0.05);
      }
      const names = rows.map((cells) => cells[2]);
      expect(names).toContain('Bản "Nà" Tòng, Mường Ẳng');
      // A name Excel would run as a formula is defused.
      expect(names).toContain("'=Bản Phiêng Lằn");
    },
  );
});
