// What the app shows of a value: its start with an ellipsis, made without building the whole.
import { describe, expect, it } from "vitest";
import {
  boundedJson,
  LABEL_TEXT_LIMIT,
  SHOWN_TEXT_LIMIT,
  shortText,
  shortValue,
} from "../../src/domain/shown-text";

describe("shortText", () => {
  it("leaves short text alone and cuts long text to the limit, ellipsis included", () => {
    expect(shortText("Bản Heo Trại")).toBe("Bản Heo Trại");
    const cut = shortText("Dài ".repeat(250_000));
    expect(cut).toHaveLength(SHOWN_TEXT_LIMIT);
    expect(cut.endsWith("…")).toBe(true);
    expect(shortText("x".repeat(100), LABEL_TEXT_LIMIT)).toHaveLength(LABEL_TEXT_LIMIT);
  });

  it("never cuts a surrogate pair in two", () => {
    const text = `${"a".repeat(8)}😀😀😀`;
    const cut = shortText(text, 10);
    expect(cut).toBe(`${"a".repeat(8)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(cut)).toBe(false);
  });
});

describe("shortValue and boundedJson", () => {
  it("shows objects as the start of their JSON", () => {
    expect(shortValue({ a: [1, "x"], b: null })).toBe('{"a":[1,"x"],"b":null}');
    expect(shortValue(12)).toBe("12");
  });

  it("stops early on a huge or deeply nested value", () => {
    let deep: unknown = 1;
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(shortValue(deep).startsWith("[[[[")).toBe(true);
    expect(shortValue(deep).length).toBeLessThanOrEqual(SHOWN_TEXT_LIMIT);
    const wide = Array.from({ length: 1_000_000 }, (_, index) => index);
    expect(boundedJson(wide, 50).length).toBeLessThan(80);
  });
});
