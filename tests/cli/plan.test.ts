import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { nodeIo } from "../../src/cli/cli-io";
import { runGeodata } from "./run-geodata";

const root = fileURLToPath(new URL("../../", import.meta.url));
const valid = fileURLToPath(new URL("../fixtures/geodata/valid/", import.meta.url));
const validFiles = ["units", "hamlets", "sites"].flatMap((kind) => [`--${kind}`, `${valid}${kind}.geojson`]);

/** `geodata plan ...argv`; relative paths are read from the project root. */
const run = (argv: string[]) =>
  runGeodata(["plan", ...argv], {
    readText: (path) => nodeIo.readText(path.startsWith("/") ? path : `${root}${path}`),
  });

interface JsonPick {
  code: string;
  name: string;
  gain: number;
  value: number;
  valueParts: Record<string, number> | null;
  lon: number;
  lat: number;
  unitCode: string;
}

const sampleHamlets = new Map(
  (
    JSON.parse(readFileSync(`${root}geodata/hamlets.geojson`, "utf8")) as {
      features: { properties: { code: string; modelStatus: string }; geometry: { coordinates: number[] } }[];
    }
  ).features.map((feature) => [feature.properties.code, feature]),
);

describe("geodata plan", () => {
  it("picks K uncovered hamlets of geodata/ and prints only JSON with --json", async () => {
    const { code, stdout } = await run(["--k", "5", "--json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan).toMatchObject({
      objective: "population",
      radiusKm: 5,
      weighted: true,
      weights: { need: 3, size: 2, readiness: 2, distance: 1 },
      direction: "near",
    });
    expect(plan.picks).toHaveLength(5);
    const gains = plan.picks.map((pick: JsonPick) => pick.gain);
    const values = plan.picks.map((pick: JsonPick) => pick.value);
    // Weighted coverage is submodular, so the value the greedy maximises never grows from one
    // pick to the next; a value is never more than the people it counts (priorities are 0–1).
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const pick of plan.picks as JsonPick[]) {
      expect(pick.value).toBeLessThanOrEqual(pick.gain);
      const parts = Object.values(pick.valueParts ?? {}).reduce((sum, part) => sum + part, 0);
      expect(parts).toBeCloseTo(pick.value, 1);
    }
    expect(plan.after).toBe(plan.before + gains.reduce((sum: number, gain: number) => sum + gain, 0));
    for (const pick of plan.picks as JsonPick[]) {
      const hamlet = sampleHamlets.get(pick.code);
      expect(hamlet?.properties.modelStatus).toMatch(/^(none|planned)$/u);
      expect([pick.lon, pick.lat]).toEqual(hamlet?.geometry.coordinates);
      expect(pick.gain).toBeGreaterThan(0);
    }
  });

  it("prints a readable list in Vietnamese with English, and honours --max-per-unit", async () => {
    const argv = ["--k", "10", "--objective", "hamlets"];
    const text = await run([...argv, "--max-per-unit", "1"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Bình Yên — kế hoạch nhân rộng (expansion plan)");
    expect(text.stdout).toContain("số bản (hamlets)");
    expect(text.stdout).toMatch(/Sau \(after\): \d+ \/ 391 /u);
    const unitsOf = async (extra: string[]) =>
      JSON.parse((await run([...argv, ...extra, "--json"])).stdout).picks.map(
        (pick: JsonPick) => pick.unitCode,
      );
    // Without a limit the sample's best ten include two hamlets of one commune; with it, none.
    const free = await unitsOf([]);
    expect(new Set(free).size).toBeLessThan(free.length);
    const limited = await unitsOf(["--max-per-unit", "1"]);
    expect(limited).toHaveLength(10);
    expect(new Set(limited).size).toBe(limited.length);
    const names = JSON.parse((await run([...argv, "--max-per-unit", "1", "--json"])).stdout).picks;
    for (const pick of names as JsonPick[]) expect(text.stdout).toContain(pick.name);
  });

  it("works on named files: one uncovered hamlet 6 km from the model, worked out by hand", async () => {
    const { code, stdout } = await run([...validFiles, "--k", "1", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      before: 420,
      after: 730,
      picks: [{ code: "03733-01", name: "Bản Nà La", gain: 310, lon: 103.69, lat: 21.5 }],
    });
    const locked = await run([...validFiles, "--k", "1", "--ruled-out", "03733-01"]);
    expect(locked.code).toBe(0);
    expect(locked.stdout).toContain("không có bản nào được chọn — no picks");
  });

  it("lets --weights and --direction steer the picks, as the view's weights do", async () => {
    const picks = async (extra: string[]) =>
      JSON.parse((await run(["--k", "5", "--json", ...extra])).stdout).picks.map(
        (pick: JsonPick) => pick.code,
      );
    const plain = await picks(["--weights", "0,0,0,0"]);
    const near = await picks(["--weights", "0,0,0,1", "--direction", "near"]);
    const gaps = await picks(["--weights", "0,0,0,1", "--direction", "gaps"]);
    expect(new Set([plain.join(), near.join(), gaps.join()]).size).toBe(3);
    const flat = JSON.parse((await run(["--k", "1", "--json", "--weights", "0,0,0,0"])).stdout);
    expect(flat.weighted).toBe(false);
    expect(flat.picks[0].value).toBe(flat.picks[0].gain);
    expect(flat.picks[0].valueParts).toBeNull();
    const text = await run(["--k", "2", "--weights", "1,0,0,0", "--size-by", "households"]);
    expect(text.stdout).toContain("nhu cầu (need) 1, quy mô (size) 0");
    expect(text.stdout).toContain("số hộ (households)");
  });

  it("exits 1 without usable hamlets or without any candidate", async () => {
    const missing = await run(["--hamlets", "/no/such/hamlets.geojson", "--k", "2"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no usable hamlet data");
    const hamlets = JSON.parse(readFileSync(`${valid}hamlets.geojson`, "utf8"));
    hamlets.features[1].properties.modelStatus = "replicated";
    hamlets.features[1].properties.modelSince = "2021-06-01";
    const directory = mkdtempSync(join(tmpdir(), "binhyen-plan-"));
    const path = join(directory, "hamlets.geojson");
    writeFileSync(path, JSON.stringify(hamlets));
    const allCovered = await run([...validFiles.slice(0, 2), "--hamlets", path, "--k", "1"]);
    rmSync(directory, { recursive: true });
    expect(allCovered.code).toBe(1);
    expect(allCovered.stderr).toContain("no candidates");
  });

  it("exits 2 on usage errors", async () => {
    for (const [argv, message] of [
      [[], "plan needs --k"],
      [["--k", "two"], "--k needs a whole number"],
      [["--k", "2", "--objective", "votes"], "--objective needs one of population, incidents, hamlets"],
      [["--k", "2", "--radius-km", "-1"], "--radius-km needs a number above 0"],
      [["--k", "2", "--colour"], "unknown option --colour"],
      [["--k", "2", "--weights", "3,2,2"], "--weights needs 4 numbers ≥ 0"],
      [["--k", "2", "--weights", "3,2,-2,1"], "--weights needs 4 numbers ≥ 0"],
      [["--k", "2", "--direction", "far"], "--direction needs near or gaps"],
      [["--k", "2", "--size-by", "area"], "--size-by needs population or households"],
    ] as const) {
      const result = await run([...argv]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});
