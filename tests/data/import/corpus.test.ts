// The hostile-file corpus: each file in tests/fixtures/import/files must produce its message
// (expectations.json, written with the files by make-fixtures.ts) and never throw.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../src/data/import";
import type { Kind } from "../../../src/domain/types";

interface Expectation {
  file: string;
  kind: Kind | null;
  crs?: string;
  level: "error" | "warning" | "info" | null;
  code: string | null;
  phrase?: string;
  format?: string;
  encoding?: string;
  accepted?: number;
  rejected?: number;
  note: string;
}

const folder = fileURLToPath(new URL("../../fixtures/import/", import.meta.url));
const expectations = JSON.parse(readFileSync(`${folder}expectations.json`, "utf8")) as Expectation[];

async function importFixture(name: string, kind: Kind | null, crs: string | null = null) {
  const bytes = new Uint8Array(readFileSync(`${folder}files/${name}`));
  return importFile({ fileName: name, bytes, kind, crs, fields: null });
}

describe("hostile-file corpus", () => {
  it("holds at least 40 files", () => {
    expect(expectations.length).toBeGreaterThanOrEqual(40);
  });

  it.each(expectations.map((expectation) => [expectation.file, expectation] as const))(
    "%s",
    async (_name, expected) => {
      const result = await importFixture(expected.file, expected.kind, expected.crs ?? null);
      const summary = result.messages.map((message) => `${message.level} ${message.code}`);
      if (expected.code !== null) {
        const message = result.messages.find((candidate) => candidate.code === expected.code);
        expect(message, `${expected.note}; got ${summary.join(", ")}`).toBeDefined();
        expect(message?.level).toBe(expected.level);
        if (expected.phrase) expect(message?.text.en).toContain(expected.phrase);
        expect(message?.text.vi.length).toBeGreaterThan(10);
        expect(message?.file).toBe(expected.file);
      } else {
        expect(
          summary.filter((entry) => entry.startsWith("error")),
          expected.note,
        ).toEqual([]);
      }
      if (expected.format) expect(result.detection.format).toBe(expected.format);
      if (expected.encoding) expect(result.detection.encoding).toBe(expected.encoding);
      if (expected.accepted !== undefined) expect(result.counts.accepted).toBe(expected.accepted);
      if (expected.rejected !== undefined) expect(result.counts.rejected).toBe(expected.rejected);
      // Nothing is lost: every feature read is either accepted or handed back as rejected.
      expect(result.counts.accepted + result.counts.rejected).toBe(result.counts.read);
      expect(result.rejected.features).toHaveLength(result.counts.rejected);
    },
  );
});
