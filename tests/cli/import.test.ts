import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeIo } from "../../src/cli/cli-io";
import { runCli } from "../../src/cli/geodata";

async function runGeodata(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    ...nodeIo,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const files = fileURLToPath(new URL("../fixtures/import/files/", import.meta.url));
let folder = "";

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "binh-yen-cli-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("geodata import", () => {
  it("writes normalised WGS 84 GeoJSON with the original properties, and prints the report", async () => {
    const out = join(folder, "sites.geojson");
    const { code, stdout } = await runGeodata(
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
    const out = join(folder, "hamlets.geojson");
    const { code, stdout } = await runGeodata(
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
    expect(JSON.parse(readFileSync(join(folder, "hamlets.rejected.geojson"), "utf8")).features).toHaveLength(
      1,
    );
  });

  it("writes nothing for a file it refuses", async () => {
    const out = join(folder, "none.geojson");
    const { code, stdout } = await runGeodata(
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
    expect((await runGeodata("import", `${files}vni.csv`, "--kind", "hamlets")).code).toBe(2);
    expect(
      (await runGeodata("import", `${files}vni.csv`, "--kind", "communes", "--out", join(folder, "x"))).code,
    ).toBe(2);
  });
});
