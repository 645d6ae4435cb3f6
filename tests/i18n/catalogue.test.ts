import { describe, expect, it } from "vitest";
import { CATALOGUE, START_AREAS } from "../../src/i18n/catalogue";
import type { Entry } from "../../src/i18n/entry";
import { isTextKey, textsFor } from "../../src/i18n/index";
import { MORE_AREAS } from "../../src/i18n/more-texts";
import { text } from "../../src/i18n/translate";

const FILL_IN = /\{(\w+)\}/g;
const fillIns = (value: string) => [...value.matchAll(FILL_IN)].map((match) => match[1]).sort();
const forms = (entry: Entry) => (typeof entry.en === "string" ? [entry.en] : [entry.en.one, entry.en.other]);

describe("the catalogue", () => {
  it("defines each key in one area only", () => {
    const keys = Object.values({ ...START_AREAS, ...MORE_AREAS }).flatMap((area) => Object.keys(area));
    expect(keys.length).toBe(new Set(keys).size);
    expect(Object.keys(CATALOGUE).length).toBe(keys.length);
  });

  it("has both languages for every key, with the same fill-ins, in NFC", () => {
    for (const [key, entry] of Object.entries(CATALOGUE) as [string, Entry][]) {
      expect(entry.vi.length, key).toBeGreaterThan(0);
      expect(entry.vi, key).toBe(entry.vi.normalize("NFC"));
      for (const english of forms(entry)) {
        expect(english.length, key).toBeGreaterThan(0);
        expect(fillIns(english), key).toEqual(fillIns(entry.vi));
      }
    }
  });

  it("gives a plural form a count to choose by", () => {
    for (const [key, entry] of Object.entries(CATALOGUE) as [string, Entry][]) {
      if (typeof entry.en !== "string") expect(fillIns(entry.vi), key).toContain("n");
    }
  });
});

describe("a text from the catalogue", () => {
  it("fills in values, writing numbers with the language's separators", () => {
    expect(text("vi", "import.detected", { format: "csv", encoding: "UTF-8", n: 12345 })).toBe(
      "Định dạng csv, mã ký tự UTF-8, 12.345 cột",
    );
    expect(text("en", "planner.yearShown", { year: "2021", n: 3, total: 47445 })).toBe(
      "2021: 3 new, 47,445 in all",
    );
    expect(text("vi", "coverage.reachLegend", { r: 2.5 })).toBe("Phạm vi 2,5 km quanh địa điểm mô hình");
  });

  it("picks the English plural form by n, and Vietnamese has one form", () => {
    expect(text("en", "planner.pickTitle", { n: 1 })).toBe("Pick 1 hamlet");
    expect(text("en", "planner.pickTitle", { n: 5 })).toBe("Pick 5 hamlets");
    expect(text("vi", "planner.pickTitle", { n: 1 })).toBe("Chọn 1 bản để nhân rộng");
    expect(text("vi", "planner.pickTitle", { n: 5 })).toBe("Chọn 5 bản để nhân rộng");
  });

  it("leaves a fill-in without a value visible, so a slip shows", () => {
    const values = {} as { n: number };
    expect(text("vi", "planner.pickTitle", values)).toBe("Chọn {n} bản để nhân rộng");
  });

  it("looks up keys made at run time, and says when there is none", () => {
    const tx = textsFor("vi");
    expect(tx.maybe("property.population")).toBe("Dân số (người)");
    expect(tx.maybe("unitType.commune")).toBe("Xã");
    expect(tx.maybe("property.MA_XA")).toBeNull();
    expect(isTextKey("toString")).toBe(false);
  });

  it("is checked by the type checker: unknown keys, missing fill-ins, a missing language", () => {
    const tx = textsFor("en");
    // @ts-expect-error: no such key
    expect(() => tx.t("planner.noSuchKey")).toThrow();
    // @ts-expect-error: the fill-in {n} is required
    expect(tx.t("planner.pickTitle")).toBe("Pick {n} hamlets");
    // @ts-expect-error: a text without fill-ins takes none
    expect(tx.t("app.close", { n: 1 })).toBe("Close");
    // @ts-expect-error: every entry has both languages
    const missing = { "x.y": { vi: "chỉ tiếng Việt" } } satisfies Record<string, Entry>;
    expect(missing["x.y"].vi).toBe("chỉ tiếng Việt");
  });
});
