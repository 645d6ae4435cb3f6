import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { booleanPointInPolygon } from "@turf/turf";
import { beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_CATEGORIES } from "../../src/domain/types";
import { generateSample, type Sample } from "../../src/sample/generate";
import type { RawUnit } from "../../src/sample/raw-types";
import { countBy } from "./sample-helpers";

let sample: Sample;
let unitsByCode: Map<string, RawUnit>;
beforeAll(() => {
  sample = generateSample();
  unitsByCode = new Map(sample.units.map((unit) => [unit.properties.code, unit]));
});

const isCovered = (status: string) => status === "model-point" || status === "replicated";

describe("sample hamlets", () => {
  it("match the district's published counts", () => {
    const hamlets = sample.hamlets.map((hamlet) => hamlet.properties);
    expect(hamlets).toHaveLength(391);
    expect(hamlets.filter((hamlet) => hamlet.securityTeam)).toHaveLength(391);
    expect(hamlets.filter((hamlet) => hamlet.mediationTeam)).toHaveLength(391);
    expect(hamlets.filter((hamlet) => hamlet.fireTeam)).toHaveLength(391);
    expect(hamlets.reduce((sum, hamlet) => sum + hamlet.groups, 0)).toBe(2769);
    expect(new Set(hamlets.map((hamlet) => hamlet.code)).size).toBe(391);
  });

  it("have distinct names within a unit, codes after their unit, and lie inside it", () => {
    for (const [unitCode, count] of countBy(sample.hamlets, (hamlet) => hamlet.properties.unitCode)) {
      const names = sample.hamlets.filter((hamlet) => hamlet.properties.unitCode === unitCode);
      expect(new Set(names.map((hamlet) => hamlet.properties.name)).size).toBe(count);
    }
    for (const hamlet of sample.hamlets) {
      const { code, unitCode, unitName, name } = hamlet.properties;
      expect(code).toMatch(new RegExp(`^${unitCode}-\\d{2}$`));
      expect(name).toBe(name.normalize("NFC"));
      expect(unitName).toBe(unitsByCode.get(unitCode)?.properties.name);
      expect(booleanPointInPolygon(hamlet.geometry, unitsByCode.get(unitCode) as RawUnit), code).toBe(true);
    }
  });

  it("cover all 12 hamlets of Chiềng Pha, from Bản Heo Trại as the 2019 model point", () => {
    const chiengPha = sample.hamlets.filter((hamlet) => hamlet.properties.unitCode === "03730");
    expect(chiengPha).toHaveLength(12);
    expect(chiengPha.every((hamlet) => isCovered(hamlet.properties.modelStatus))).toBe(true);
    const heoTrai = chiengPha.find((hamlet) => hamlet.properties.name === "Bản Heo Trại");
    expect(heoTrai?.properties.modelStatus).toBe("model-point");
    expect(heoTrai?.properties.modelSince?.startsWith("2019-")).toBe(true);
    for (const hamlet of chiengPha) {
      expect((hamlet.properties.modelSince ?? "") >= (heoTrai?.properties.modelSince ?? "")).toBe(true);
    }
  });

  it("hold 12 model points in 12 units, about 90 covered and 20–30 planned hamlets", () => {
    const byStatus = countBy(sample.hamlets, (hamlet) => hamlet.properties.modelStatus);
    const modelPoints = sample.hamlets.filter((hamlet) => hamlet.properties.modelStatus === "model-point");
    expect(new Set(modelPoints.map((hamlet) => hamlet.properties.unitCode)).size).toBe(12);
    const covered = (byStatus.get("model-point") ?? 0) + (byStatus.get("replicated") ?? 0);
    expect(covered).toBeGreaterThanOrEqual(85);
    expect(covered).toBeLessThanOrEqual(95);
    expect(byStatus.get("planned")).toBeGreaterThanOrEqual(20);
    expect(byStatus.get("planned")).toBeLessThanOrEqual(30);
    for (const { properties } of sample.hamlets) {
      expect(properties.modelSince === null).toBe(properties.modelStatus === "none");
      if (properties.modelStatus === "planned") expect(properties.modelSince?.startsWith("2023-")).toBe(true);
      if (isCovered(properties.modelStatus)) expect((properties.modelSince ?? "") <= "2022-12-31").toBe(true);
    }
  });
});

