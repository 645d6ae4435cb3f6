// Every kind of repair the import engine counts is named in both languages: the report shows the
// count beside the name, and an English name inside the Vietnamese report is a bug.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPAIR_NAMES } from "../../src/data/import/report";
import { textsFor } from "../../src/i18n";
import "../../src/i18n/more-texts"; // the import report's words

const ENGINE = "src/data/import";

function repairsCountedInEngine(): string[] {
  const names = new Set<string>(Object.values(REPAIR_NAMES));
  for (const file of readdirSync(ENGINE).filter((name) => name.endsWith(".ts"))) {
    for (const [, name] of readFileSync(`${ENGINE}/${file}`, "utf8").matchAll(/repaired\["([^"]+)"\]/g))
      if (name) names.add(name);
  }
  return [...names].sort();
}

describe("the names of repairs", () => {
  it("are in the catalogue for every repair the engine counts", () => {
    const names = repairsCountedInEngine();
    expect(names).toContain("units found in the gazetteer");
    const vi = textsFor("vi");
    expect(names.filter((name) => vi.maybe(`repair.${name}`) === null)).toEqual([]);
  });
});
