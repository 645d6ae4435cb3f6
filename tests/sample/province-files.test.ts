// The generated province's files (the bench's, and the app's `?data=province`) read through the
// data layer as any agency's files are: every feature kept and joined, no error.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/dataset";
import { wantsProvince } from "../../src/data/province-source";
import { provinceFiles } from "../../src/sample/province-files";

const files = provinceFiles({ seed: 3, columns: 3, rows: 2, hamlets: 60, incidents: 800, modelSites: 4 });

describe("the generated province as geodata", () => {
  it("reads with the app's loader, every layer full and joined, without errors", async () => {
    const dataset = await loadDataset(async (path) => files[path] ?? null, "manifest.json");
    const errors = dataset.report.files
      .flatMap((file) => file.messages ?? [])
      .filter((m) => m.level === "error");
    expect(errors).toEqual([]);
    expect(dataset.sample).toBe(true);
    expect(dataset.layers.units.features).toHaveLength(6);
    expect(dataset.layers.hamlets.features).toHaveLength(60);
    expect(dataset.layers.incidents.features).toHaveLength(800);
    expect(dataset.layers.hamlets.features.every((hamlet) => hamlet.properties.unitCode !== null)).toBe(true);
  });

  it("carries none of the properties the data layer adds itself", () => {
    const incidents = JSON.parse(files["incidents.geojson"] as string);
    expect(Object.keys(incidents.features[0].properties).sort()).toEqual(["category", "date", "id"]);
  });

  it("is asked for by ?data=province only", () => {
    expect(wantsProvince("?data=province&view=coverage")).toBe(true);
    expect(wantsProvince("?view=coverage")).toBe(false);
    expect(wantsProvince("?data=sample")).toBe(false);
  });
});
