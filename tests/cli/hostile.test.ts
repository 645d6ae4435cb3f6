// A few hostile files through `geodata check` and `geodata import`: a clear message and an exit
// code, never a stack trace (each of these crashed the command before).
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/data/limits";
import { collectionText, hamlet, incidentPoints } from "../data/hostile/generators";
import { deflatedRun, writeZip } from "../data/hostile/zip-writer";
import { geodata } from "./run-geodata";

const folder = mkdtempSync(join(tmpdir(), "binh-yen-hostile-cli-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const deepProperty = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[103.6,21.5]},"properties":{"code":"H1","name":"B","deep":${"[".repeat(100_000)}${"]".repeat(100_000)}}},${JSON.stringify(hamlet(2))}]}`;

describe("geodata on hostile files", () => {
  it("check: 100,000 [ inside a property is a message about that feature", async () => {
    const { code, stdout } = await geodata(
      "check",
      file("deep-hamlets.geojson", deepProperty),
      "--kind",
      "hamlets",
    );
    expect(stdout).toContain("[nesting-too-deep]");
    expect(stdout).toContain("read 2, accepted 1, rejected 1");
    expect(code).toBe(1);
  });

  it("import: the same file is converted, its deep feature written to the rejected file", async () => {
    const out = join(folder, "deep-out.geojson");
    const { code, stdout } = await geodata(
      "import",
      join(folder, "deep-hamlets.geojson"),
      "--kind",
      "hamlets",
      "--out",
      out,
    );
    expect(stdout).toContain("nesting-too-deep");
    expect(JSON.parse(readFileSync(out, "utf8")).features).toHaveLength(1);
    const rejected = JSON.parse(readFileSync(`${out.replace(/\.geojson$/u, "")}.rejected.geojson`, "utf8"));
    expect(JSON.stringify(rejected)).toContain("nested deeper than");
    // Written, and exit 1: the file had an error (the rejected feature).
    expect(code).toBe(1);
  });

  it("check: a 1 MB KMZ that unpacks to 1 GB", async () => {
    const path = file("bomb.kmz", writeZip([{ name: "doc.kml", deflated: deflatedRun(1 << 30) }]));
    const { code, stdout } = await geodata("check", path, "--kind", "sites");
    expect(stdout).toContain("[zip-too-large]");
    expect(code).toBe(1);
  });

  it("check: a file over the size limit is refused without being read", async () => {
    const path = join(folder, "huge-incidents.geojson");
    writeFileSync(path, "");
    truncateSync(path, LIMITS.fileBytes + 1); // sparse: no disk used
    const { code, stdout } = await geodata("check", path);
    expect(stdout).toContain("[file-too-large]");
    expect(code).toBe(1);
  });

  it("check: a manifest naming a file over the size limit", async () => {
    writeFileSync(
      join(folder, "manifest.json"),
      JSON.stringify({ title: "t", files: [{ path: "huge-incidents.geojson", kind: "incidents" }] }),
    );
    const { code, stdout } = await geodata("check", join(folder, "manifest.json"));
    expect(stdout).toContain("[file-too-large]");
    expect(code).toBe(1);
  });

  it("check: 200,000 incidents and a hamlet with a constructor property", async () => {
    const incidents = file("incidents.geojson", collectionText(incidentPoints(200_000)));
    const hamlets = file(
      "hamlets.geojson",
      collectionText([hamlet(1, { constructor: "x", hasOwnProperty: 1 })]),
    );
    const { stdout } = await geodata("check", incidents, hamlets, "--json");
    const report = JSON.parse(stdout);
    expect(report.files.map((entry: { accepted: number }) => entry.accepted)).toEqual([200_000, 1]);
  }, 60_000);
});
