// CSV text to rows: separators, quotes, line numbers, the header row below titles, and lines in
// another encoding than the rest of the file.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../src/data/import";
import { decodeBytes } from "../../../src/data/import/encoding";
import { detectSeparator, parseCsvRows } from "../../../src/data/import/formats/csv";
import { findHeaderRow, type GridRow } from "../../../src/data/import/formats/table";
import { concat, utf8, windows1258 } from "../../fixtures/sheets/encodings";

const rowsOf = (text: string) => parseCsvRows(text, "t.csv").rows;

describe("parseCsvRows", () => {
  it("guesses the separator from the lines, not from a title that holds a comma", () => {
    const text = "DANH SÁCH BẢN, TIỂU KHU NĂM 2026\nSTT;Tên bản;Vĩ độ\n1;Bản A;21,5\n2;Bản B;21,6\n";
    expect(detectSeparator(text).separator).toBe(";");
    expect(detectSeparator("a\tb\tc\n1\t2\t3\n").separator).toBe("\t");
    expect(detectSeparator('code,name\nH1,"Bản A; Bản B"\n').separator).toBe(",");
  });

  it("keeps the line each row starts on, through blank lines and cells on several lines", () => {
    const rows = rowsOf('a,b\r\n\r\n1,"x\r\ny"\r\n2,z\r\n');
    expect(rows).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ["1", "x\r\ny"], line: 3 },
      { cells: ["2", "z"], line: 5 },
    ]);
  });

  it("reports a quote left open on its own line and reads the next line as a row", () => {
    const { rows, messages } = parseCsvRows('a;b;c\n1;"open;x\n2;y;z\n', "t.csv");
    expect(rows.map((row) => row.cells)).toEqual([
      ["a", "b", "c"],
      ["1", '"open', "x"],
      ["2", "y", "z"],
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.text.en).toContain("t.csv: line 2:");
    expect(messages[0]?.text.en).toContain('“1;"open;x”');
    expect(messages[0]?.featureIndex).toBeNull();
  });

  const readsBack = (unit: fc.Arbitrary<string>) => {
    const cell = fc.string({ unit });
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, (cells) => {
        const rows = [["c1", "c2", "c3"], ...cells];
        const quote = (value: string) => (/[",;\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value);
        const text = rows.map((row) => row.map(quote).join(",")).join("\n");
        const parsed = rowsOf(text).map((row) => row.cells);
        const blank = (row: string[]) => row.every((value) => value.trim() === "");
        expect(parsed).toEqual(rows.filter((row) => !blank(row)));
      }),
    );
  };

  it("reads back any table written with RFC 4180 quoting", () => {
    readsBack(fc.constantFrom("a", "Ấ", " ", ",", ";", '"', "1", "."));
  });

  // A cell whose later lines hold a whole row's separators is read as an open quote instead: the
  // price of never letting an open quote swallow rows.
  it("reads back cells on several lines", () => {
    readsBack(fc.constantFrom("a", "Ấ", " ", '"', "\n", "1", "."));
  });
});

describe("findHeaderRow", () => {
  const grid = (rows: unknown[][]): GridRow[] => rows.map((cells, index) => ({ cells, line: index + 1 }));

  it("skips titles and finds the row of names above the data", () => {
    const rows = grid([
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "", "", "Mẫu 01"],
      ["DANH SÁCH BẢN, TIỂU KHU NĂM 2026"],
      ["STT", "Tên bản", "Xã", "Vĩ độ", "Kinh độ"],
      ["1", "Bản A", "Chiềng Pha", "21,5", "103,6"],
    ]);
    expect(findHeaderRow(rows)).toBe(2);
  });

  it("passes over a title of a few cells above a wider header", () => {
    const rows = grid([
      ["Báo cáo", "Tháng 1", "Năm 2026"],
      ["STT", "Tên bản", "Xã", "Vĩ độ", "Kinh độ"],
      ["1", "Bản A", "Chiềng Pha", "21,5", "103,6"],
    ]);
    expect(findHeaderRow(rows)).toBe(1);
    // A header with an unnamed column is still the header.
    const unnamed = grid([
      ["STT", "Tên bản", "", "Vĩ độ", "Kinh độ"],
      ["1", "Bản A", "ghi chú", "21,5", "103,6"],
    ]);
    expect(findHeaderRow(unnamed)).toBe(0);
  });

  it("does not take a row of numbers for names, and falls back to the first row", () => {
    expect(findHeaderRow(grid([["Tiêu đề"], ["1", "2", "3"], ["4", "5", "6"]]))).toBe(0);
    expect(
      findHeaderRow(
        grid([
          [2024, 2025],
          ["a", "b"],
          [1, 2],
        ]),
      ),
    ).toBe(1);
  });
});

describe("the header row chosen by the user", () => {
  const text = "Bản đồ các bản;;;\ncode;name;lat;lon\nH1;Bản A;21,5;103,6\n";
  const run = (headerRow: number | null) =>
    importFile({ fileName: "h.csv", bytes: utf8(text), kind: "hamlets", crs: null, fields: null, headerRow });

  it("is read when given, and said when the line does not exist", async () => {
    const found = await run(null);
    expect(found.detection.headerRow).toBe(2);
    expect(found.counts.accepted).toBe(1);
    const chosen = await run(1);
    expect(chosen.detection.headerRow).toBe(1);
    expect(chosen.detection.columns).toEqual(["Bản đồ các bản", "Cột 2", "Cột 3", "Cột 4"]);
    const missing = await run(9);
    expect(missing.messages.find((message) => message.code === "header-row-missing")?.text.en).toContain(
      "there is no line 9",
    );
    expect(missing.detection.headerRow).toBe(2);
  });
});

describe("decodeBytes, line by line", () => {
  it("reads a UTF-8 line inside a Windows-1258 file as UTF-8 and names it", () => {
    const bytes = concat(
      windows1258("a,Bản Heo Trại\n"),
      utf8("b,Bản Nà Lốc\n"),
      windows1258("c,Phổng Lái\n"),
    );
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe("a,Bản Heo Trại\nb,Bản Nà Lốc\nc,Phổng Lái\n");
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.otherLines).toEqual({ encoding: "UTF-8", lines: [2], count: 1 });
  });

  it("leaves a file in one encoding as it was", () => {
    expect(decodeBytes(windows1258("a,Bản Heo Trại\nb,Nà Lốc\n")).otherLines).toBeUndefined();
    expect(decodeBytes(utf8("a,Bản Heo Trại\n")).otherLines).toBeUndefined();
  });
});
