// The hostile corpus: each case is a generator of a file's bytes and what the import must say or
// give. corpus.test.ts runs every case through the import engine (and, for GeoJSON, through the
// manifest path too); the CLI and the browser run a few. Cases waiting on another branch carry
// `todo` and run as todos until that branch is merged.
import { expect } from "vitest";
import type { ImportResult } from "../../../src/data/import/import-types";
import { LIMITS } from "../../../src/data/limits";
import type { Kind } from "../../../src/domain/types";
import { collectionText, type Feature, hamlet } from "./generators";

export interface HostileCase {
  name: string;
  fileName: string;
  bytes: () => Uint8Array;
  kind: Kind | null;
  fields?: Record<string, string>;
  /** Message codes that must be among the result's messages. */
  codes?: string[];
  /** Message codes that must not be. */
  without?: string[];
  read?: number;
  accepted?: number;
  rejected?: number;
  check?: (result: ImportResult) => void;
  /** The branch whose merge makes this case pass. */
  todo?: string;
}

const encoder = new TextEncoder();
const text = (value: string) => () => encoder.encode(value);
const features = (list: unknown[], members: Record<string, unknown> = {}) =>
  text(collectionText(list, members));
const nested = (depth: number, leaf = "1") => `${"[".repeat(depth)}${leaf}${"]".repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
/** A feature written as JSON text, with raw JSON put in for one property. */
const rawHamlet = (index: number, key: string, rawValue: string) =>
  `{"type":"Feature","geometry":{"type":"Point","coordinates":[103.6,21.5]},"properties":{"code":"H-${index}","name":"Bản ${index}",${JSON.stringify(key)}:${rawValue}}}`;
const rawCollection = (...entries: string[]) =>
  text(`{"type":"FeatureCollection","features":[${entries.join(",")}]}`);
const unit = (code: string, properties: Record<string, unknown> = {}): Feature => ({
  type: "Feature",
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [103.6, 21.5],
        [103.7, 21.5],
        [103.7, 21.6],
        [103.6, 21.6],
        [103.6, 21.5],
      ],
    ],
  },
  properties: { code, name: `Xã ${code}`, ...properties },
});
const extra = (result: ImportResult, key: string) => result.collection.features[0]?.properties?.[key];

// ---------------------------------------------------------------------------------------------
// Property names that are also names of the language's own (Object.prototype, MapLibre's
// serialiser): each is a column like any other, kept with its value.

const BUILT_IN_NAMES = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "$name",
  "prototype",
  "__defineGetter__",
  "toLocaleString",
];

const propertyNameCases: HostileCase[] = BUILT_IN_NAMES.map((key) => ({
  name: `a hamlet property named ${key} is kept as data`,
  fileName: `ten-${key.replace(/\W/gu, "_")}.geojson`,
  bytes: rawCollection(rawHamlet(1, key, '"x"'), rawHamlet(2, "note", '"y"')),
  kind: "hamlets",
  accepted: 2,
  check: (result) => {
    const properties = result.collection.features[0]?.properties as Record<string, unknown>;
    expect(Object.hasOwn(properties, key)).toBe(true);
    expect(properties[key]).toBe("x");
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
  },
}));

const codeCases: HostileCase[] = [
  {
    name: "hamlet codes named like built-ins are codes",
    fileName: "ma-ban.geojson",
    bytes: features(["constructor", "__proto__", "toString"].map((code, index) => hamlet(index, { code }))),
    kind: "hamlets",
    accepted: 3,
    without: ["duplicate-id"],
  },
  {
    name: "a unit with a constructor property and a hamlet with hasOwnProperty",
    fileName: "xa.geojson",
    bytes: features([unit("03730", { constructor: "x", hasOwnProperty: 1 })]),
    kind: "units",
    accepted: 1,
    check: (result) => expect(extra(result, "hasOwnProperty")).toBe(1),
  },
  {
    name: "a field mapped to a column named toString that the file lacks is unused, not a function",
    fileName: "map-tostring.geojson",
    bytes: features([hamlet(1, { ten: "Bản Một" })]),
    kind: "hamlets",
    fields: { name: "toString" },
    codes: ["field-unused"],
    check: (result) => expect(typeof extra(result, "name")).toBe("string"),
  },
  {
    name: "a field mapped to a column named constructor that the file has is used",
    fileName: "map-constructor.geojson",
    bytes: rawCollection(
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[103.6,21.5]},"properties":{"code":"H1","constructor":"Bản Một"}}',
    ),
    kind: "hamlets",
    fields: { name: "constructor" },
    accepted: 1,
    check: (result) => expect(extra(result, "name")).toBe("Bản Một"),
  },
  {
    name: "a feature-level member named constructor survives the round trip",
    fileName: "thanh-vien.geojson",
    bytes: features([{ ...hamlet(1), constructor: "x", id: { nested: true } }]),
    kind: "hamlets",
    accepted: 1,
    check: (result) =>
      expect((result.collection.features[0] as unknown as Record<string, unknown>).constructor).toBe("x"),
  },
];

// ---------------------------------------------------------------------------------------------
// Formulas in values: imported as the text they are (the CSV writer neutralises them on export).

const FORMULAS = [
  '=HYPERLINK("http://x.invalid","bấm")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1",
  "\r=1",
];
const formulaCases: HostileCase[] = FORMULAS.map((formula, index) => ({
  name: `a name that is a formula (${JSON.stringify(formula.slice(0, 6))}) is kept as text`,
  fileName: `cong-thuc-${index}.geojson`,
  bytes: features([hamlet(1, { name: `Bản ${index}`, ghiChu: formula })]),
  kind: "hamlets",
  accepted: 1,
  check: (result) => expect(extra(result, "ghiChu")).toBe(formula),
}));

// ---------------------------------------------------------------------------------------------
// Nesting far too deep, in every place a file can put it.

const nestingCases: HostileCase[] = [
  {
    name: "100,000 [ at the top level",
    fileName: "sau.geojson",
    bytes: text(nested(100_000)),
    kind: "hamlets",
    codes: ["geojson-not-features"],
    read: 0,
  },
  {
    name: "100,000 [ in a property",
    fileName: "sau-thuoc-tinh.geojson",
    bytes: rawCollection(rawHamlet(1, "deep", nested(100_000)), rawHamlet(2, "note", '"ok"')),
    kind: "hamlets",
    codes: ["nesting-too-deep"],
    accepted: 1,
    rejected: 1,
  },
  {
    name: "100,000 nested objects in a property",
    fileName: "sau-doi-tuong.geojson",
    bytes: rawCollection(rawHamlet(1, "deep", deepObject(100_000))),
    kind: "hamlets",
    codes: ["nesting-too-deep"],
    rejected: 1,
  },
  {
    name: "100,000 [ as the coordinates",
    fileName: "sau-toa-do.geojson",
    bytes: rawCollection(
      `{"type":"Feature","geometry":{"type":"Point","coordinates":${nested(100_000, "103.6")}},"properties":{"code":"H1","name":"B"}}`,
    ),
    kind: "hamlets",
    codes: ["nesting-too-deep"],
    rejected: 1,
  },
  {
    name: "geometry collections nested 50,000 deep",
    fileName: "sau-hinh-hoc.geojson",
    bytes: rawCollection(
      `{"type":"Feature","geometry":${'{"type":"GeometryCollection","geometries":['.repeat(50_000)}${"]}".repeat(50_000)},"properties":{"code":"H1","name":"B"}}`,
    ),
    kind: "hamlets",
    codes: ["nesting-too-deep"],
    rejected: 1,
  },
  {
    name: "a deep foreign member on a feature",
    fileName: "sau-thanh-vien.geojson",
    bytes: rawCollection(
      `{"type":"Feature","extra":${nested(100_000)},"geometry":{"type":"Point","coordinates":[103.6,21.5]},"properties":{"code":"H1","name":"B"}}`,
    ),
    kind: "hamlets",
    codes: ["nesting-too-deep"],
    rejected: 1,
  },
  {
    name: "an entry of features that is itself 100,000 [ deep",
    fileName: "sau-muc.geojson",
    bytes: text(`{"type":"FeatureCollection","features":[${nested(100_000)}]}`),
    kind: "hamlets",
    codes: ["nesting-too-deep"],
    rejected: 1,
  },
  {
    name: "a deep line in newline-delimited GeoJSON",
    fileName: "sau.ndjson",
    bytes: text(`${rawHamlet(1, "deep", nested(100_000))}\n${rawHamlet(2, "note", '"ok"')}\n`),
    kind: "hamlets",
    codes: ["nesting-too-deep"],
    accepted: 1,
  },
  {
    name: "nesting just within the limit is kept",
    fileName: "vua-du.geojson",
    bytes: rawCollection(rawHamlet(1, "deep", nested(LIMITS.nestingDepth - 4))),
    kind: "hamlets",
    accepted: 1,
    without: ["nesting-too-deep"],
  },
  {
    name: "a deep TopoJSON object",
    fileName: "sau.topojson",
    bytes: text(
      `{"type":"Topology","arcs":[],"objects":{"a":${'{"type":"GeometryCollection","geometries":['.repeat(20_000)}${"]}".repeat(20_000)}}}`,
    ),
    kind: "hamlets",
    check: (result) => expect(result.messages.some((message) => message.level === "error")).toBe(true),
  },
];

export const FIRST_CASES: HostileCase[] = [
  ...propertyNameCases,
  ...codeCases,
  ...formulaCases,
  ...nestingCases,
];
