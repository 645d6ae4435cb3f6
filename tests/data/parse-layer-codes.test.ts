// The manifest's layers give hamlets without a code the same generated codes as the importer.
import { describe, expect, it } from "vitest";
import { importFile } from "../../src/data/import";
import { parseLayer } from "../../src/data/parse-layer";

const hamlet = (properties: Record<string, unknown>) => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [103.64, 21.51] },
  properties,
});
const text = JSON.stringify({
  type: "FeatureCollection",
  features: [
    hamlet({ TEN_BAN: "Bản Heo Trại", XA: "Chiềng Pha", population: 300 }),
    hamlet({ TEN_BAN: "Bản Nà Lốc", XA: "Chiềng Pha" }),
    hamlet({ code: "03730-09", TEN_BAN: "Bản Có Mã", XA: "Chiềng Pha" }),
  ],
});
const fields = { name: "TEN_BAN", unitName: "XA" };

describe("parseLayer: hamlets without codes", () => {
  it("accepts them with generated codes, counted as repaired and said once", () => {
    const parsed = parseLayer({ file: "ban.geojson", kind: "hamlets", text, fields });
    const codes = parsed.collection.features.map((feature) => feature.properties.code);
    expect(codes).toEqual(["chiengpha-heotrai", "chiengpha-naloc", "03730-09"]);
    expect(parsed.report).toMatchObject({ read: 3, accepted: 3, rejected: 0, repaired: 3 });
    const generated = parsed.report.messages.filter((message) => message.code === "hamlet-code-generated");
    expect(generated).toHaveLength(1);
    expect(generated[0]?.text.en).toContain("2 hamlets had no code");
  });

  it("gives the codes the import engine gives", async () => {
    const imported = await importFile({
      fileName: "ban.geojson",
      bytes: new TextEncoder().encode(text),
      kind: "hamlets",
      crs: null,
      fields,
    });
    const parsed = parseLayer({ file: "ban.geojson", kind: "hamlets", text, fields });
    expect(imported.collection.features.map((feature) => feature.properties?.code)).toEqual(
      parsed.collection.features.map((feature) => feature.properties.code),
    );
    expect(imported.counts.repaired["codes generated"]).toBe(2);
  });
});
