import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { earlierDuplicates, hashText } from "../../src/domain/schema-unique";

/** The plain way: a Map of the first index of each key. */
function reference(keys: readonly (string | null)[]): number[] {
  const first = new Map<string, number>();
  return keys.map((key, index) => {
    if (key === null) return -1;
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, index);
    return -1;
  });
}

const keyLists = fc.array(
  fc.option(fc.constantFrom("VV-1", "VV-2", "03730", "", "Bản", "Ba\u0309n", "a".repeat(40)), { nil: null }),
  {
    maxLength: 60,
  },
);
const anyKeys = fc.array(fc.option(fc.string({ maxLength: 4 }), { nil: null }), { maxLength: 200 });

describe("earlier duplicates", () => {
  it("finds, for each key, the first earlier equal one, as a Map would", () => {
    fc.assert(
      fc.property(fc.oneof(keyLists, anyKeys), (keys) => {
        expect([...earlierDuplicates(keys)]).toEqual(reference(keys));
      }),
      { numRuns: 500 },
    );
  });

  it("tells colliding keys apart by their text", () => {
    const collide = () => 7;
    const halves = (text: string) => text.length % 2;
    fc.assert(
      fc.property(fc.oneof(keyLists, anyKeys), (keys) => {
        expect([...earlierDuplicates(keys, collide)]).toEqual(reference(keys));
        expect([...earlierDuplicates(keys, halves)]).toEqual(reference(keys));
      }),
      { numRuns: 200 },
    );
  });

  it("handles a large file of unique keys with a few repeats", () => {
    const keys = Array.from({ length: 100_000 }, (_, index) => `VV-${index}`);
    keys.push("VV-17", "VV-99999", "VV-0");
    const earlier = earlierDuplicates(keys);
    expect([...earlier.slice(-3)]).toEqual([17, 99_999, 0]);
    expect(earlier.slice(0, 100_000).every((first) => first === -1)).toBe(true);
  });

  it("hashes texts that differ in one code unit differently", () => {
    expect(hashText("VV-1")).not.toBe(hashText("VV-2"));
    expect(hashText("Bản")).not.toBe(hashText("Ba\u0309n"));
    expect(hashText("")).toBe(0x811c9dc5 | 0);
  });
});
