// The table corpus: each CSV in tests/fixtures/sheets/files must give its messages, counts and
// values (expectations.json, written with the files by make-fixtures.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../src/data/import";
import type { Kind } from "../../../src/domain/types";

interface Expectation {
  file: string;
  kind: Kind | null;
  messages: string[];
  phrase?: string;
  encoding?: string;
  headerRow?: number;
  accepted: number;
  rejected: number;
  properties?: Record<string, unknown>[];
  note: string;
}

const folder = fileURLToPath(new URL("../../fixtures/sheets/", import.meta.url));
const expectations = JSON.parse(readFileSync(`${folder}expectations.json`, "utf8")) as Expectation[];

async function importFixture(name: string, kind: Kind | null) {
  const bytes = new Uint8Array(readFileSync(`${folder}files/${name}`));
  return importFile({ fileName: name, bytes, kind, crs: null, fields: null });
}

describe("table corpus", () => {
  it.each(expectations.map((expectation) => [expectation.file, expectation] as const))(
    "%s",
    async (_name, expected) => {
      const result = await importFixture(expected.file, expected.kind);
      const summary = result.messages.map((message) => `${message.level} ${message.code}`);
      expect(summary, expected.note).toEqual(expect.arrayContaining(expected.messages));
      // Nothing else went wrong: no error, and no warning but the expected ones and the defaults.
      const unexpected = summary.filter(
        (entry) =>
          !expected.messages.includes(entry) &&
          (entry.startsWith("error") ||
            (entry.startsWith("warning") && !entry.endsWith("missing-property-defaulted"))),
      );
      expect(unexpected, expected.note).toEqual([]);
      const first = result.messages.find(
        (message) => `${message.level} ${message.code}` === expected.messages[0],
      );
      if (expected.phrase) expect(first?.text.en).toContain(expected.phrase);
      for (const message of result.messages) expect(message.file).toBe(expected.file);
      if (expected.encoding) expect(result.detection.encoding).toBe(expected.encoding);
      if (expected.headerRow) expect(result.detection.headerRow).toBe(expected.headerRow);
      expect(result.counts.accepted, expected.note).toBe(expected.accepted);
      expect(result.counts.rejected, expected.note).toBe(expected.rejected);
      (expected.properties ?? []).forEach((wanted, index) => {
        const properties = result.collection.features[index]?.properties ?? {};
        for (const [key, value] of Object.entries(wanted)) {
          expect(
            Object.getOwnPropertyDescriptor(properties, key)?.value,
            `${expected.note}: #${index} ${key}`,
          ).toEqual(value);
        }
      });
    },
  );

  it("gives the same generated codes when the same list comes in another encoding or with a title", async () => {
    const typed = await importFixture("ban-2026-windows-1258.csv", "hamlets");
    const plain = await importFixture("ban-2026-proposed.csv", "hamlets");
    const codes = (result: typeof typed) =>
      result.collection.features.map((feature) => feature.properties?.code);
    expect(codes(typed)).toEqual(codes(plain));
    expect(new Set(codes(typed)).size).toBe(4);
  });
});
