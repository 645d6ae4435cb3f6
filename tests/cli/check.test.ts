import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { geodata } from "./run-geodata";

const files = fileURLToPath(new URL("../fixtures/import/files/", import.meta.url));

describe("geodata check on files of any format", () => {
  it("prints format, kind, CRS, encoding and counts for each file", async () => {
    const { code, stdout } = await geodata(
      "check",
      `${files}sites-vn2000.zip`,
      `${files}vni.csv`,
      "--kind",
      "sites",
    );
    expect(stdout).toContain(
      "sites-vn2000.zip: shapefile-zip, kind sites, CRS VN-2000 / TM-3 104°00', encoding UTF-8",
    );
    expect(stdout).toContain("read 2, accepted 2, rejected 0; repaired: reprojected 2");
    expect(stdout).toContain("vni.csv: csv, kind sites, CRS EPSG:4326 (WGS 84), encoding VNI (converted)");
    expect(stdout).toContain("[crs-shift-added]");
    expect(code).toBe(1);
  });

  it("takes --crs, proposes the kind when neither --kind nor the name tells, and exits 0 when usable", async () => {
    const { code, stdout } = await geodata(
      "check",
      `${files}projected-crs-member.geojson`,
      "--crs",
      "VN2000:104",
    );
    expect(stdout).toContain("kind hamlets (proposed)");
    expect(stdout).toContain("Result: usable");
    expect(code).toBe(0);
  });

  it("--json prints only the report, with detection and repairs, and exit 1 on errors", async () => {
    const { code, stdout } = await geodata(
      "check",
      `${files}projected-no-crs.geojson`,
      "--kind",
      "hamlets",
      "--json",
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const file = report.files[0];
    expect(file.status).toBe("unreadable");
    expect(file.detection).toMatchObject({ format: "geojson", kind: "hamlets" });
    expect(file.messages[0]).toMatchObject({
      level: "error",
      code: "crs-missing-projected",
      featureIndex: null,
    });
    expect(file.messages[0].text.vi).toContain("Sơn La");
  });

  it("exits 2 on a --crs without a value", async () => {
    const { code, stderr } = await geodata("check", `${files}vni.csv`, "--crs");
    expect(code).toBe(2);
    expect(stderr).toContain("--crs needs a value");
  });
});
