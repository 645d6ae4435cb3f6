import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { folderPerTest, geodata } from "./run-geodata";

const files = fileURLToPath(new URL("../fixtures/import/files/", import.meta.url));
const tempFolder = folderPerTest("binh-yen-cli-");

describe("geodata import", () => {
  it("writes normalised WGS 84 GeoJSON with the original properties, and prints the report", async () => {
    const out = join(tempFolder(), "sites.geojson");
    const { code, stdout } = await geodata(
      "import",
      `${files}sites-vn2000.zip`,
      "--kind",
      "sites",
      "--out",
      out,
    );
    expect(stdout).toContain("CRS VN-2000 / TM-3 104°00'");
    expect(stdout).toContain(`Written: ${out}`);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(written.features).toHaveLength(2);
    const [lon, lat] = written.features[0].geometry.coordinates;
    expect(lon).toBeCloseTo(103.645, 4);
    expect(lat).toBeCloseTo(21.512, 4);
    expect(written.features[0].properties).toMatchObject({
      code: "CA-03730",
      name: "Công an xã Chiềng Pha",
      ten: "Công an xã Chiềng Pha",
      siteType: "police-post",
    });
  });

  it("applies --crs and --field, and writes rejected features beside the output", async () => {
    const out = join(tempFolder(), "hamlets.geojson");
    const { code, stdout } = await geodata(
      "import",
      `${files}duplicate-ids.geojson`,
      "--kind",
      "hamlets",
      "--field",
      "name=code",
      "--out",
      out,
      "--json",
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.detection.fields.name).toBe("code");
    expect(report.counts).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    expect(
      JSON.parse(readFileSync(join(tempFolder(), "hamlets.rejected.geojson"), "utf8")).features,
    ).toHaveLength(1);
  });

  it("writes nothing for a file it refuses", async () => {
    const out = join(tempFolder(), "none.geojson");
    const { code, stdout } = await geodata(
      "import",
      `${files}projected-no-crs.geojson`,
      "--kind",
      "hamlets",
      "--out",
      out,
    );
    expect(code).toBe(1);
    expect(stdout).toContain("[crs-missing-projected]");
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 without --out or with a bad --kind", async () => {
    expect((await geodata("import", `${files}vni.csv`, "--kind", "hamlets")).code).toBe(2);
    expect(
      (await geodata("import", `${files}vni.csv`, "--kind", "communes", "--out", join(tempFolder(), "x")))
        .code,
    ).toBe(2);
  });
});
