// The command line's contract for units found by name and the two administrative maps.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderPerTest, geodata } from "./run-geodata";

const GADM = "tests/fixtures/gazetteer/gadm-level3.geojson";
const HAMLETS_2026 = "tests/fixtures/gazetteer/hamlets-2026.geojson";
const tempFolder = folderPerTest("binh-yen-gazetteer-");

const written = (path: string) =>
  (JSON.parse(readFileSync(path, "utf8")).features as { properties: Record<string, unknown> }[]).map(
    (feature) => feature.properties,
  );

describe("geodata import --kind units of a file without codes", () => {
  it("writes official codes, names, types and the period, keeping the file's own properties", async () => {
    const out = join(tempFolder(), "xa.geojson");
    const { code, stdout } = await geodata("import", GADM, "--kind", "units", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain("4 found by name, 0 by their own code, 0 as chosen, 0 to confirm, 1 unknown");
    const units = written(out);
    expect(units.map((unit) => unit.code)).toEqual(["03730", "03769", "03721", "03724", "x-banmoi"]);
    for (const unit of units.slice(0, 4)) expect(unit.code).toMatch(/^\d{5}$/u);
    expect(units[1]).toMatchObject({
      name: "Xã Thôm Mòn",
      unitType: "commune",
      adminPeriod: "before-2025-07-01",
      NAME_3: "ThônMòn",
      GID_3: "VNM.52.10.26_1",
    });
    expect(units[2]).toMatchObject({ name: "Thị trấn Thuận Châu", unitType: "town" });
  });

  it("tells what to confirm, and applies --unit, --province and --admin-period", async () => {
    const renamed = join(tempFolder(), "gadm.geojson");
    writeFileSync(
      renamed,
      readFileSync(GADM, "utf8").replace('"NAME_3": "ChiềngPha"', '"NAME_3": "ChiềngPhaa"'),
    );
    const out = join(tempFolder(), "xa.geojson");
    const doubtful = await geodata("import", renamed, "--kind", "units", "--out", out);
    expect(doubtful.stdout).toMatch(
      /"ChiềngPhaa": 03730 Xã Chiềng Pha \(1\), .*; confirm with --unit "ChiềngPhaa=03730"\n/u,
    );
    expect(written(out)[0]?.code).toBe("x-chiengphaa");
    const confirmed = await geodata(
      "import",
      renamed,
      "--kind",
      "units",
      "--out",
      out,
      "--unit",
      "ChiềngPhaa=03730",
      "--province",
      "Sơn La",
      "--admin-period",
      "before-2025-07-01",
    );
    expect(confirmed.code).toBe(0);
    expect(written(out)[0]).toMatchObject({ code: "03730", name: "Xã Chiềng Pha", nameInFile: "ChiềngPhaa" });
    const bad = await geodata("import", renamed, "--kind", "units", "--out", out, "--admin-period", "2026");
    expect(bad.code).toBe(2);
  });
});

describe("geodata report --admin-period", () => {
  it("gives the figures by today's communes whatever the units' period; without it, by the units as given", async () => {
    const files = ["--units", "geodata/units.geojson", "--hamlets", "geodata/hamlets.geojson"];
    const today = await geodata("report", ...files, "--admin-period", "from-2025-07-01", "--format", "json");
    expect(today.code).toBe(0);
    const byToday = JSON.parse(today.stdout);
    expect(byToday.adminPeriod).toBe("from-2025-07-01");
    expect(byToday.units.map((unit: { code: string; name: string }) => `${unit.code} ${unit.name}`)).toEqual([
      "03721 Xã Thuận Châu",
      "03724 Xã Bình Thuận",
      "03727 Xã Mường É",
      "03754 Xã Chiềng La",
      "03757 Xã Mường Khiêng",
      "03760 Xã Mường Bám",
      "03763 Xã Long Hẹ",
      "03781 Xã Co Mạ",
      "03784 Xã Nậm Lầu",
      "03799 Xã Muổi Nọi",
    ]);
    const asGiven = JSON.parse((await geodata("report", ...files, "--format", "json")).stdout);
    expect(asGiven.units).toHaveLength(29);
    expect(asGiven.adminPeriod).toBe("before-2025-07-01");
    expect(byToday.totals.hamlets).toBe(asGiven.totals.hamlets);
  });

  it("counts a 2026 hamlet list in the older unit each hamlet lies in", async () => {
    const { stdout } = await geodata(
      "report",
      "--units",
      "geodata/units.geojson",
      "--hamlets",
      HAMLETS_2026,
      "--format",
      "json",
    );
    const hamlets = Object.fromEntries(
      JSON.parse(stdout).units.map((unit: { code: string; hamlets: number }) => [unit.code, unit.hamlets]),
    );
    expect([hamlets["03730"], hamlets["03724"], hamlets["03733"], hamlets["03754"]]).toEqual([2, 1, 1, 1]);
  });

  it("refuses figures by the older units from today's communes alone, and says why", async () => {
    const units = join(tempFolder(), "xa-2025.geojson");
    const square = [
      [
        [103.5, 21.5],
        [103.6, 21.5],
        [103.6, 21.6],
        [103.5, 21.6],
        [103.5, 21.5],
      ],
    ];
    writeFileSync(
      units,
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: { code: "03724", name: "Xã Bình Thuận" },
            geometry: { type: "Polygon", coordinates: square },
          },
        ],
      }),
    );
    const { code, stderr } = await geodata(
      "report",
      "--units",
      units,
      "--admin-period",
      "before-2025-07-01",
      "--format",
      "json",
    );
    expect(code).toBe(1);
    expect(stderr).toContain("figures by the older units are not possible");
  });
});

describe("geodata check on the gazetteer", () => {
  it("passes the project's gazetteer and names the line and column of a broken one", async () => {
    expect((await geodata("check", "public/gazetteer")).code).toBe(0);
    writeFileSync(join(tempFolder(), "index.csv"), "province,file\nTỉnh X,x.csv\n");
    writeFileSync(join(tempFolder(), "x.csv"), "period,code,type,name\nbefore-2025-07-01,3730,Xã,Xã A\n");
    const broken = await geodata("check", tempFolder());
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain("x.csv, line 2, column “code”");
  });
});
