// Big valid files: 200,000 incidents through the manifest path, and hamlets that each get three
// defaults (a warning each) through the import engine and the manifest path. Before the spreads
// into calls were taken out of src/, each of these overflowed the stack. A browser worker's stack
// is smaller than node's: 20,000 hamlets (60,000 warnings) overflowed it, node needs 50,000.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/dataset";
import { importFile } from "../../../src/data/import";
import { collectionText, hamletsMissingDefaults, incidentPoints, memoryFiles } from "./generators";

describe("big valid files", () => {
  it("loads 200,000 incidents through the manifest", async () => {
    const files = memoryFiles({
      "manifest.json": JSON.stringify({
        title: "big",
        files: [{ path: "incidents.geojson", kind: "incidents" }],
      }),
      "incidents.geojson": collectionText(incidentPoints(200_000)),
    });
    const dataset = await loadDataset(files.readText, "manifest.json");
    expect(dataset.report.files[0]).toMatchObject({ status: "ok", read: 200_000, accepted: 200_000 });
    expect(dataset.layers.incidents.features).toHaveLength(200_000);
  }, 60_000);

  it("imports 50,000 hamlets with three defaults each, in the engine and the manifest path", async () => {
    const text = collectionText(hamletsMissingDefaults(50_000));
    const result = await importFile({
      fileName: "hamlets.geojson",
      bytes: new TextEncoder().encode(text),
      kind: "hamlets",
      crs: null,
      fields: null,
    });
    expect(result.counts).toMatchObject({ read: 50_000, accepted: 50_000, rejected: 0 });
    // A thousand examples of each default, then how many more there were.
    const defaults = result.messages.filter((message) => message.code === "missing-property-defaulted");
    expect(defaults).toHaveLength(1_000);
    const more = result.messages.find((message) => message.code === "messages-capped");
    expect(more).toMatchObject({ level: "warning", found: "missing-property-defaulted" });
    expect(more?.text.en).toContain("149000 more messages");

    const files = memoryFiles({
      "manifest.json": JSON.stringify({ title: "big", files: [{ path: "h.geojson", kind: "hamlets" }] }),
      "h.geojson": text,
    });
    const dataset = await loadDataset(files.readText, "manifest.json");
    expect(dataset.report.files[0]).toMatchObject({ status: "warnings", accepted: 50_000 });
    const capped = dataset.report.files[0]?.messages.filter((message) => message.code === "messages-capped");
    expect(capped?.[0]?.text.en).toContain("149000 more messages");
  }, 60_000);
});
