import { describe, expect, it } from "vitest";
import { readDate, shiftDate } from "../../src/i18n/dates";
import { areaScope } from "../../src/i18n/scope";

const day = (iso: string) => ({ kind: "date", iso });

describe("a date typed by hand", () => {
  it("is day/month/year in Vietnamese, with any separator, or ISO", () => {
    expect(readDate("31/12/2022", "vi")).toEqual(day("2022-12-31"));
    expect(readDate(" 1-3-2021 ", "vi")).toEqual(day("2021-03-01"));
    expect(readDate("01.03.2021", "vi")).toEqual(day("2021-03-01"));
    expect(readDate("2021-03-01", "vi")).toEqual(day("2021-03-01"));
    expect(readDate("03/01/2021", "vi")).toEqual(day("2021-01-03"));
  });

  it("has the month as a word in English, or ISO; a numeric date is taken only when it has one reading", () => {
    expect(readDate("31 Dec 2022", "en")).toEqual(day("2022-12-31"));
    expect(readDate("5 September 2021", "en")).toEqual(day("2021-09-05"));
    expect(readDate("Sept 5, 2021", "en")).toEqual(day("2021-09-05"));
    expect(readDate("2021-09-05", "en")).toEqual(day("2021-09-05"));
    expect(readDate("13/01/2021", "en")).toEqual(day("2021-01-13"));
    expect(readDate("03/01/2021", "en")).toEqual({ kind: "invalid", reason: "ambiguous" });
  });

  it("says what is wrong: not a date, or a day the calendar has not", () => {
    expect(readDate("", "vi")).toEqual({ kind: "empty" });
    expect(readDate("hôm qua", "vi")).toEqual({ kind: "invalid", reason: "format" });
    expect(readDate("31/12/22", "vi")).toEqual({ kind: "invalid", reason: "format" });
    expect(readDate("30/02/2021", "vi")).toEqual({ kind: "invalid", reason: "no-such-day" });
    expect(readDate("29/02/2024", "vi")).toEqual(day("2024-02-29"));
    expect(readDate("1 Smarch 2021", "en")).toEqual({ kind: "invalid", reason: "format" });
  });

  it("moves by days and by months, keeping within the month", () => {
    expect(shiftDate("2021-12-31", 1)).toBe("2022-01-01");
    expect(shiftDate("2021-03-01", -1)).toBe("2021-02-28");
    expect(shiftDate("2021-01-31", 0, 1)).toBe("2021-02-28");
    expect(shiftDate("2021-03-15", 0, -12)).toBe("2020-03-15");
  });
});

describe("the name of the whole area", () => {
  it("follows the first administrative word of the data's title", () => {
    expect(areaScope("Huyện Thuận Châu, tỉnh Sơn La")).toBe("district");
    expect(areaScope("Tỉnh Sơn La (sau sắp xếp 2025)")).toBe("province");
    expect(areaScope("Xã Bình Thuận, tỉnh Sơn La")).toBe("commune");
    expect(areaScope("THÀNH PHỐ HÀ NỘI")).toBe("city");
    expect(areaScope("Thuan Chau district")).toBe("district");
    expect(areaScope("Dữ liệu phong trào")).toBe("area");
    // A national title names its provinces after the word that matters.
    expect(areaScope("Toàn quốc (dữ liệu mẫu): 34 tỉnh, 3.321 xã")).toBe("country");
    expect(areaScope("Cả nước")).toBe("country");
    expect(areaScope(null)).toBe("area");
  });
});
