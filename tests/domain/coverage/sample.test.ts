// The designed totals of the generated sample in geodata/ (see domain.md, "Figures for one
// district-year"), through the same loader the command line uses.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { booleanPointInPolygon, distance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/dataset";
import { buildCoverageIndex, computeCoverage } from "../../../src/domain/coverage";
import type { IsoDate } from "../../../src/domain/types";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const readText = async (path: string) => readFile(`${root}${path}`, "utf8").catch(() => null);

describe("the sample district", async () => {
  const dataset = await loadDataset(readText, "geodata/manifest.json");
  const index = buildCoverageIndex(dataset.layers);
  const year2022 = computeCoverage(index, {
    from: "2022-01-01" as IsoDate,
    to: "2022-12-31" as IsoDate,
    radiusKm: 5,
  });

  it("has 391 hamlets, each with its three teams, and 2,769 groups", () => {
    expect(year2022.totals).toMatchObject({ hamlets: 391, groups: 2769 });
    expect(year2022.totals.teams).toEqual({ security: 391, mediation: 391, fire: 391 });
    expect(year2022.units.reduce((sum, unit) => sum + unit.hamlets, 0)).toBe(391);
  });

  it("has Chiềng Pha (03730) covered 12 of 12 at the end of 2022", () => {
    const chiengPha = year2022.units.find((unit) => unit.code === "03730");
    expect(chiengPha).toMatchObject({ name: "Xã Chiềng Pha", hamlets: 12, coveredHamlets: 12 });
  });

  it("reports the 2022 activity totals: 170 sessions, 19,000 attendances, 75, 130, 411", () => {
    expect(year2022.totals).toMatchObject({
      outreachSessions: 170,
      outreachAttendances: 19_000,
      commitments: 75,
      gunsRecovered: 130,
      reintegrationSupported: 411,
    });
  });

  it("attributes every incident to a unit, and every one inside a unit to a hamlet", () => {
    const whole = computeCoverage(index, { from: null, to: null, radiusKm: 5 });
    expect(whole.outsideIncidents).toEqual([]);
    expect(whole.unjoined).toEqual([]);
    expect(whole.totals.incidents).toBe(dataset.layers.incidents.features.length);
    expect(whole.hamlets.reduce((sum, hamlet) => sum + hamlet.incidents, 0)).toBe(whole.totals.incidents);
  });

  it("measures each hamlet's distance to the nearest open model site and to its unit's post as turf does", () => {
    const sites = dataset.layers.sites.features;
    for (const to of ["2019-12-31", "2021-06-30", "2022-12-31"]) {
      const coverage = computeCoverage(index, { from: null, to: to as IsoDate, radiusKm: 5 });
      const open = sites.filter(
        (site) => site.properties.siteType === "model" && (site.properties.since ?? "") <= to,
      );
      coverage.hamlets.forEach((hamlet, position) => {
        const at = dataset.layers.hamlets.features[position]?.geometry.coordinates as number[];
        const nearest = Math.min(...open.map((site) => distance(at, site.geometry.coordinates)));
        expect(hamlet.distanceToModelKm).toBeCloseTo(nearest, 9);
        const posts = sites.filter(
          (site) =>
            site.properties.siteType === "police-post" && site.properties.unitCode === hamlet.unitCode,
        );
        const post =
          posts.length > 0 ? Math.min(...posts.map((site) => distance(at, site.geometry.coordinates))) : null;
        if (post === null) expect(hamlet.distanceToPostKm).toBeNull();
        else expect(hamlet.distanceToPostKm).toBeCloseTo(post, 9);
      });
    }
  });

  it("places every incident in the unit and hamlet turf finds: the polygon holding it, the nearest hamlet there", () => {
    const units = dataset.layers.units.features;
    const hamlets = dataset.layers.hamlets.features;
    const whole = computeCoverage(index, { from: null, to: null, radiusKm: 5 });
    const unitCounts = new Map<string, number>();
    const hamletCounts = hamlets.map(() => 0);
    for (const incident of dataset.layers.incidents.features) {
      const at = incident.geometry.coordinates;
      const code = units.find((unit) => booleanPointInPolygon(at, unit))?.properties.code as string;
      unitCounts.set(code, (unitCounts.get(code) ?? 0) + 1);
      let nearest = -1;
      let nearestKm = Infinity;
      hamlets.forEach((hamlet, position) => {
        if (hamlet.properties.unitCode !== code) return;
        const km = distance(at, hamlet.geometry.coordinates);
        if (km < nearestKm) {
          nearest = position;
          nearestKm = km;
        }
      });
      hamletCounts[nearest] = (hamletCounts[nearest] ?? 0) + 1;
    }
    expect(whole.units.map((unit) => unit.incidents)).toEqual(
      whole.units.map((unit) => unitCounts.get(unit.code) ?? 0),
    );
    expect(whole.hamlets.map((hamlet) => hamlet.incidents)).toEqual(hamletCounts);
  });
});
