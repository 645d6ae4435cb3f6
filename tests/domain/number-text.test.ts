// Numbers as typed in Vietnamese and English spreadsheets, read for their column's role.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addEvidence,
  emptyEvidence,
  isAmbiguous,
  numberReadings,
  readColumnNumber,
  settledMark,
} from "../../src/domain/number-text";
import { coerceNumber } from "../../src/domain/schema-rules";

/** A whole number with its thousands grouped by a separator: 1045 → "1.045". */
function grouped(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
}

describe("numberReadings", () => {
  it.each([
    ["1.045", 1.045, 1045],
    ["1,045", 1045, 1.045],
    ["21.5123", 21.5123, null],
    ["21,5123", null, 21.5123],
    ["1.045,5", null, 1045.5],
    ["1,045.5", 1045.5, null],
    ["1.045.000", null, 1045000],
    ["1 045", 1045, 1045],
    ["1\u00a0045,25", null, 1045.25],
    ["980", 980, 980],
    ["-12,5", null, -12.5],
    ["0.500", 0.5, null],
    ["1.5E-05", 0.000015, null],
  ])("%s reads %s with a point, %s with a comma", (text, point, comma) => {
    const readings = numberReadings(text);
    expect(readings.point?.value ?? null).toBe(point);
    expect(readings.comma?.value ?? null).toBe(comma);
  });

  it.each(["03730", "1.04", "12 34", "1.0450.000", "Bản 3", "", "1,2,3", "1e5.5"])(
    "%s is not a number in a column of numbers",
    (text) => {
      const readings = numberReadings(text);
      // "1.04" has a decimal point only; the others read no way at all.
      if (text === "1.04") expect(readings.comma).toBeNull();
      else expect(readings).toEqual({ point: null, comma: null });
    },
  );
});

describe("readColumnNumber", () => {
  it("reads a count grouped in thousands, whatever the separator", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 9_999_999_999 })),
        fc.constantFrom(".", ",", " ", "\u00a0"),
        (value, separator) => {
          expect(readColumnNumber(grouped(value, separator), "integer", null).value).toBe(value);
        },
      ),
    );
  });

  it("reads a decimal written the Vietnamese way and the English way back to the same number", () => {
    const whole = fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99_999_999 }));
    fc.assert(
      fc.property(whole, fc.integer({ min: 1, max: 9999 }), (wholePart, fraction) => {
        const decimals = String(fraction);
        const expected = Number(`${wholePart}.${decimals}`);
        const vietnamese = `${grouped(wholePart, ".")},${decimals}`;
        const english = `${grouped(wholePart, ",")}.${decimals}`;
        expect(readColumnNumber(vietnamese, "decimal", "comma").value).toBe(expected);
        expect(readColumnNumber(english, "decimal", "point").value).toBe(expected);
        // Only "12,345" and "12.345" can pass for the other form; any other text reads one way.
        if (!isAmbiguous(numberReadings(vietnamese)))
          expect(readColumnNumber(vietnamese, "decimal", "point").value).toBe(expected);
        if (!isAmbiguous(numberReadings(english)))
          expect(readColumnNumber(english, "decimal", "comma").value).toBe(expected);
        const ambiguous = wholePart < 1000 && wholePart > 0 && decimals.length === 3;
        expect(isAmbiguous(numberReadings(vietnamese))).toBe(ambiguous);
      }),
    );
  });

  it("never reads a coordinate as thousands", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -179, max: 179 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(".", ","),
        (whole, fraction, mark) => {
          const text = `${whole}${mark}${String(fraction).padStart(3, "0")}`;
          const read = readColumnNumber(text, "coordinate", mark === "." ? "comma" : "point");
          expect(read.value).toBeCloseTo(Number(`${whole}.${String(fraction).padStart(3, "0")}`), 9);
        },
      ),
    );
  });

  it("leaves what stays ambiguous to the caller, and follows the column's mark when there is one", () => {
    expect(readColumnNumber("1.045", "unknown", null)).toEqual({ value: null, how: "ambiguous" });
    expect(readColumnNumber("1.045", "decimal", null)).toEqual({ value: null, how: "ambiguous" });
    expect(readColumnNumber("1.045", "decimal", "comma")).toEqual({ value: 1045, how: "grouped" });
    expect(readColumnNumber("1.045", "decimal", "point")).toEqual({ value: 1.045, how: "plain" });
    expect(readColumnNumber("21,5123", "unknown", null)).toEqual({ value: 21.5123, how: "decimal-comma" });
    expect(readColumnNumber("Bản A", "integer", null)).toEqual({ value: null, how: "not-a-number" });
  });
});

describe("a column's decimal mark", () => {
  const markOf = (values: string[]) => {
    const evidence = emptyEvidence();
    for (const value of values) addEvidence(evidence, value);
    return settledMark(evidence);
  };

  it("comes from the values only one mark explains", () => {
    expect(markOf(["21,5123", "21,52", "1.045"])).toBe("comma");
    expect(markOf(["21.5123", "103.6", "1,045"])).toBe("point");
    expect(markOf(["1.045", "980", "2.310"])).toBeNull();
    expect(markOf(["21.5", "21,5"])).toBeNull();
    expect(isAmbiguous(numberReadings("2.310"))).toBe(true);
  });
});

describe("the schema reads number text the same way", () => {
  it("takes thousands in a whole-number field and the decimal elsewhere, and says so", () => {
    expect(coerceNumber("1.045", { integer: true, min: 0 })).toEqual({
      value: 1045,
      note: { code: "number-format", level: "warning" },
    });
    expect(coerceNumber("1.045", { integer: false, min: 0 })).toEqual({ value: 1.045, note: null });
    expect(coerceNumber("1,5", { integer: false, min: 0 })).toMatchObject({
      value: 1.5,
      note: { code: "number-format" },
    });
    expect(coerceNumber("007", { integer: true, min: 0 })).toEqual({ value: 7, note: null });
    expect(coerceNumber("1 2 3", { integer: true, min: 0 }).value).toBeUndefined();
  });
});
