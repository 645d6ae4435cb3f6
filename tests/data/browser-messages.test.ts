import { describe, expect, it } from "vitest";
import { browserMessages } from "../../src/data/browser-messages";
import { gazetteerMessage } from "../../src/data/gazetteer-messages";
import { importMessage } from "../../src/data/import-messages";
import { fileMessage, issueMessage } from "../../src/data/messages";

const where = { file: "xa.geojson", featureIndex: 3, property: "code" };
const CLI_WORDS = /manifest\.json|--[a-z]|“fields”|README\.md/;

const cliWorded = () => [
  issueMessage(
    {
      level: "error",
      code: "missing-property",
      property: "code",
      expected: { type: "unit-code" },
      found: null,
    },
    where,
  ),
  fileMessage("field-unused", { file: "xa.geojson", property: "name" }, { found: '"TEN_XA"' }),
  importMessage("crs-missing-projected", where, {
    found: "[512000, 2380000]",
    used: "VN2000:104, VN2000:105",
    expected: "VN2000:104",
  }),
  gazetteerMessage("province-unknown", { file: "xa.geojson" }, { found: '"Tỉnh Lai Châu"' }),
];

describe("browserMessages", () => {
  it("words the advice for the import review, never for manifest.json or a command-line flag", () => {
    const cli = cliWorded();
    for (const message of cli) expect(`${message.text.vi} ${message.text.en}`).toMatch(CLI_WORDS);
    const shown = browserMessages(cli);
    for (const message of shown) {
      expect(message.text.vi).not.toMatch(CLI_WORDS);
      expect(message.text.en).not.toMatch(CLI_WORDS);
    }
    expect(shown[0]?.text.vi).toContain("chọn cột của bạn cho “code” trong bảng ghép cột");
    expect(shown[1]?.text.en).toContain('the column "TEN_XA" is mapped to “name”');
    expect(shown[2]?.text.vi).toContain("(trong ô “Hệ tọa độ”, ví dụ VN2000:104)");
    // where it points and what it is stay the same
    expect(shown.map((message) => message.code)).toEqual(cli.map((message) => message.code));
    expect(shown[0]?.text.vi.startsWith("Tệp xa.geojson, đối tượng số 3")).toBe(true);
  });

  it("names our properties in Vietnamese by their labels, and keeps the file's column names", () => {
    const label = (property: string) =>
      ({ approximate: "Ranh giới gần đúng", name: "Tên" })[property] ?? null;
    const defaulted = issueMessage(
      {
        level: "warning",
        code: "missing-property-defaulted",
        property: "approximate",
        expected: null,
        found: null,
        used: "false",
      },
      where,
    );
    const [shown] = browserMessages([defaulted], label);
    expect(shown?.text.vi).toContain("thuộc tính “Ranh giới gần đúng”");
    const missing = issueMessage(
      { level: "error", code: "missing-property", property: "name", expected: { type: "text" }, found: null },
      where,
    );
    expect(browserMessages([missing], label)[0]?.text.vi).toContain(
      "chọn cột của bạn cho “Tên” trong bảng ghép cột",
    );
    expect(shown?.text.en).toBe(defaulted.text.en);
    const mapped = {
      ...defaulted,
      text: { vi: "Tệp a.geojson: đã ánh xạ cột: name ← NAME_3, unitType ← TYPE_3.", en: "" },
    };
    expect(browserMessages([mapped], label)[0]?.text.vi).toBe(
      "Tệp a.geojson: đã ánh xạ cột: Tên ← “NAME_3”, unitType ← “TYPE_3”.",
    );
  });

  it("keeps a message with nothing to reword as it is", () => {
    const message = fileMessage("empty-layer", { file: "xa.geojson" });
    expect(browserMessages([message])[0]).toBe(message);
  });
});
