import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { type FetchText, layerQuery, manifestQuery } from "../../src/data/queries";

const files: Record<string, string> = {
  "geodata/manifest.json": JSON.stringify({
    title: "t",
    files: [
      { path: "units.geojson", kind: "units" },
      { path: "gone.geojson", kind: "hamlets" },
    ],
  }),
  "geodata/units.geojson": JSON.stringify({ type: "FeatureCollection", features: [] }),
};
const requested: string[] = [];
const read: FetchText = async (url) => {
  requested.push(url);
  if (url.endsWith("boom.geojson")) throw new Error("HTTP 500 Internal Server Error");
  return files[url] ?? null;
};

describe("queries", () => {
  it("loads the manifest and each layer; a 404 becomes a missing report", async () => {
    const client = new QueryClient();
    const { manifest } = await client.fetchQuery(manifestQuery("geodata/", read));
    expect(manifest?.files).toHaveLength(2);
    const [units, gone] = await Promise.all(
      (manifest?.files ?? []).map((entry) => client.fetchQuery(layerQuery("geodata/", entry, read))),
    );
    expect(units?.report.status).toBe("ok");
    expect(gone?.report).toMatchObject({ status: "missing", file: "gone.geojson", kind: "hamlets" });
    expect(requested).toEqual(["geodata/manifest.json", "geodata/units.geojson", "geodata/gone.geojson"]);
  });

  it("turns a server error into an unreadable report instead of a rejected query", async () => {
    const client = new QueryClient();
    const result = await client.fetchQuery(
      layerQuery("geodata", { path: "boom.geojson", kind: "incidents" }, read),
    );
    expect(result.report.status).toBe("unreadable");
    expect(result.report.messages[0]?.text.en).toContain("HTTP 500");
  });
});