describe("sample sites", () => {
  it("are 12 model sites at their model points and 29 police posts inside their units", () => {
    const models = sample.sites.filter((site) => site.properties.siteType === "model");
    const posts = sample.sites.filter((site) => site.properties.siteType === "police-post");
    expect(models).toHaveLength(12);
    expect(posts).toHaveLength(29);
    for (const site of models) {
      const hamlet = sample.hamlets.find(
        (candidate) => candidate.properties.code === site.properties.hamletCode,
      );
      expect(hamlet?.properties.modelStatus).toBe("model-point");
      expect(site.geometry.coordinates).toEqual(hamlet?.geometry.coordinates);
      expect(site.properties.since).toBe(hamlet?.properties.modelSince);
    }
    for (const site of sample.sites) {
      const unit = unitsByCode.get(site.properties.unitCode) as RawUnit;
      expect(booleanPointInPolygon(site.geometry, unit), site.properties.code).toBe(true);
    }
    expect(posts.find((site) => site.properties.unitCode === "03721")?.properties.name).toBe(
      "Công an thị trấn Thuận Châu",
    );
  });
});

describe("sample incidents", () => {
  it("are about 5,000 dated 2019–2022 in the known categories, each inside some unit", () => {
    expect(sample.incidents.length).toBe(5000);
    const units = [...unitsByCode.values()];
    for (const incident of sample.incidents) {
      expect(INCIDENT_CATEGORIES).toContain(incident.properties.category);
      expect(incident.properties.date >= "2019-01-01" && incident.properties.date <= "2022-12-31").toBe(true);
      expect(incident.properties).not.toHaveProperty("unitCode");
      expect(units.some((unit) => booleanPointInPolygon(incident.geometry, unit))).toBe(true);
    }
  });

  it("fall after a hamlet adopts the model", () => {
    // Compare, per covered hamlet, the monthly rate of incidents nearest to it before and after.
    const covered = sample.hamlets.filter((hamlet) => isCovered(hamlet.properties.modelStatus));
    let before = 0;
    let after = 0;
    let monthsBefore = 0;
    let monthsAfter = 0;
    const monthsFrom2019 = (date: string) =>
      (Number(date.slice(0, 4)) - 2019) * 12 + Number(date.slice(5, 7)) - 1 + Number(date.slice(8, 10)) / 31;
    for (const hamlet of covered) {
      const since = monthsFrom2019(hamlet.properties.modelSince ?? "");
      monthsBefore += since;
      monthsAfter += 48 - since;
      const [x = 0, y = 0] = hamlet.geometry.coordinates;
      for (const incident of sample.incidents) {
        const [ix = 0, iy = 0] = incident.geometry.coordinates;
        if (Math.abs(ix - x) > 0.004 || Math.abs(iy - y) > 0.004) continue;
        if (incident.properties.date < (hamlet.properties.modelSince ?? "")) before++;
        else after++;
      }
    }
    expect(after / monthsAfter).toBeLessThan(0.75 * (before / monthsBefore));
  });
});

describe("sample activities", () => {
  it("add up to the published 2022 totals, one row per unit and year", () => {
    expect(sample.activities).toHaveLength(29 * 4);
    const rows2022 = sample.activities
      .filter((row) => row.properties.year === 2022)
      .map((row) => row.properties);
    const total = (
      key:
        | "outreachSessions"
        | "outreachAttendances"
        | "commitments"
        | "gunsRecovered"
        | "reintegrationSupported",
    ) => rows2022.reduce((sum, row) => sum + row[key], 0);
    expect(rows2022).toHaveLength(29);
    expect(total("outreachSessions")).toBe(170);
    expect(total("outreachAttendances")).toBe(19000);
    expect(total("commitments")).toBe(75);
    expect(total("gunsRecovered")).toBe(130);
    expect(total("reintegrationSupported")).toBe(411);
    expect(sample.activities.every((row) => row.geometry === null)).toBe(true);
  });
});

describe("sample files", () => {
  it("are the same on every run", () => {
    const again = generateSample();
    expect([...again.files.entries()]).toEqual([...sample.files.entries()]);
  });

  it("are committed exactly as generated (regenerate with `npx tsx src/cli/sample.ts`)", () => {
    const geodata = resolve(import.meta.dirname, "../../geodata");
    for (const [name, text] of sample.files) {
      expect(readFileSync(resolve(geodata, name), "utf8") === text, name).toBe(true);
    }
  });

  it("carry the synthetic metadata and a manifest that lists them", () => {
    const manifest = JSON.parse(sample.files.get("manifest.json") ?? "{}");
    expect(manifest).toMatchObject({
      title: "Huyện Thuận Châu, tỉnh Sơn La",
      sample: true,
      dataDate: "2022-12-31",
    });
    expect(manifest.files).toHaveLength(5);
    for (const { path, kind } of manifest.files) {
      const parsed = JSON.parse(sample.files.get(path) ?? "{}");
      expect(parsed.type, kind).toBe("FeatureCollection");
      expect(parsed.metadata).toMatchObject({
        synthetic: true,
        generator: "npm run sample",
        seed: sample.seed,
      });
    }
    expect(Buffer.byteLength(sample.files.get("incidents.geojson") ?? "")).toBeLessThan(1_000_000);
  });
});
