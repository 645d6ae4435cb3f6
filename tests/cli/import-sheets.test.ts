// `geodata import` on a hamlet list as offices type it: CSV with a title and no codes, and the
// same list as a workbook with its sheet and header row chosen.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { makeXlsx } from "../fixtures/sheets/xlsx-writer";
import { folderPerTest, geodata } from "./run-geodata";

const files = fileURLToPath(new URL("../fixtures/sheets/files/", import.meta.url));
const tempFolder = folderPerTest("binh-yen-sheets-");

const written = (path: string) =>
  (
    JSON.parse(readFileSync(path, "utf8")) as { features: { properties: Record<string, unknown> }[] }
  ).features.map((feature) => feature.properties);

describe("geodata import of hamlet lists", () => {
  it("writes code (generated), name, population and households as numbers", async () => {
    const out = join(tempFolder(), "ban.geojson");
    const run = await geodata(
      "import",
      `${files}ban-2026-windows-1258.csv`,
      "--kind",
      "hamlets",
      "--out",
      out,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("column names on line 4");
    expect(run.stdout).toContain("codes generated 4");
    const properties = written(out);
    expect(
      properties.map(({ code, name, population, households }) => ({ code, name, population, households })),
    ).toEqual([
      { code: "chiengpha-heotrai", name: "Bản Heo Trại", population: 1045, households: 245 },
      { code: "chiengpha-naloc", name: "Bản Nà Lốc", population: 980, households: 180 },
      { code: "chiengpha-phiengbung", name: "Bản Phiêng Bủng", population: 2310, households: 512 },
      { code: "chiengpha-naloc-2", name: "Bản Nà Lốc", population: 288, households: 60 },
    ]);
  });

  it("reads the sheet and header row given on the command line", async () => {
    const workbook = join(tempFolder(), "ban.xlsx");
    const header = ["Tên bản", "Xã", "Vĩ độ", "Kinh độ", "Dân số"];
    writeFileSync(
      workbook,
      await makeXlsx([
        { name: "Ghi chú", rows: [["Số liệu tháng 1"], ["Nguồn: Công an xã"]] },
        {
          name: "Bản",
          rows: [
            ["Tên", "Khác", "Ô", "Ô", "Ô"],
            header,
            ["Bản Heo Trại", "Chiềng Pha", 21.51, 103.64, "1.045"],
          ],
        },
      ]),
    );
    const out = join(tempFolder(), "ban.geojson");
    const run = await geodata(
      "import",
      workbook,
      "--kind",
      "hamlets",
      "--sheet",
      "Bản",
      "--header-row",
      "2",
      "--out",
      out,
    );
    expect(run.stdout).toContain("sheet “Bản”, column names on row 2");
    expect(run.code).toBe(0);
    expect(written(out)[0]).toMatchObject({ code: "chiengpha-heotrai", population: 1045 });
    const missing = await geodata("import", workbook, "--kind", "hamlets", "--sheet", "Bảng 9", "--out", out);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('there is no sheet "Bảng 9"');
    const usage = await geodata("import", workbook, "--header-row", "0", "--out", out);
    expect(usage.code).toBe(2);
  });
});
