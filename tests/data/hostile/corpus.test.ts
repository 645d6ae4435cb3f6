// Runs the hostile corpus (cases.ts, more-cases.ts, format-cases.ts): every case through the import
// engine, and the GeoJSON ones through the manifest path too. Whatever the file, the engine answers
// with a report (never a throw), accounts for every feature, says each problem in both languages,
// and gives a result that can cross to the page, be written out and be drawn.
import { beforeAll, describe, expect, it } from "vitest";
import { importFile, layerToCsv, layerToGeoJson } from "../../../src/data/import";
import type { ImportResult } from "../../../src/data/import/import-types";
import { parseLayer } from "../../../src/data/parse-layer";
import { forMap } from "../../../src/map/for-map";
import { packResult } from "../../../src/workers/import-transport";
import { FIRST_CASES, type HostileCase } from "./cases";
import { FORMAT_CASES } from "./format-cases";
import { ZIP_AND_LONG_CASES } from "./more-cases";

const CASES: HostileCase[] = [...FIRST_CASES, ...ZIP_AND_LONG_CASES, ...FORMAT_CASES];

type Serialise = (input: unknown) => unknown;
let serialiseForMapLibre: Serialise;
beforeAll(async () => {
  (globalThis as { ImageData?: unknown }).ImageData ??= class ImageData {};
  const path = ["maplibre-gl", "src", "util", "web_worker_transfer.ts"].join("/");
  serialiseForMapLibre = (
    (await import(/* @vite-ignore */ `../../../node_modules/${path}`)) as { serialize: Serialise }
  ).serialize;
});

function expectSound(result: ImportResult) {
  expect(result.counts.accepted + result.counts.rejected).toBe(result.counts.read);
  expect(result.rejected.features).toHaveLength(result.counts.rejected);
  expect(result.collection.features).toHaveLength(result.counts.accepted);
  for (const message of result.messages) {
    expect(message.text.vi.length).toBeGreaterThan(10);
    expect(message.text.en.length).toBeGreaterThan(10);
  }
  // Crosses to the page, is written out, and is drawn.
  expect(() => structuredClone(result)).not.toThrow();
  expect(() => packResult(structuredClone(result))).not.toThrow();
  for (const collection of [result.collection, result.rejected]) {
    expect(() => layerToGeoJson(collection)).not.toThrow();
    expect(() => layerToCsv(collection, "vi")).not.toThrow();
  }
  expect(() => serialiseForMapLibre(forMap(result.collection))).not.toThrow();
}

async function run(hostile: HostileCase): Promise<ImportResult> {
  const result = await importFile({
    fileName: hostile.fileName,
    bytes: hostile.bytes(),
    kind: hostile.kind,
    crs: null,
    fields: hostile.fields ?? null,
  });
  expectSound(result);
  const codes = result.messages.map((message) => message.code);
  for (const code of hostile.codes ?? [])
    expect(codes, `${code} among ${[...new Set(codes)]}`).toContain(code);
  for (const code of hostile.without ?? []) expect(codes).not.toContain(code);
  if (hostile.read !== undefined) expect(result.counts.read).toBe(hostile.read);
  if (hostile.accepted !== undefined) expect(result.counts.accepted).toBe(hostile.accepted);
  if (hostile.rejected !== undefined) expect(result.counts.rejected).toBe(hostile.rejected);
  hostile.check?.(result);
  return result;
}

describe("the hostile corpus", () => {
  it("holds at least 80 cases, each with something to check", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    for (const hostile of CASES) {
      const checks = [
        hostile.codes,
        hostile.without,
        hostile.read,
        hostile.accepted,
        hostile.rejected,
        hostile.check,
      ];
      expect(
        checks.some((check) => check !== undefined),
        hostile.name,
      ).toBe(true);
    }
    expect(new Set(CASES.map((hostile) => hostile.fileName)).size).toBe(CASES.length);
  });

  for (const hostile of CASES) {
    const name = `${hostile.name} (${hostile.fileName})`;
    if (hostile.todo) it.skip(`${name}: waits for the ${hostile.todo} branch`, () => run(hostile));
    else it(name, () => run(hostile), 60_000);
  }
});

describe("the hostile corpus through the manifest path", () => {
  const geojson = CASES.filter((hostile) => hostile.fileName.endsWith(".geojson") && !hostile.todo);
  it.each(geojson.map((hostile) => [hostile.fileName, hostile] as const))(
    "%s",
    (_name, hostile) => {
      const bytes = hostile.bytes();
      if (bytes.length > 50_000_000) return; // the size limit: checked by the engine above
      const parsed = parseLayer({
        file: hostile.fileName,
        kind: hostile.kind ?? "hamlets",
        text: new TextDecoder().decode(bytes),
      });
      const report = parsed.report;
      expect(report.accepted + report.rejected).toBe(report.read);
      expect(parsed.collection.features).toHaveLength(report.accepted);
      for (const message of report.messages) expect(message.text.en.length).toBeGreaterThan(10);
      expect(() => structuredClone(parsed)).not.toThrow();
      expect(() =>
        serialiseForMapLibre(forMap(parsed.collection as GeoJSON.FeatureCollection)),
      ).not.toThrow();
      for (const code of hostile.codes ?? []) {
        // Engine-only codes (formats, zips, CSV) have no counterpart in a manifest's GeoJSON.
        if (["nesting-too-deep", "too-many-features", "messages-capped", "duplicate-id"].includes(code))
          expect(report.messages.map((message) => message.code)).toContain(code);
      }
    },
    60_000,
  );
});
