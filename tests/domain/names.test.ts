import { describe, expect, it } from "vitest";
import { foldName, nameKeys, normaliseText } from "../../src/domain/names";

describe("foldName", () => {
  it("folds prefixes, case, spacing and diacritics alike", () => {
    const spellings = [
      "Xã Chiềng Pha",
      "ChiềngPha",
      "chieng  pha",
      "CHIỀNG PHA",
      "xã chiềng-pha",
      "ChiengPha",
    ];
    expect(new Set(spellings.map(foldName))).toEqual(new Set(["chiengpha"]));
  });

  it("maps đ to d and handles decomposed input", () => {
    expect(foldName("Đội Phong trào")).toBe("doiphongtrao");
    expect(foldName("Xã Chiềng Pha".normalize("NFD"))).toBe("chiengpha");
  });

  it("drops one prefix of each level when a name follows", () => {
    expect(foldName("Thị trấn Thuận Châu")).toBe("thuanchau");
    expect(foldName("Tiểu khu 1")).toBe("1");
    expect(foldName("Tổ dân phố 3")).toBe("3");
    expect(foldName("Bản Heo Trại")).toBe("heotrai");
    expect(foldName("Huyện Thuận Châu")).toBe("thuanchau");
    expect(foldName("Tỉnh Sơn La")).toBe("sonla");
    expect(foldName("Thôn Nà")).toBe("na");
    expect(foldName("Phường Chiềng Lề")).toBe("chiengle");
  });

  it("keeps a prefix word that is the whole name or glued to it", () => {
    expect(foldName("Xã")).toBe("xa");
    expect(foldName("BảnLầm")).toBe("banlam");
    expect(foldName("Xã Bản Lầm")).toBe("banlam");
  });

  it("offers every key a name may be known by", () => {
    expect(nameKeys("Bản Lầm")).toEqual(["lam", "banlam"]);
    expect(nameKeys("Xã é Tòng")).toEqual(["etong", "xaetong"]);
  });
});

describe("normaliseText", () => {
  it("composes to NFC, trims and collapses spaces", () => {
    const text = normaliseText("  Xã   Chiềng\tPha ".normalize("NFD"));
    expect(text).toBe("Xã Chiềng Pha");
    expect(text === text.normalize("NFC")).toBe(true);
  });
});
