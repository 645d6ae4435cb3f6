// Mixed corpora for comparing the shortcut for clean features with the full check: mostly clean
// features, with every kind of flaw the full check knows about mixed in.
import fc from "fast-check";
import { KIND_RULES } from "../../src/domain/schema-kinds";
import type { Expectation } from "../../src/domain/schema-rules";
import type { Kind } from "../../src/domain/types";

export const KINDS = Object.keys(KIND_RULES) as Kind[];

/** Values the full check keeps as they are, with nothing to say, per expectation. */
export function cleanValues(expected: Expectation): fc.Arbitrary<unknown> {
  switch (expected.type) {
    case "text":
      return fc.constantFrom("Bản Heo Trại", "VV-1", "Chiềng Pha", "03730-01", "a b", "Nà Lốc 2");
    case "unit-code":
      return fc.constantFrom("03730", "03721", "00001", "99999");
    case "integer":
      return fc.integer({ min: expected.min, max: expected.max ?? expected.min + 10_000 });
    case "number":
      return fc.double({ min: expected.min, max: 10_000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.constantFrom("2021-03-15", "2019-12-31", "2024-02-29");
    case "enum":
      return fc.constantFrom(...expected.values);
    default:
      return fc.constant(null);
  }
}

/** Everything real exports hold, clean or not: each one is a case the full path reports. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "",
    "   ",
    "  Bản  Mới ",
    "Ba\u0309n Heo",
    "Bản\tMới",
    "<b>Bản</b>",
    "a < b",
    "3730",
    " 03730",
    "037300",
    "0373a",
    "12",
    "1.234",
    "1,5",
    "1.234,5",
    "-3",
    "có",
    "KHÔNG",
    "x",
    "maybe",
    "15/03/2021",
    "2021-02-30",
    "2021-03-15T10:00:00Z",
    "trộm cắp",
    "ma túy",
    "không rõ",
    "xã",
    "mô hình điểm",
    "công an",
    "model-point",
    "theft",
    "police-post",
  ),
  fc.constantFrom(3730, 3730.5, -1, 0, 1, 1.5, 44_000, 1899, 2101, Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.constantFrom(true, false, null, undefined),
  fc.constant([1, 2]),
  fc.constant({ nested: "Ba\u0309n" }),
  fc.constantFrom(
    "0050-01-01",
    "0100-01-01",
    "2021-13-01",
    "2021-00-10",
    "2021-04-31",
    "2021-04-00",
    "2100-02-29",
    "2000-02-29",
    "2023-02-29",
    " 2021-03-15",
    "2021-3-15",
    "2021/03/15",
    "a  b",
    " a",
    "a ",
    "a\u00a0b",
    "~\u007f",
    "<",
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([year, month, day]) =>
      [String(year).padStart(4, "0"), String(month).padStart(2, "0"), String(day).padStart(2, "0")].join("-"),
    ),
  fc.string({
    unit: fc.constantFrom("a", "Z", "1", " ", "<", ">", "-", "\t", "é", "e\u0301", "\u00a0"),
    maxLength: 6,
  }),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
);

const EXTRA_NAMES = ["ten", "ghi_chu", "Ten_Huyen", "joinedBy", "constructor", "toString", "__proto__", "x"];

const extraValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("Bản Heo", "Ba\u0309n Heo", "  two  spaces ", "plain", "", 7, null, true),
  fc.constant({ nested: 1 }),
);

const goodPoint = fc
  .tuple(fc.double({ min: 102, max: 105, noNaN: true }), fc.double({ min: 20, max: 23, noNaN: true }))
  .map((coordinates) => ({ type: "Point", coordinates }));

const anyGeometry: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: goodPoint, weight: 6 },
  fc.constantFrom(
    null,
    undefined,
    "POINT (1 2)",
    { type: "Point", coordinates: [Number.NaN, 21] },
    { type: "Point", coordinates: [21.5, 181] },
    { type: "Point", coordinates: [103.6, 91] },
    { type: "Point", coordinates: [500_000, 2_380_000] },
    { type: "Point", coordinates: ["103.6", "21.5"] },
    { type: "Point", coordinates: [103.6] },
    { type: "Point", coordinates: [103.6, 21.5, 700] },
    { type: "Point", coordinates: [103.6, 21.5], bbox: [103.6, 21.5, 103.6, 21.5] },
    { type: "Point" },
    { type: "MultiPoint", coordinates: [[103.6, 21.5]] },
    {
      type: "Polygon",
      coordinates: [
        [
          [103.6, 21.5],
          [103.7, 21.5],
          [103.7, 21.6],
          [103.6, 21.5],
        ],
      ],
    },
    {
      type: "Polygon",
      coordinates: [
        [
          [103.6, 21.5],
          [103.6, 21.6],
          [103.7, 21.6],
          [103.7, 21.5],
        ],
      ],
    },
  ),
);

/** Mostly clean features, each value now and then replaced, dropped or moved, extras mixed in. */
export function featureOf(kind: Kind): fc.Arbitrary<unknown> {
  const rules = KIND_RULES[kind].properties;
  const values = Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => [
      name,
      fc.oneof(
        { arbitrary: cleanValues(rule.expected), weight: 12 },
        { arbitrary: anyValue, weight: 1 },
        { arbitrary: fc.constant(undefined), weight: 1 },
      ),
    ]),
  );
  const extras = fc.dictionary(fc.constantFrom(...EXTRA_NAMES), extraValue, { maxKeys: 3 });
  const properties = fc
    .tuple(fc.record(values), extras, fc.boolean(), fc.boolean())
    .map(([ours, extra, extrasFirst, reversed]) => {
      const ourEntries = Object.entries(ours).filter(([, value]) => value !== undefined);
      const entries = extrasFirst
        ? [...Object.entries(extra), ...ourEntries]
        : [...ourEntries, ...Object.entries(extra)];
      if (reversed) entries.reverse();
      // JSON.parse makes "__proto__" an own property; so must this.
      const object: Record<string, unknown> = {};
      for (const [name, value] of entries)
        Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
      return object;
    });
  const geometry =
    kind === "activities" ? fc.constantFrom(null, null, null, undefined, { type: "Point" }) : anyGeometry;
  const feature = fc.record(
    {
      type: fc.constantFrom("Feature", "Feature", "Feature", "Feature", "feature"),
      id: fc.oneof(fc.constant(undefined), fc.constantFrom("f-1", 7)),
      geometry,
      properties: fc.oneof({ arbitrary: properties, weight: 20 }, fc.constantFrom(null, [], "x")),
    },
    { requiredKeys: ["type", "geometry", "properties"] },
  );
  return fc.oneof({ arbitrary: feature, weight: 30 }, fc.constantFrom(null, 3, "Feature", { type: "Point" }));
}
