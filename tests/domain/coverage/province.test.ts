// A generated province (src/sample/province.ts) with wiggly shared borders, ten model sites
// opening over four years and incidents spilling over its edge: every figure that depends on
// geometry must agree with a plain turf scan, at several dates.
import { booleanPointInPolygon, distance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { buildCoverageIndex, computeCoverage } from "../../../src/domain/coverage";
import type { IsoDate } from "../../../src/domain/types";
import { generateProvince } from "../../../src/sample/province";

const layers = generateProvince({
  seed: 7,
  columns: 6,
  rows: 4,
  hamlets: 240,
  incidents: 3000,
  modelSites: 10,
});
const index = buildCoverageIndex(layers);
const { units, hamlets, sites, incidents } = layers;

describe("a generated province against turf", () => {
  it("places each incident in the polygon holding it, or outside, and at the nearest hamlet of that unit", () => {
    const window = { from: "2020-03-15" as IsoDate, to: "2021-11-20" as IsoDate, radiusKm: 5 };
    const coverage = computeCoverage(index, window);
    const unitCounts = new Map<string, number>();
    const hamletCounts = hamlets.features.map(() => 0);
    const outside: string[] = [];
    for (const incident of incidents.features) {
      if (incident.properties.date < window.from || incident.properties.date > window.to) continue;
      const at = incident.geometry.coordinates;
      const code = units.features.find((unit) => booleanPointInPolygon(at, unit))?.properties.code;
      if (code === undefined) {
        outside.push(incident.properties.id);
        continue;
      }
      unitCounts.set(code, (unitCounts.get(code) ?? 0) + 1);
      let nearest = -1;
      let nearestKm = Infinity;
      hamlets.features.forEach((hamlet, position) => {
        const km = hamlet.properties.unitCode === code ? distance(at, hamlet.geometry.coordinates) : Infinity;
        if (km < nearestKm) {
          nearest = position;
          nearestKm = km;
        }
      });
      hamletCounts[nearest] = (hamletCounts[nearest] ?? 0) + 1;
    }
    expect(outside.length).toBeGreaterThan(0);
    expect(coverage.outsideIncidents.map((incident) => incident.id).sort()).toEqual(outside.sort());
    expect(coverage.units.map((unit) => unit.incidents)).toEqual(
      coverage.units.map((unit) => unitCounts.get(unit.code) ?? 0),
    );
    expect(coverage.hamlets.map((hamlet) => hamlet.incidents)).toEqual(hamletCounts);
  });

  it("measures the distance to the nearest model site open at the window's end, and to the unit's post", () => {
    const dates = ["2019-01-01", "2019-09-30", "2020-06-30", "2021-03-31", "2022-12-31"];
    for (const to of dates) {
      const coverage = computeCoverage(index, { from: null, to: to as IsoDate, radiusKm: 8 });
      const open = sites.features.filter(
        (site) => site.properties.siteType === "model" && (site.properties.since ?? "") <= to,
      );
      let within = 0;
      coverage.hamlets.forEach((hamlet, position) => {
        const feature = hamlets.features[position];
        const at = feature?.geometry.coordinates as number[];
        const nearest =
          open.length > 0 ? Math.min(...open.map((site) => distance(at, site.geometry.coordinates))) : null;
        if (nearest === null) expect(hamlet.distanceToModelKm).toBeNull();
        else expect(hamlet.distanceToModelKm).toBeCloseTo(nearest, 9);
        if (nearest !== null && nearest <= 8) within += feature?.properties.population ?? 0;
        const post = sites.features.find(
          (site) =>
            site.properties.siteType === "police-post" && site.properties.unitCode === hamlet.unitCode,
        );
        expect(hamlet.distanceToPostKm).toBeCloseTo(distance(at, post?.geometry.coordinates as number[]), 9);
      });
      expect(coverage.totals.populationWithinRadius).toBe(within);
    }
  });
});
