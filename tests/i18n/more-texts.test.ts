// The words of the views that load on first use join the catalogue with those views' code; until
// then a lookup of one of them fails loudly rather than showing a key.
import { describe, expect, it } from "vitest";
import { textsFor } from "../../src/i18n";

describe("the words of views loaded on first use", () => {
  it("are absent until i18n/more-texts loads, then there in both languages", async () => {
    const vi = textsFor("vi");
    expect(vi.maybe("coverage.computing")).toBeNull();
    expect(() => vi.t("coverage.computing")).toThrow(/more-texts/);
    // the panels that open on demand: a feature's details, the data's problems
    expect(vi.maybe("property.population")).toBeNull();
    expect(vi.maybe("problems.title")).toBeNull();
    // the first screen's words of those areas are there from the start
    expect(vi.t("briefing.present")).toBe("Trình chiếu");
    expect(vi.t("import.button")).toBe("Nhập dữ liệu");
    await import("../../src/i18n/more-texts");
    expect(vi.t("coverage.computing")).toBe("Đang tính…");
    expect(vi.maybe("property.population")).toBe("Dân số (người)");
    expect(vi.t("problems.title")).toBe("Lỗi dữ liệu");
    expect(textsFor("en").t("coverage.computing")).toBe("Computing…");
  });
});
