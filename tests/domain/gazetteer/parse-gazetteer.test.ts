import { describe, expect, it } from "vitest";
import { generateUnitCode, isGeneratedUnitCode } from "../../../src/domain/gazetteer/generated-code";
import { parseGazetteerCsv, parseGazetteerIndex } from "../../../src/domain/gazetteer/parse-gazetteer";
import { weighPeriods } from "../../../src/domain/gazetteer/period-evidence";
import { coerceUnitCode } from "../../../src/domain/schema-rules";
import { SON_LA_CSV, sonLa } from "./son-la";

const HEADER = "period,code,type,name,district,new_code,merged_into,area_km2,lat,lon,aliases\n";

describe("reading a gazetteer CSV", () => {
  it("reads the project's Sơn La file without a problem", () => {
    expect(parseGazetteerCsv(SON_LA_CSV, "son-la.csv", "Tỉnh Sơn La").problems).toEqual([]);
  });

  it("names the line and column of every value it cannot use, and keeps the good rows", () => {
    const text =
      HEADER +
      "before-2025-07-01,03730,Xã,Xã Chiềng Pha,Huyện Thuận Châu,03724,,,,,\n" +
      "before-2024,03733,Xã,Xã Chiềng La,,,,,,,\n" +
      "from-2025-07-01,3724,Xã,Xã Bình Thuận,,,,121.78,21.5655,103.604,\n" +
      'from-2025-07-01,03754,Làng,"Xã Chiềng La",,,,126.13,91,103.754,\n' +
      "from-2025-07-01,03754,Xã,Xã Chiềng La,,,,126.13,21.4872,103.754,\n";
    const { units, problems } = parseGazetteerCsv(text, "x.csv", "Tỉnh Sơn La");
    expect(units.map((unit) => unit.code)).toEqual(["03730", "03754"]);
    const where = problems.map((problem) => `${problem.code} ${problem.line} ${problem.column}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "gazetteer-bad-value 3 period",
        "gazetteer-bad-value 4 code",
        "gazetteer-bad-value 5 type",
        "gazetteer-bad-value 5 lat",
        // 03724 is not among today's communes of this file.
        "gazetteer-unknown-code 2 new_code",
      ]),
    );
  });

  it("refuses a file without the required columns, and two current units with one code", () => {
    const missing = parseGazetteerCsv("code,name\n03730,Xã Chiềng Pha\n", "x.csv", "P");
    expect(missing.problems[0]).toMatchObject({ code: "gazetteer-column-missing", column: "period, type" });
    const twice = parseGazetteerCsv(
      `${HEADER}before-2025-07-01,03730,Xã,Xã Chiềng Pha,,,,,,,\nbefore-2025-07-01,03730,Xã,Xã Chiềng La,,,,,,,\n`,
      "x.csv",
      "P",
    );
    expect(twice.problems.map((problem) => problem.code)).toContain("gazetteer-duplicate-code");
  });

  it("reads the index of provinces, refusing paths that leave the folder", () => {
    const { entries, problems } = parseGazetteerIndex(
      "province,file\nTỉnh Sơn La,son-la.csv\nTỉnh X,../secret.csv\n",
      "index.csv",
    );
    expect(entries).toEqual([{ province: "Tỉnh Sơn La", file: "son-la.csv" }]);
    expect(problems[0]).toMatchObject({ line: 3, column: "file" });
  });
});

describe("which period a layer follows", () => {
  const province = sonLa();
  const names = (list: string[]) => list.map((name) => ({ code: null, name }));

  it("sees the old map in GADM's names and today's in a 2026 list", () => {
    const gadm = weighPeriods(province, names(["ChiềngPha", "PhỏngLái", "ChiềngLa", "MườngÉ", "ThônMòn"]));
    expect(gadm.period).toBe("before-2025-07-01");
    const list2026 = weighPeriods(province, names(["Bình Thuận", "Chiềng La", "Chiềng La"]));
    expect(list2026).toMatchObject({ period: "from-2025-07-01", votes: { "from-2025-07-01": 1 } });
  });

  it("reads a code with its name, and says nothing when both periods fit", () => {
    expect(weighPeriods(province, [{ code: "03724", name: "Xã Phổng Lái" }]).period).toBe(
      "before-2025-07-01",
    );
    expect(weighPeriods(province, [{ code: "03724", name: "Bình Thuận" }]).period).toBe("from-2025-07-01");
    expect(weighPeriods(province, names(["Chiềng La", "Mường É"])).period).toBeNull();
  });
});

describe("codes for units the gazetteer does not know", () => {
  it("are stable, never 5 digits, distinct within a file, and read back as unit codes", () => {
    const taken = new Set<string>();
    const first = generateUnitCode("Thôn Mới", taken);
    taken.add(first);
    const second = generateUnitCode("ThônMới", taken);
    expect([first, second]).toEqual(["x-thonmoi", "x-thonmoi-2"]);
    expect(generateUnitCode("Thôn Mới", new Set())).toBe(first);
    expect(generateUnitCode("123", new Set())).toBe("x-u123");
    expect(generateUnitCode("Xã Thôn Mới", new Set())).toBe(first);
    for (const code of [first, second, "x-u123"]) {
      expect(code).not.toMatch(/^\d{5}$/u);
      expect(isGeneratedUnitCode(code)).toBe(true);
      expect(coerceUnitCode(code)).toEqual({ value: code, note: null });
    }
    expect(isGeneratedUnitCode("03730")).toBe(false);
    expect(isGeneratedUnitCode("VNM.52.10.1_1")).toBe(false);
  });
});
