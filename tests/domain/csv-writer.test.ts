// The one CSV writer: formulas neutralised (OWASP), numbers kept as numbers, each language's
// delimiter and decimal mark, RFC 4180 quoting.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_DIALECTS, csvCell, writeCsv } from "../../src/domain/csv-writer";

const vi = CSV_DIALECTS.vi;
const en = CSV_DIALECTS.en;

describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", `"'\r=1"`],
    ["  =1+1", "'  =1+1"],
    ["＝1+1", "'＝1+1"],
  ])("neutralises %j", (value, written) => {
    expect(csvCell(value, en)).toBe(written);
  });

  it.each(["-3", "+5", "2.5", "-0.25", "1e5", "Bản Heo Trại", "03730", "a=b", "x-1"])(
    "leaves %j as written",
    (value) => {
      expect(csvCell(value, en)).toBe(value);
    },
  );

  it("writes numbers as numbers in each language's form", () => {
    expect(csvCell(-3, en)).toBe("-3");
    expect(csvCell(5, en)).toBe("5");
    expect(csvCell(103.644, en)).toBe("103.644");
    expect(csvCell(103.644, vi)).toBe('"103,644"');
    expect(csvCell(-0.5, vi)).toBe('"-0,5"');
    expect(csvCell(1234567, vi)).toBe("1234567");
    expect(csvCell(Number.NaN, vi)).toBe("");
  });

  it("quotes what holds either delimiter, a quote or a line break", () => {
    expect(csvCell("a,b", vi)).toBe('"a,b"');
    expect(csvCell("a;b", en)).toBe('"a;b"');
    expect(csvCell('say "hi"', en)).toBe('"say ""hi"""');
    expect(csvCell("two\nlines", en)).toBe('"two\nlines"');
  });

  it("writes empty cells for missing values, true/false, and JSON for objects", () => {
    expect(csvCell(null, en)).toBe("");
    expect(csvCell(undefined, en)).toBe("");
    expect(csvCell(true, vi)).toBe("true");
    expect(csvCell({ a: [1, 2] }, en)).toBe('"{""a"":[1,2]}"');
  });
});

describe("writeCsv", () => {
  const rows = [
    ["Bản Heo Trại", 21.5, -3],
    ["=cmd", 1, null],
  ];

  it.each([
    ["vi", ";"],
    ["en", ","],
  ] as const)("%s: BOM, CRLF lines, and reads back with the same cells", (language, delimiter) => {
    const csv = writeCsv(["Tên", "Vĩ độ", "Số"], rows, language);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe(["Tên", "Vĩ độ", "Số"].join(delimiter));
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.meta.delimiter).toBe(delimiter);
    const decimal = language === "vi" ? "21,5" : "21.5";
    expect(parsed.data).toEqual([
      ["Tên", "Vĩ độ", "Số"],
      ["Bản Heo Trại", decimal, "-3"],
      ["'=cmd", "1", ""],
    ]);
  });
});
