import { describe, expect, it } from "vitest";
import { formatterCount } from "../../src/i18n/formatters";
import { textsFor } from "../../src/i18n/index";

const vi = textsFor("vi");
const en = textsFor("en");

describe("numbers", () => {
  it("group thousands the reader's way", () => {
    expect(vi.number(47445)).toBe("47.445");
    expect(en.number(47445)).toBe("47,445");
    expect(vi.number(2.5, { digits: 1 })).toBe("2,5");
    expect(en.number(0.27183, { significant: 3 })).toBe("0.272");
    expect(vi.number(0.27183, { significant: 3 })).toBe("0,272");
  });

  it("say the direction of a change, with a true minus sign", () => {
    expect(vi.signed(47445)).toBe("+47.445");
    expect(vi.signed(-3)).toBe("−3");
    expect(en.signed(0)).toBe("±0");
    expect(en.signed(-0.2)).toBe("±0");
  });

  it("carry their unit, in the singular or plural English needs", () => {
    expect(vi.count(47445, "people", { signed: true })).toBe("+47.445 người");
    expect(en.count(47445, "people", { signed: true })).toBe("+47,445 people");
    expect(en.count(1, "people")).toBe("1 person");
    expect(en.count(-1, "hamlets", { signed: true })).toBe("−1 hamlet");
    expect(vi.count(1535, "km2")).toBe("1.535 km²");
    expect(en.count(2.5, "km", { digits: 1 })).toBe("2.5 km");
  });

  it("write shares and changes as percentages", () => {
    expect(vi.share(86, 391)).toBe("22%");
    expect(en.share(86, 391, 1)).toBe("22.0%");
    expect(vi.share(1, 0)).toBe("—");
    expect(vi.percent(-3.2, { signed: true })).toBe("−3%");
    expect(en.percent(61)).toBe("61%");
  });
});

describe("dates", () => {
  it("read dd/mm/yyyy in Vietnamese and with the month's name in English", () => {
    expect(vi.date("2021-03-05")).toBe("05/03/2021");
    expect(en.date("2021-03-05")).toBe("5 Mar 2021");
    expect(vi.date("not a date")).toBe("not a date");
  });

  it("name months as chart axes and sliders show them", () => {
    expect(vi.month("2019-01")).toBe("Th1 2019");
    expect(en.month("2019-01")).toBe("Jan 2019");
    expect(vi.month("2019-12-31", true)).toBe("Tháng 12/2019");
    expect(en.month(2019 * 12 + 8, true)).toBe("September 2019");
  });

  it("give a moment its day and time", () => {
    const moment = new Date(2021, 2, 5, 14, 5).toISOString();
    expect(vi.dateTime(moment)).toBe("05/03/2021 14:05");
    expect(en.dateTime(moment)).toBe("5 Mar 2021, 14:05");
  });
});

describe("the formatters", () => {
  it("are made once per language and style, however often they are used", () => {
    for (const tx of [vi, en]) {
      tx.number(1);
      tx.count(2, "people", { signed: true });
      tx.date("2021-03-05");
      tx.month("2021-03");
    }
    const made = formatterCount();
    for (let index = 0; index < 1000; index++) {
      vi.number(index);
      en.count(index, "people", { signed: true });
      vi.date("2021-03-05");
      en.month(index);
    }
    expect(formatterCount()).toBe(made);
  });
});
