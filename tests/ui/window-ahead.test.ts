// The slider's next steps: one month before and after, the same length, never outside the data.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/domain/types";
import { lengthOf, neighbourWindows } from "../../src/ui/coverage/window-math";

const date = (text: string) => text as IsoDate;

describe("the windows one step away", () => {
  it("keeps a 12-month window's length on both sides", () => {
    expect(
      neighbourWindows(
        { from: date("2021-01-01"), to: date("2021-12-31") },
        date("2019-01-05"),
        date("2022-12-20"),
      ),
    ).toEqual([
      { from: "2020-12-01", to: "2021-11-30" },
      { from: "2021-02-01", to: "2022-01-31" },
    ]);
  });

  it("stops at the ends of the data, and steps an all-time window back from the last month", () => {
    expect(
      neighbourWindows(
        { from: date("2022-12-01"), to: date("2022-12-31") },
        date("2019-01-05"),
        date("2022-12-20"),
      ),
    ).toEqual([{ from: "2022-11-01", to: "2022-11-30" }]);
    expect(neighbourWindows({ from: null, to: null }, date("2019-01-05"), date("2022-12-20"))).toEqual([
      { from: null, to: "2022-11-30" },
    ]);
  });

  it("keeps a window of another length (typed, or from a link) as it is, and one cut by the data's start at 12", () => {
    expect(
      neighbourWindows(
        { from: date("2021-01-01"), to: date("2021-03-31") },
        date("2019-01-05"),
        date("2022-12-20"),
      ),
    ).toEqual([
      { from: "2020-12-01", to: "2021-02-28" },
      { from: "2021-02-01", to: "2021-04-30" },
    ]);
    expect(lengthOf({ from: "2021-01-01", to: "2021-03-31" }, "2019-01-05")).toBe(3);
    expect(lengthOf({ from: "2019-01-05", to: "2019-06-30" }, "2019-01-05")).toBe("year");
    expect(lengthOf({ from: "2021-01-01", to: "2021-12-31" }, "2019-01-05")).toBe("year");
  });
});
