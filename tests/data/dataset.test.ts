import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/dataset";

const fixtures = fileURLToPath(new URL("../fixtures/geodata/", import.meta.url));
const readText = async (path: string) => {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
};

describe("loadDataset on the valid fixture", () => {
  it("loads every kind, joins by code and by location, and reports nothing", async () => {
    const dataset = await loadDataset(readText, `${fixtures}valid/manifest.json`);
    expect(dataset).toMatchObject({ title: "Thử nghiệm / test", sample: true, dataDate: "2022-12-31" });
    expect(dataset.report.files.map((file) => file.status)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(dataset.report.join).toEqual([]);
    expect(dataset.report.manifest).toEqual([]);
    expect(dataset.layers.hamlets.features.map((feature) => feature.properties.joinedBy)).toEqual([
      "code",
      "code",
    ]);
    expect(
      dataset.layers.incidents.features.map((feature) => [
        feature.properties.unitCode,
        feature.properties.joinedBy,
      ]),
    ).toEqual([
      ["03730", "location"],
      ["03733", "location"],
    ]);
  });
});

describe("loadDataset on the broken fixture", async () => {
  const dataset = await loadDataset(readText, `${fixtures}broken/manifest.json`);
  const file = (name: string) => {
    const report = dataset.report.files.find((candidate) => candidate.file.endsWith(name));
    if (!report) throw new Error(`no report for ${name}`);
    return report;
  };

  it("reports the missing and the unreadable file while the others still load", () => {
    expect(file("sites.geojson").status).toBe("missing");
    const activities = file("activities.geojson");
    expect(activities.status).toBe("unreadable");
    expect(activities.messages[0]?.text.en).toContain("line 4, column 95");
    expect(dataset.layers.units.features).toHaveLength(2);
    expect(dataset.layers.sites.features).toEqual([]);
  });

  it("rewinds the clockwise unit, restores its code, and rejects the NaN coordinate", () => {
    const units = file("units.geojson");
    expect(units).toMatchObject({ read: 3, accepted: 2, rejected: 1, repaired: 2 });
    expect(dataset.layers.units.features.map((feature) => feature.properties.code)).toEqual([
      "03730",
      "03733",
    ]);
    expect(units.messages).toContainEqual(
      expect.objectContaining({
        level: "warning",
        code: "code-leading-zeros",
        featureIndex: 0,
        found: "3730",
      }),
    );
    expect(units.messages).toContainEqual(
      expect.objectContaining({ level: "info", code: "ring-rewound", featureIndex: 0 }),
    );
    expect(units.messages).toContainEqual(
      expect.objectContaining({
        level: "error",
        code: "coordinates-invalid",
        featureIndex: 2,
        featureId: "03736",
      }),
    );
  });

  it("joins a hamlet by a name that differs in spacing and diacritics, keeps HTML as text", () => {
    const hamlet = dataset.layers.hamlets.features[0]?.properties;
    expect(hamlet).toMatchObject({
      code: "H-1",
      unitCode: "03730",
      joinedBy: "name",
      name: "<b>Bản Heo Trại</b>",
    });
    expect(hamlet).toMatchObject({
      population: 1234,
      securityTeam: true,
      mediationTeam: true,
      fireTeam: false,
    });
    expect(hamlet).toMatchObject({ modelStatus: "model-point", modelSince: "2021-03-15" });
  });

  it("rejects the wrong geometry and the duplicate code", () => {
    const hamlets = file("hamlets.geojson");
    expect(hamlets.messages).toContainEqual(
      expect.objectContaining({ code: "geometry-type", featureIndex: 1 }),
    );
    expect(hamlets.messages).toContainEqual(
      expect.objectContaining({ code: "duplicate-id", featureIndex: 2, featureId: "H-1" }),
    );
    expect(hamlets).toMatchObject({ read: 3, accepted: 1, rejected: 2 });
  });

  it("keeps the incident outside every unit, unjoined and reported", () => {
    const incidents = dataset.layers.incidents.features;
    expect(
      incidents.map((feature) => [
        feature.properties.id,
        feature.properties.category,
        feature.properties.unitCode,
      ]),
    ).toEqual([
      ["17", "theft", "03733"],
      ["I-2", "drugs", null],
    ]);
    expect(dataset.report.join).toHaveLength(1);
    expect(dataset.report.join[0]).toMatchObject({
      level: "warning",
      code: "join-unmatched",
      featureIndex: 1,
      featureId: "I-2",
      property: "unitCode",
    });
    expect(dataset.report.join[0]?.text.vi).toContain("Vụ việc không ghép được với đơn vị nào");
  });
});
