import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { geodata } from "./run-geodata";

const fixtures = fileURLToPath(new URL("../fixtures/geodata/", import.meta.url));

describe("geodata check", () => {
  it("exits 0 on the valid folder and prints a readable report", async () => {
    const { code, stdout } = await geodata("check", `${fixtures}valid`);
    expect(code).toBe(0);
    expect(stdout).toContain("hamlets.geojson (hamlets): ok — read 2, accepted 2, repaired 0, rejected 0");
    expect(stdout).toContain("Result: usable");
  });

  it("exits 1 on the broken folder; --json prints only the report", async () => {
    const { code, stdout } = await geodata("check", `${fixtures}broken`, "--json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files).toHaveLength(5);
    expect(report.join[0].code).toBe("join-unmatched");
  });

  it("checks loose files, taking the kind from the name or --kind", async () => {
    expect((await geodata("check", `${fixtures}valid/units.geojson`)).code).toBe(0);
    // Areas where points are expected become points inside them (import engine), so the mismatch
    // that still fails is areas for activity tables, which have no location at all.
    const forced = await geodata("check", `${fixtures}valid/units.geojson`, "--kind", "activities", "--json");
    expect(forced.code).toBe(1);
    const codes = JSON.parse(forced.stdout).files[0].messages.map(
      (message: { code: string }) => message.code,
    );
    expect(codes).toContain("geometry-not-null");
  });

  it("exits 2 on usage errors", async () => {
    expect((await geodata("frobnicate")).code).toBe(2);
    expect((await geodata()).code).toBe(2);
    const unknownOption = await geodata("check", `${fixtures}valid`, "--colour");
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option --colour");
    const badKind = await geodata("check", "--kind", "communes");
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain("--kind needs one of units, hamlets");
  });
});
