// The lint rule that keeps spreads of arrays out of calls in src/ (a long array overflows the
// stack): it must flag every form that overflows and leave array and object literals alone.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const folder = mkdtempSync(join(tmpdir(), "binh-yen-lint-"));
writeFileSync(
  join(folder, "biome.json"),
  JSON.stringify({
    root: true,
    plugins: [join(root, "lint/no-spread-into-call.grit")],
    linter: { enabled: true, rules: { preset: "none" } },
    formatter: { enabled: false },
    assist: { enabled: false },
    vcs: { enabled: false },
  }),
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The lines the rule flags in a probe file. */
function flaggedLines(source: string): number[] {
  const file = join(folder, "probe.ts");
  writeFileSync(file, source);
  const run = spawnSync(
    join(root, "node_modules/.bin/biome"),
    ["lint", `--config-path=${folder}`, "--reporter=json", "--max-diagnostics=100", file],
    { encoding: "utf8" },
  );
  const report = JSON.parse(run.stdout) as {
    diagnostics: { category: string; location: { start: { line: number } } }[];
  };
  return report.diagnostics
    .filter((diagnostic) => diagnostic.category === "plugin")
    .map((diagnostic) => diagnostic.location.start.line);
}

describe("lint rule: no spread into a call", () => {
  it("flags spreads into calls and constructors", () => {
    const source = [
      "declare const items: number[];",
      "declare const target: number[];",
      "target.push(...items);",
      "Math.max(1, ...items);",
      "String.fromCharCode(...new Uint8Array(4));",
      "new Array(...items);",
      "Math.min(...items.map((item) => item + 1));",
    ].join("\n");
    expect(flaggedLines(source)).toEqual([3, 4, 5, 6, 7]);
  });

  it("leaves array and object literals, concat and rest parameters alone", () => {
    const source = [
      "declare const items: number[];",
      "export const copy = [...items, 1];",
      "export const merged = { ...{ a: 1 }, b: 2 };",
      "export const joined = items.concat(items);",
      "export const rest = (...values: number[]) => values.length;",
      "console.log([...items], { ...{ c: 3 } });",
    ].join("\n");
    expect(flaggedLines(source)).toEqual([]);
  });
});
