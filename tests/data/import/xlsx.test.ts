// Excel workbooks through the import engine: cell types, dates, merged cells, the sheet list and
// the sheet chosen, and what is refused (.xls, a zip of something else). Workbooks are built here.
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../src/data/import";
import { detectFormat } from "../../../src/data/import/detect";
import { readXlsx } from "../../../src/data/import/formats/xlsx";
import { readSharedStrings, xmlText } from "../../../src/data/import/formats/xlsx-sheet";
import type { Kind } from "../../../src/domain/types";
import { type Cell, makeXlsx, type SheetSpec } from "../../fixtures/sheets/xlsx-writer";

const HEADER = ["STT", "Tên bản", "Xã", "Vĩ độ", "Kinh độ", "Số hộ", "Dân số"];
const hamletSheet = (name = "Danh sách"): SheetSpec => ({
  name,
  rows: [
    ["DANH SÁCH BẢN, TIỂU KHU NĂM 2026", null, null, null, null, null, null],
    [],
    HEADER,
    [1, "Bản Heo Trại", "Chiềng Pha", 21.5123, 103.6412, 245, { grouped: 1045 }],
    [2, "Bản Nà Lốc", null, "21,5201", "103,6488", 180, "1.045"],
    [3, "Bản Phiêng Bủng", null, 21.5052, 103.639, 512, 2310],
    [4, "Bản Co Sung", "Phổng Lái", 21.58, 103.59, 97, 431],
  ],
  merges: ["A1:G1", "C4:C6"],
});

async function importBytes(
  fileName: string,
  bytes: Uint8Array,
  kind: Kind | null = "hamlets",
  sheet?: string,
) {
  return importFile({ fileName, bytes, kind, crs: null, fields: null, sheet: sheet ?? null });
}

describe("xlsx: a hamlet list typed in Excel", () => {
  it("imports with no edit: title merged above, commune merged down, numbers as typed", async () => {
    const result = await importBytes("ban.xlsx", await makeXlsx([hamletSheet()]));
    expect(result.detection.format).toBe("xlsx");
    expect(result.detection.headerRow).toBe(3);
    expect(result.counts).toMatchObject({ read: 4, accepted: 4, rejected: 0 });
    const properties = result.collection.features.map((feature) => feature.properties ?? {});
    expect(properties.map((p) => p.population)).toEqual([1045, 1045, 2310, 431]);
    expect(properties.map((p) => p.households)).toEqual([245, 180, 512, 97]);
    expect(properties.map((p) => p.unitName)).toEqual([
      "Chiềng Pha",
      "Chiềng Pha",
      "Chiềng Pha",
      "Phổng Lái",
    ]);
    expect(properties.map((p) => p.code)).toEqual([
      "chiengpha-heotrai",
      "chiengpha-naloc",
      "chiengpha-phiengbung",
      "phonglai-cosung",
    ]);
    expect(result.collection.features[1]?.geometry).toEqual({
      type: "Point",
      coordinates: [103.6488, 21.5201],
    });
    const codes = result.messages.map((message) => message.code);
    expect(codes).toEqual(
      expect.arrayContaining(["header-row", "merged-cells-filled", "hamlet-code-generated"]),
    );
    expect(result.messages.find((message) => message.code === "header-row")?.text.en).toContain("row 3");
    expect(result.counts.repaired["codes generated"]).toBe(4);
  });

  it("reads a workbook written with a namespace prefix (OpenXML SDK)", async () => {
    const result = await importBytes("ban.xlsx", await makeXlsx([hamletSheet()], { prefix: "x" }));
    expect(result.counts.accepted).toBe(4);
  });
});

