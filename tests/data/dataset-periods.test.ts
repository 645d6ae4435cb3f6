// A dataset whose layers follow different administrative maps: the sample's 29 older units and a
// 2026 hamlet list naming today's communes (Bình Thuận = Chiềng Pha + Phổng Lái; Chiềng La exists
// on both maps). Hamlets of old Chiềng Pha must land in Chiềng Pha, never in Phổng Lái.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assembleDataset } from "../../src/data/dataset";
import { importFile } from "../../src/data/import";
import { toParsedLayer } from "../../src/data/import/parsed-layer";
import { parseManifest } from "../../src/data/manifest";
import { parseLayer } from "../../src/data/parse-layer";
import { sonLaGazetteer } from "../domain/gazetteer/son-la";

const gazetteer = sonLaGazetteer();
const sampleUnits = () =>
  parseLayer({ file: "units.geojson", kind: "units", text: readFileSync("geodata/units.geojson", "utf8") });

async function hamlets2026(change: (features: { properties: Record<string, unknown> }[]) => void = () => {}) {
  const collection = JSON.parse(readFileSync("tests/fixtures/gazetteer/hamlets-2026.geojson", "utf8"));
  change(collection.features);
  const bytes = new TextEncoder().encode(JSON.stringify(collection));
  const result = await importFile({
    fileName: "ban-2026.geojson",
    bytes,
    kind: "hamlets",
    crs: null,
    fields: null,
    gazetteer,
  });
  return toParsedLayer("ban-2026.geojson", result);
}

const byCode = (dataset: ReturnType<typeof assembleDataset>) =>
  Object.fromEntries(
    dataset.layers.hamlets.features.map((feature) => [
      feature.properties.code,
      [feature.properties.unitCode, feature.properties.joinedBy],
    ]),
  );

describe("a 2026 hamlet list with the older units", () => {
  it("places each hamlet by location in the old unit it lies in, and says so", async () => {
    const dataset = assembleDataset(null, [sampleUnits(), await hamlets2026()], [], gazetteer);
    expect(dataset.adminPeriod).toBe("before-2025-07-01");
    expect(dataset.province).toBe("Tỉnh Sơn La");
    expect(byCode(dataset)).toEqual({
      "BT-01": ["03730", "location"],
      "BT-02": ["03730", "location"],
      "BT-03": ["03724", "location"],
      "CL-01": ["03754", "location"],
      "CL-02": ["03733", "location"],
    });
    const codes = dataset.report.join.map((message) => message.code);
    expect(codes).toContain("join-across-location");
    expect(codes).not.toContain("join-crosswalk-mismatch");
    const summary = dataset.report.join.find((message) => message.code === "join-across-location");
    expect(summary).toMatchObject({ file: "ban-2026.geojson", level: "info" });
    expect(summary?.text.en).toMatch(/^ban-2026\.geojson: 5 feature\(s\) of the map from 1 July 2025/u);
  });

  it("never reads today's code 03724 (Bình Thuận) as old Phổng Lái", async () => {
    const parsed = await hamlets2026((features) => {
      for (const feature of features.slice(0, 2)) feature.properties.unitCode = "03724";
    });
    const dataset = assembleDataset(null, [sampleUnits(), parsed], [], gazetteer);
    expect(byCode(dataset)["BT-01"]).toEqual(["03730", "location"]);
    expect(byCode(dataset)["BT-02"]).toEqual(["03730", "location"]);
  });

  it("warns, naming the old unit and what it became, when a hamlet lies outside the commune it names", async () => {
    const parsed = await hamlets2026((features) => {
      (features[0] as { properties: Record<string, unknown> }).properties.unitName = "Chiềng La";
    });
    const dataset = assembleDataset(null, [sampleUnits(), parsed], [], gazetteer);
    const warning = dataset.report.join.find((message) => message.code === "join-crosswalk-mismatch");
    expect(warning).toMatchObject({
      level: "warning",
      file: "ban-2026.geojson",
      featureIndex: 0,
      featureId: "BT-01",
    });
    expect(warning?.text.en).toContain("03730 → 03724");
  });

  it("joins as ever when the manifest says both follow the old map", () => {
    const { manifest } = parseManifest(
      JSON.stringify({ title: "t", adminPeriod: "before-2025-07-01", province: "Sơn La", files: [] }),
      "manifest.json",
    );
    const units = sampleUnits();
    const hamlets = parseLayer({
      file: "hamlets.geojson",
      kind: "hamlets",
      text: readFileSync("geodata/hamlets.geojson", "utf8"),
    });
    const dataset = assembleDataset(manifest, [units, hamlets], [], gazetteer);
    expect(dataset.layers.hamlets.features.every((feature) => feature.properties.joinedBy === "code")).toBe(
      true,
    );
    expect(dataset.report.join).toEqual([]);
    expect(
      dataset.layers.units.features.every((unit) => unit.properties.adminPeriod === "before-2025-07-01"),
    ).toBe(true);
  });
});

describe("the manifest's province and periods", () => {
  it("are read from the manifest and its entries; a wrong period is left out with a warning", () => {
    const { manifest, messages } = parseManifest(
      JSON.stringify({
        title: "t",
        province: "Tỉnh Sơn La",
        adminPeriod: "from-2025-07-01",
        files: [
          { path: "u.geojson", kind: "units", adminPeriod: "before-2025-07-01" },
          { path: "h.geojson", kind: "hamlets", adminPeriod: "2026" },
        ],
      }),
      "manifest.json",
    );
    expect(manifest).toMatchObject({ province: "Tỉnh Sơn La", adminPeriod: "from-2025-07-01" });
    expect(manifest?.files).toEqual([
      { path: "u.geojson", kind: "units", adminPeriod: "before-2025-07-01" },
      { path: "h.geojson", kind: "hamlets" },
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      code: "manifest-default",
      level: "warning",
      property: "adminPeriod",
      featureIndex: 1,
    });
  });
});
