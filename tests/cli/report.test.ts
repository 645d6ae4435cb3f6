// `geodata report` through runCli with captured output: the hand-made district of
// tests/domain/coverage/fixture.ts written to a temporary folder, and the sample in geodata/.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CliIo, nodeIo } from "../../src/cli/cli-io";
import { runCli } from "../../src/cli/geodata";
import { FIXTURE_LAYERS, fixtureTexts } from "../domain/coverage/fixture";

const folder = mkdtempSync(join(tmpdir(), "binhyen-report-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let written = 0;

/** Writes one set of layer files and returns the arguments naming them. */
function files(texts = fixtureTexts()): string[] {
  const set = join(folder, String(written++));
  return Object.entries(texts).flatMap(([kind, text]) => {
    const path = `${set}-${kind}.geojson`;
    writeFileSync(path, text);
    return [`--${kind}`, path];
  });
}

async function run(argv: string[]) {
  const output = { stdout: "", stderr: "" };
  const io: CliIo = {
    ...nodeIo,
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
  };
  const code = await runCli(["report", ...argv], io);
  return { code, ...output };
}

const YEAR_2021 = ["--from", "2021-01-01", "--to", "2021-12-31"];

describe("geodata report --format json", () => {
  it("prints only JSON: units, totals and what is not joined", async () => {
    const { code, stdout, stderr } = await run([...files(), ...YEAR_2021, "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout);
    expect(report.units.map((unit: { code: string }) => unit.code)).toEqual([
      "03730",
      "03733",
      "03754",
      "03772",
    ]);
    expect(report.units[0]).toMatchObject({
      code: "03730",
      name: "Xã Chiềng Pha",
      hamlets: 2,
      coveredHamlets: 1,
      population: 1500,
      coveredPopulation: 1000,
      teams: { security: 2, mediation: 2, fire: 1 },
      groups: 15,
      incidents: 2,
      incidentRate: (2 / 1500) * 1000,
      populationWithinRadius: 1500,
    });
    expect(report.totals).toMatchObject({ hamlets: 7, coveredHamlets: 2, population: 3800, incidents: 6 });
    expect(report.unjoined).toEqual([
      { kind: "hamlets", index: 6, name: "Bản Lạc", reason: "outside-units" },
      { kind: "activities", index: 3, name: "Xã Không Tồn Tại", reason: "name-unknown" },
      { kind: "incidents", index: 24, name: "I25", reason: "outside-units" },
    ]);
    expect(report.window).toEqual({ from: "2021-01-01", to: "2021-12-31", years: 1 });
  });

  it("passes --radius-km and --field on to the computation and the reader", async () => {
    const renamed = FIXTURE_LAYERS.hamlets.map((feature) => {
      const { properties } = feature as { properties: Record<string, unknown> };
      const { name, ...rest } = properties;
      return { ...feature, properties: { ...rest, TEN_BAN: name } };
    });
    const named = files(fixtureTexts({ ...FIXTURE_LAYERS, hamlets: renamed }));
    const { code, stdout } = await run([
      ...named,
      ...YEAR_2021,
      "--radius-km",
      "6",
      "--field",
      "name=TEN_BAN",
      "--format=json",
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.radiusKm).toBe(6);
    expect(report.totals.populationWithinRadius).toBe(2400);
    expect(report.unjoined[0].name).toBe("Bản Lạc");
  });
});

describe("geodata report --format csv", () => {
  it("writes what Vietnamese Excel opens by default: semicolons and decimal commas", async () => {
    const { code, stdout } = await run([...files(), ...YEAR_2021, "--format", "csv"]);
    expect(code).toBe(0);
    expect(stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = stdout.slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^Mã \(Code\);Đơn vị \(Unit\);Bản \(Hamlets\);/u);
    expect(lines[1]?.split(";").slice(0, 5)).toEqual(["03730", "Xã Chiềng Pha", "2", "1", "1500"]);
    expect(lines.slice(1).some((line) => /;"\d+,\d+";/u.test(line))).toBe(true);
    expect(lines.slice(1).some((line) => /;\d+\.\d+;/u.test(line))).toBe(false);
  });

  it("--lang en: a byte-order mark and Vietnamese headers with English in brackets, commas", async () => {
    const { code, stdout } = await run([...files(), ...YEAR_2021, "--format", "csv", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = stdout.slice(1).split("\r\n");
    expect(lines[0]).toMatch(
      /^Mã \(Code\),Đơn vị \(Unit\),Bản \(Hamlets\),Có mô hình \(With model\),Dân số \(Population\),/u,
    );
    expect(lines[0]).toContain("Dân số trong bán kính 5 km (Population within 5 km)");
    expect(lines.slice(1, 6).map((line) => line.split(",").slice(0, 5))).toEqual([
      ["03730", "Xã Chiềng Pha", "2", "1", "1500"],
      ["03733", "Xã Chiềng La", "2", "0", "1100"],
      ["03754", "Xã Noong Lay", "2", "1", "1000"],
      ["03772", "Xã Tông Lạnh", "0", "0", "0"],
      ["total", "Tổng cộng (Total)", "7", "2", "3800"],
    ]);
    expect(lines[6]).toBe("");
  });
});

describe("geodata report --format md (the default)", () => {
  it("prints a report a leader can read out: period, headline figures, units, before/after, gaps", async () => {
    const { code, stdout } = await run([...files(), ...YEAR_2021]);
    expect(code).toBe(0);
    expect(stdout).toContain("# Báo cáo phong trào Toàn dân bảo vệ an ninh Tổ quốc");
    expect(stdout).toContain("Số liệu đến ngày / Data as of: không ghi / not stated");
    expect(stdout).toContain("Kỳ báo cáo / Period: 01/01/2021 – 31/12/2021 (1 năm / 1 years)");
    expect(stdout).toContain("Reach of a model site: 5 km");
    expect(stdout).toContain(
      "| Bản có mô hình (mô hình điểm, nhân rộng) / Hamlets with the model (model point, replicated) | 2/7 (28,57%) |",
    );
    expect(stdout).toContain("| Tổ an ninh nhân dân / People's security teams | 6/7 (85,71%) |");
    expect(stdout).toContain("| Buổi tuyên truyền, giáo dục pháp luật / Legal outreach sessions | 12 |");
    expect(stdout).toContain("| 03772 | Xã Tông Lạnh | 0/0 | 0 | 0 | 0 | 0 | 0 | 1 | — | 0 |");
    expect(stdout).toContain("không phải bằng chứng");
    expect(stdout).toContain("an association, not proof");
    expect(stdout).toContain("- Bản / Hamlets: 1");
    expect(stdout).toContain("- Số liệu hoạt động / Activity records: 1");
    expect(stdout).toContain("(not in the totals): 1");
    expect(stdout).toContain("Bản Lạc (#6) — vị trí nằm ngoài mọi đơn vị / location outside every unit");
  });

  it("reports the sample's designed figures for 2022 from geodata/", async () => {
    const { code, stdout } = await run(["--from", "2022-01-01", "--to", "2022-12-31"]);
    expect(code).toBe(0);
    expect(stdout).toContain("**Huyện Thuận Châu, tỉnh Sơn La**");
    expect(stdout).toContain("Data as of: 31/12/2022");
    expect(stdout).toContain("Synthetic sample data");
    expect(stdout).toMatch(/\| 03730 \| Xã Chiềng Pha \| 12\/12 \|/u);
    for (const figure of [
      "| 391/391 (100%) |",
      "| 2.769 (",
      "| 170 |",
      "| 19.000 |",
      "| 75 |",
      "| 130 |",
      "| 411 |",
    ]) {
      expect(stdout).toContain(figure);
    }
  });
});

describe("geodata report exit codes", () => {
  it("exits 1 when the data cannot be reported on: no units, or a file that cannot be read", async () => {
    const named = files();
    const hamlets = named[named.indexOf("--hamlets") + 1] as string;
    const noUnits = await run(["--hamlets", hamlets]);
    expect(noUnits.code).toBe(1);
    expect(noUnits.stderr).toContain("There are no units");
    expect(noUnits.stdout).toBe("");
    const nowhere = join(folder, "nowhere.geojson");
    const missing = await run(["--units", nowhere, "--hamlets", hamlets]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${nowhere} (missing)`);
  });

  it("still reports, with a warning, when some features were rejected", async () => {
    const broken = [
      ...FIXTURE_LAYERS.hamlets,
      { type: "Feature", geometry: null, properties: { code: "Z" } },
    ];
    const named = files(fixtureTexts({ ...FIXTURE_LAYERS, hamlets: broken }));
    const { code, stderr, stdout } = await run([...named, "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toContain("some features are left out");
    expect(JSON.parse(stdout).totals.hamlets).toBe(7);
  });

  it("exits 2 on usage errors", async () => {
    const cases: [string[], string][] = [
      [["--format", "pdf"], "--format needs one of md, json, csv"],
      [["--from", "31/12/2022"], "--from needs a date as YYYY-MM-DD"],
      [["--to", "2022-02-30"], "--to needs a date"],
      [["--from", "2022-12-31", "--to", "2022-01-01"], "is after --to"],
      [["--radius-km", "five"], "--radius-km needs a number"],
      [["--colour", "red"], "unknown option or argument --colour"],
      [["--from"], "--from needs a value"],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});
