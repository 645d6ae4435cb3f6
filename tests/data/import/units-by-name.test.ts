// Units without codes (a GADM-like export: glued names, clockwise rings, GID_3 but no code) found
// in the gazetteer by name, as the CLI and the browser worker import them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ImportRequest, type ImportResult, importFile, layerToGeoJson } from "../../../src/data/import";
import { sonLaGazetteer } from "../../domain/gazetteer/son-la";

const GADM = readFileSync("tests/fixtures/gazetteer/gadm-level3.geojson");
const gazetteer = sonLaGazetteer();

function gadm(changes: Partial<ImportRequest> = {}, bytes: Uint8Array = GADM): Promise<ImportResult> {
  return importFile({
    fileName: "gadm.geojson",
    bytes,
    kind: "units",
    crs: null,
    fields: null,
    gazetteer,
    ...changes,
  });
}

const propertiesOf = (result: ImportResult) =>
  result.collection.features.map((feature) => feature.properties as Record<string, unknown>);

/** The fixture with one unit renamed (NAME_3), to try spellings. */
function renamed(from: string, to: string): Uint8Array {
  return new TextEncoder().encode(GADM.toString("utf8").replace(`"NAME_3": "${from}"`, `"NAME_3": "${to}"`));
}

describe("units without codes, found in the gazetteer by name", () => {
  it("get their official code, name, type and period; the file's spelling and columns stay", async () => {
    const result = await gadm();
    expect(result.counts).toMatchObject({ read: 5, accepted: 5, rejected: 0 });
    const [chiengPha, thomMon, town] = propertiesOf(result);
    expect(chiengPha).toMatchObject({
      code: "03730",
      name: "Xã Chiềng Pha",
      nameInFile: "ChiềngPha",
      unitType: "commune",
      district: "Huyện Thuận Châu",
      province: "Tỉnh Sơn La",
      adminPeriod: "before-2025-07-01",
      GID_3: "VNM.52.10.9_1",
      NAME_3: "ChiềngPha",
      ENGTYPE_3: "Ward",
    });
    expect(thomMon).toMatchObject({ code: "03769", name: "Xã Thôm Mòn", nameInFile: "ThônMòn" });
    expect(town).toMatchObject({ code: "03721", name: "Thị trấn Thuận Châu", unitType: "town" });
    expect(result.detection).toMatchObject({ adminPeriod: "before-2025-07-01", province: "Tỉnh Sơn La" });
    expect(result.counts.repaired).toMatchObject({ "rings rewound": 5, "units found in the gazetteer": 4 });
  });

  it("keeps a unit the gazetteer does not know, with a generated code and a warning naming it", async () => {
    const result = await gadm();
    const unknown = propertiesOf(result)[4];
    expect(unknown).toMatchObject({
      code: "x-banmoi",
      name: "Bản Mới",
      nameInFile: "BảnMới",
      unitType: "commune",
    });
    const warning = result.messages.find((message) => message.code === "unit-unknown");
    expect(warning).toMatchObject({
      level: "warning",
      file: "gadm.geojson",
      featureIndex: 4,
      property: "name",
    });
    expect(warning?.text.vi).toContain(`"BảnMới" không có trong danh mục Tỉnh Sơn La`);
    expect(warning?.text.en).toContain("x-banmoi");
    expect(result.unitMatches?.map((match) => match.status)).toEqual([
      "exact",
      "exact",
      "exact",
      "exact",
      "unknown",
    ]);
  });

  it("gives the same codes on every import, and after export and re-import", async () => {
    const first = await gadm();
    const again = await gadm();
    expect(propertiesOf(again).map((p) => p.code)).toEqual(propertiesOf(first).map((p) => p.code));
    const exported = new TextEncoder().encode(layerToGeoJson(first.collection));
    const reimported = await gadm({}, exported);
    expect(reimported.counts.rejected).toBe(0);
    expect(propertiesOf(reimported).map((p) => [p.code, p.name])).toEqual(
      propertiesOf(first).map((p) => [p.code, p.name]),
    );
  });

  it("never takes GID_3 for the code, even when mapped to it", async () => {
    const result = await gadm({ fields: { code: "GID_3" } });
    expect(result.counts.rejected).toBe(0);
    expect(propertiesOf(result)[0]).toMatchObject({ code: "03730", GID_3: "VNM.52.10.9_1" });
    const note = result.messages.find((message) => message.code === "unit-code-invalid");
    expect(note).toMatchObject({ featureIndex: 0, property: "code" });
  });

  it("offers a close name for confirmation, never takes it, and applies the user's choice", async () => {
    const bytes = renamed("ChiềngPha", "ChiềngPhaa");
    const doubtful = await gadm({}, bytes);
    const match = doubtful.unitMatches?.[0];
    expect(match).toMatchObject({ status: "suggested", nameInFile: "ChiềngPhaa", ambiguous: false });
    expect(match?.code).not.toBe("03730");
    expect(match?.candidates[0]).toMatchObject({ code: "03730", name: "Xã Chiềng Pha", distance: 1 });
    expect(doubtful.messages.map((message) => message.code)).toContain("unit-suggested");
    const chosen = await gadm({ unitChoices: { ChiềngPhaa: "03730" } }, bytes);
    expect(chosen.unitMatches?.[0]).toMatchObject({ status: "chosen", code: "03730", name: "Xã Chiềng Pha" });
    expect(propertiesOf(chosen)[0]).toMatchObject({ code: "03730", nameInFile: "ChiềngPhaa" });
  });

  it("says when two candidates are too close to tell", async () => {
    const result = await gadm({}, renamed("ChiềngPha", "ChiềngLu"));
    expect(result.unitMatches?.[0]).toMatchObject({ status: "suggested", ambiguous: true });
    const codes = result.unitMatches?.[0]?.candidates.map((candidate) => candidate.code);
    expect(codes?.slice(0, 2)).toEqual(["03733", "03751"]);
    expect(result.messages.map((message) => message.code)).toContain("unit-ambiguous");
  });

  it("accepts codeless units without a gazetteer too, with generated codes", async () => {
    const result = await gadm({ gazetteer: null });
    expect(result.counts.rejected).toBe(0);
    expect(propertiesOf(result)[0]).toMatchObject({ code: "x-chiengpha", name: "Chiềng Pha" });
    expect(result.messages.filter((message) => message.code === "unit-no-gazetteer")).toHaveLength(5);
  });

  it("warns when the period chosen does not fit the names, and reads them on today's map", async () => {
    const result = await gadm({ adminPeriod: "from-2025-07-01" });
    expect(result.messages.map((message) => message.code)).toContain("admin-period-conflict");
    // Today's map has no Chiềng Pha: only a suggestion, while Thuận Châu is today's commune.
    expect(result.unitMatches?.[0]?.status).not.toBe("exact");
    expect(propertiesOf(result)[2]).toMatchObject({
      code: "03721",
      name: "Xã Thuận Châu",
      unitType: "commune",
    });
  });
});

describe("the period of a layer of records", () => {
  it("is today's for a 2026 list that names today's communes", async () => {
    const result = await importFile({
      fileName: "ban-2026.geojson",
      bytes: readFileSync("tests/fixtures/gazetteer/hamlets-2026.geojson"),
      kind: "hamlets",
      crs: null,
      fields: null,
      gazetteer,
    });
    expect(result.detection.adminPeriod).toBe("from-2025-07-01");
    expect(propertiesOf(result).every((p) => p.adminPeriod === "from-2025-07-01")).toBe(true);
    expect(result.messages.find((message) => message.code === "admin-period-found")?.level).toBe("info");
  });

  it("follows each incident's date when nothing else tells", async () => {
    const features = ["2024-12-31", "2025-07-01"].map((date, index) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [103.6, 21.5] },
      properties: { id: `V${index}`, date, category: "theft" },
    }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: "FeatureCollection", features }));
    const result = await importFile({
      fileName: "v.geojson",
      bytes,
      kind: "incidents",
      crs: null,
      fields: null,
      gazetteer,
    });
    expect(propertiesOf(result).map((p) => p.adminPeriod)).toEqual(["before-2025-07-01", "from-2025-07-01"]);
    expect(result.detection.adminPeriod).toBeNull();
  });
});