describe("xlsx: cell types", () => {
  async function firstRow(cells: Cell[], date1904 = false) {
    const names = cells.map((_, index) => `c${index}`);
    const bytes = await makeXlsx([{ name: "S", rows: [names, cells] }], { date1904 });
    const read = await readXlsx(bytes, "t.xlsx", { sheet: null, headerRow: null });
    return read.layer.features[0] as { properties: Record<string, unknown> };
  }

  it("reads shared, inline and formula strings, numbers, booleans and errors", async () => {
    const row = await firstRow([
      "Bản Heo Trại",
      { inline: "Nà <Lốc> & co" },
      { formula: 'A1&"x"', text: "kết quả" },
      12.5,
      true,
      { error: "#N/A" },
    ]);
    expect(row.properties).toEqual({
      c0: "Bản Heo Trại",
      c1: "Nà <Lốc> & co",
      c2: "kết quả",
      c3: 12.5,
      c4: true,
      c5: "#N/A",
    });
  });

  it("turns date-formatted serials into ISO dates, and leaves a thousands format a number", async () => {
    const row = await firstRow([
      { serial: 45292, format: "builtin" },
      { serial: 45292.75, format: "custom" },
      { serial: 0.5, format: "time" },
      { serial: 59, format: "builtin" },
      { serial: 61, format: "builtin" },
      { grouped: 45292 },
    ]);
    expect(row.properties).toEqual({
      c0: "2024-01-01",
      c1: "2024-01-01",
      c2: "12:00:00",
      c3: "1900-02-28",
      c4: "1900-03-01",
      c5: 45292,
    });
  });

  it("counts days from 1904 when the workbook says so", async () => {
    const row = await firstRow([{ serial: 43830, format: "builtin" }], true);
    expect(row.properties.c0).toBe("2024-01-01");
  });

  it("keeps a __proto__ column as data", async () => {
    const row = await firstRow(["x", "y"]);
    const bytes = await makeXlsx([
      {
        name: "S",
        rows: [
          ["name", "__proto__"],
          ["x", "y"],
        ],
      },
    ]);
    const read = await readXlsx(bytes, "t.xlsx", { sheet: null, headerRow: null });
    const properties = (read.layer.features[0] as { properties: Record<string, unknown> }).properties;
    expect(Object.keys(properties)).toEqual(["name", "__proto__"]);
    expect(Object.getOwnPropertyDescriptor(properties, "__proto__")?.value).toBe("y");
    expect(row.properties.c0).toBe("x");
  });
});

describe("xlsx: sheets", () => {
  const workbook = () =>
    makeXlsx([
      { name: "Bìa", rows: [] },
      {
        name: "Ẩn",
        hidden: true,
        rows: [
          ["a", "b"],
          [1, 2],
        ],
      },
      hamletSheet("Danh sách"),
      {
        name: "Tổng hợp",
        rows: [
          ["Xã", "Số bản"],
          ["Chiềng Pha", 12],
        ],
      },
    ]);

  it("lists every sheet with its rows and reads the first visible one with data", async () => {
    const result = await importBytes("b.xlsx", await workbook());
    expect(result.detection.sheets).toEqual([
      { name: "Bìa", rows: 0, hidden: false },
      { name: "Ẩn", rows: 2, hidden: true },
      { name: "Danh sách", rows: 6, hidden: false },
      { name: "Tổng hợp", rows: 2, hidden: false },
    ]);
    expect(result.detection.sheet).toBe("Danh sách");
    const message = result.messages.find((candidate) => candidate.code === "sheet-read");
    expect(message?.text.en).toContain("“Tổng hợp” (2 rows)");
    expect(message?.text.vi).toContain("“Tổng hợp” (2 dòng)");
  });

  it("reads the sheet asked for, by name or number, and refuses one that is not there", async () => {
    const bytes = await workbook();
    expect((await importBytes("b.xlsx", bytes, "activities", "Tổng hợp")).detection.sheet).toBe("Tổng hợp");
    expect((await importBytes("b.xlsx", bytes, "activities", "4")).detection.sheet).toBe("Tổng hợp");
    const missing = await importBytes("b.xlsx", bytes, "hamlets", "Sheet9");
    expect(missing.messages[0]).toMatchObject({ level: "error", code: "sheet-missing" });
    expect(missing.messages[0]?.text.en).toContain("“Danh sách” (6 rows)");
    expect(missing.detection.sheets).toHaveLength(4);
    const empty = await importBytes("b.xlsx", bytes, "hamlets", "Bìa");
    expect(empty.messages[0]).toMatchObject({ level: "error", code: "sheet-empty" });
  });
});

