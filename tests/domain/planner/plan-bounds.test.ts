import { describe, expect, it } from "vitest";
import { haversineKm } from "../../../src/domain/planner/distance";
import { planBounds } from "../../../src/domain/planner/plan-bounds";
import { at } from "./fixtures";

describe("planBounds", () => {
  it("holds every pick's whole reach, its edges R km from the outermost picks", () => {
    const picks = [at(0, 0), at(12, -3), at(4, 9)];
    const bounds = planBounds(picks, 5);
    if (!bounds) throw new Error("no bounds");
    const [west, south, east, north] = bounds;
    const first = picks[0] as { longitude: number; latitude: number };
    const second = picks[1] as { longitude: number; latitude: number };
    const third = picks[2] as { longitude: number; latitude: number };
    expect(haversineKm(first.longitude, first.latitude, west, first.latitude)).toBeCloseTo(5, 2);
    expect(haversineKm(second.longitude, second.latitude, east, second.latitude)).toBeCloseTo(5, 2);
    expect(haversineKm(second.longitude, second.latitude, second.longitude, south)).toBeCloseTo(5, 6);
    expect(haversineKm(third.longitude, third.latitude, third.longitude, north)).toBeCloseTo(5, 6);
  });

  it("is null without picks and the picks' own box at radius 0", () => {
    expect(planBounds([], 5)).toBeNull();
    const point = at(1, 1);
    expect(planBounds([point], 0)).toEqual([
      point.longitude,
      point.latitude,
      point.longitude,
      point.latitude,
    ]);
  });
});
