// The shortcut for clean features (schema-fast.ts) must give exactly what the full check gives:
// same features, same key order, same ids, same issues, on corpora that mix clean features with
// every kind of flaw the full check knows about.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFeature, checkFeatureFully, checkFeatures } from "../../src/domain/schema";
import { BUILDERS, checkCleanFeature, JOINED_KINDS } from "../../src/domain/schema-fast";
import { KIND_RULES } from "../../src/domain/schema-kinds";
import { isAbsent, NOT_CLEAN } from "../../src/domain/schema-rules";
import { anyValue, cleanValues, featureOf, KINDS } from "./schema-corpus";

/** Order-sensitive comparison: toEqual ignores key order, exports do not. */
const keyOrder = (checked: ReturnType<typeof checkFeatures>) =>
  checked.map((result) => (result.feature ? Object.keys(result.feature.properties) : null));

describe("the shortcut for clean features", () => {
  const rules = KINDS.flatMap((kind) =>
    Object.entries(KIND_RULES[kind].properties).map(([name, rule]) => ({
      property: `${kind}.${name}`,
      rule,
    })),
  );

  it.each(rules)("$property: a clean value is what coercing gives with nothing to say", ({ rule }) => {
    let clean = 0;
    fc.assert(
      fc.property(fc.oneof(anyValue, cleanValues(rule.expected)), (value) => {
        const shortcut = rule.clean(value);
        const coerced = rule.coerce(value);
        const silent = !isAbsent(value) && coerced.note === null && coerced.value !== undefined;
        if (shortcut === NOT_CLEAN) return;
        clean++;
        expect(silent).toBe(true);
        expect(shortcut).toBe(coerced.value);
      }),
      { numRuns: 1500 },
    );
    expect(clean).toBeGreaterThan(100);
  });

  it.each(KINDS)("gives exactly the full check's results on mixed %s corpora", (kind) => {
    let clean = 0;
    let other = 0;
    fc.assert(
      fc.property(fc.array(featureOf(kind), { maxLength: 12 }), (features) => {
        const fast = checkFeatures(kind, features);
        const full = checkFeatures(kind, features, checkFeatureFully);
        expect(fast).toEqual(full);
        expect(keyOrder(fast)).toEqual(keyOrder(full));
        for (const [index, feature] of features.entries()) {
          if (checkCleanFeature(kind, feature, index)) clean++;
          else other++;
        }
      }),
      { numRuns: 300 },
    );
    // Both paths were really compared, not one of them alone.
    if (kind !== "units") expect(clean).toBeGreaterThan(100);
    expect(other).toBeGreaterThan(100);
  });

  it("takes clean features, and leaves each flawed one to the full check", () => {
    const feature = (properties: Record<string, unknown>, coordinates: unknown = [103.6, 21.5]) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates },
      properties: { id: "VV-1", date: "2021-03-15", category: "theft", unitCode: "03730", ...properties },
    });
    const clean = checkCleanFeature("incidents", feature({}), 4);
    expect(clean).toEqual(checkFeatureFully("incidents", feature({}), 4));
    expect(clean?.id).toBe("VV-1");
    const flawed: unknown[] = [
      feature({ id: "Ba\u0309n" }),
      feature({ id: " VV-1" }),
      feature({ unitCode: 3730 }),
      feature({ unitCode: "3730" }),
      feature({ date: "15/03/2021" }),
      feature({ category: "không rõ" }),
      feature({ id: "<b>1</b>" }),
      feature({ id: "" }),
      feature({ date: null }),
      feature({}, [Number.NaN, 21.5]),
      feature({}, [21.5, 103.6]),
    ];
    for (const [index, raw] of flawed.entries()) {
      expect(checkCleanFeature("incidents", raw, index)).toBeNull();
      expect(checkFeature("incidents", raw, index)).toEqual(checkFeatureFully("incidents", raw, index));
    }
  });

  it("keeps a column named like an object's own member (constructor, __proto__) on both paths", () => {
    const raw = JSON.parse(
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[103.6,21.5]},' +
        '"properties":{"constructor":"c","__proto__":"p","id":"VV-1","date":"2021-03-15","category":"theft"}}',
    );
    for (const check of [checkFeature, checkFeatureFully]) {
      const properties = check("incidents", raw, 0).feature?.properties ?? {};
      expect(Object.keys(properties)).toEqual([
        "constructor",
        "__proto__",
        "id",
        "date",
        "category",
        "unitCode",
        "adminPeriod",
        "joinedBy",
      ]);
      expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    }
  });

  it.each(KINDS)("builds %s properties with the rules' names in the rules' order", (kind) => {
    const names = Object.keys(KIND_RULES[kind].properties);
    const built = BUILDERS[kind](names.map((name) => `value of ${name}`));
    expect(Object.keys(built)).toEqual(JOINED_KINDS.has(kind) ? [...names, "joinedBy"] : names);
    for (const name of names) expect(built[name]).toBe(`value of ${name}`);
    if (JOINED_KINDS.has(kind)) expect(built.joinedBy).toBeNull();
  });
});