describe("xlsx: telling workbooks from other files", () => {
  it("knows a workbook by its content whatever its name, and an old .xls by its header", async () => {
    const bytes = await makeXlsx([hamletSheet()]);
    expect(detectFormat("ban.zip", bytes)).toBe("xlsx");
    expect(detectFormat("ban", bytes)).toBe("xlsx");
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const result = await importBytes("ban.xls", xls);
    expect(result.messages[0]).toMatchObject({ level: "error", code: "xls-unsupported" });
    expect(result.messages[0]?.text.en).toContain("save it as .xlsx");
  });

  it("names what a zip holds when it is neither a Shapefile, a KMZ nor a workbook", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    const result = await importBytes("ho-so.zip", await zip.generateAsync({ type: "uint8array" }));
    expect(result.messages[0]).toMatchObject({ level: "error", code: "zip-unrecognised" });
    expect(result.messages[0]?.text.en).toContain("word/document.xml");
  });

  it("reads a CSV that an older system saved under an .xls name", async () => {
    const csv = new TextEncoder().encode("code;name;lat;lon\nH1;Bản A;21,5;103,6\n");
    const result = await importBytes("xuat.xls", csv);
    expect(result.detection.format).toBe("csv");
    expect(result.counts.accepted).toBe(1);
  });
});

describe("xlsx: the XML of shared strings", () => {
  it("joins rich-text runs, leaves phonetic guides out, and decodes entities and _xHHHH_", () => {
    const xml =
      '<sst><si><r><rPr><b/></rPr><t>Bản </t></r><r><t xml:space="preserve">Heo&#x20;Trại</t></r><rPh sb="0" eb="1"><t>ホ</t></rPh></si>' +
      "<si><t>A &amp; B_x000D_&lt;C&gt;</t></si><si><t/></si></sst>";
    expect(readSharedStrings(xml)).toEqual(["Bản Heo Trại", "A & B\r<C>", ""]);
  });
});

describe("xlsx: hostile workbooks", () => {
  it("keeps a character reference beyond Unicode as it is written", () => {
    expect(xmlText("a&#99999999;b&#x41;&bogus;")).toBe("a&#99999999;bA&bogus;");
  });

  it("never throws, whatever the parts hold", async () => {
    const xmlish = fc.string({
      unit: fc.constantFrom(
        "<",
        ">",
        "/",
        "c",
        "row",
        "v",
        "t",
        '"',
        "r=",
        "s",
        "A1",
        "&",
        "#",
        "1",
        "9",
        ";",
        "<v>",
        "<c>",
        " ",
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        xmlish,
        xmlish,
        xmlish,
        fc.uint8Array({ maxLength: 64 }),
        async (workbook, sheet, shared, junk) => {
          const zip = new JSZip();
          zip.file(
            "xl/workbook.xml",
            `<workbook><sheets><sheet name="S" r:id="rId1"/></sheets>${workbook}</workbook>`,
          );
          zip.file(
            "xl/_rels/workbook.xml.rels",
            '<Relationships><Relationship Id="rId1" Target="worksheets/s.xml"/></Relationships>',
          );
          zip.file("xl/worksheets/s.xml", `<worksheet><sheetData>${sheet}</sheetData></worksheet>`);
          zip.file("xl/sharedStrings.xml", shared);
          const bytes = await zip.generateAsync({ type: "uint8array" });
          for (const candidate of [bytes, junk, bytes.subarray(0, bytes.length >> 1)]) {
            const result = await importBytes("h.xlsx", candidate);
            expect(result.counts.accepted + result.counts.rejected).toBe(result.counts.read);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("xlsx: a damaged workbook", () => {
  it("says the workbook cannot be read when it was cut off in transfer", async () => {
    const bytes = await makeXlsx([hamletSheet()]);
    const result = await importBytes("ban.xlsx", bytes.subarray(0, bytes.length - 200));
    expect(result.detection.format).toBe("xlsx");
    expect(result.messages[0]).toMatchObject({ level: "error", code: "xlsx-invalid" });
    expect(result.messages[0]?.text.vi).toContain("không đọc được sổ tính Excel");
  });
});
