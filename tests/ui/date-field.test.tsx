// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createViewStore } from "../../src/state/store";
import { AppProvider } from "../../src/ui/app-context";
import { DateField } from "../../src/ui/DateField";

afterEach(cleanup);

function Field({ start, onChange }: { start: string | null; onChange(value: string | null): void }) {
  const [value, setValue] = useState(start);
  return (
    <DateField
      label="Đến ngày"
      value={value}
      min="2019-01-01"
      max="2022-12-31"
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
      testId="date"
    />
  );
}

function renderField(start: string | null, search = "") {
  const onChange = vi.fn();
  render(
    <AppProvider useViewStore={createViewStore(search)} mapCommands={{ current: null }}>
      <Field start={start} onChange={onChange} />
    </AppProvider>,
  );
  const input = screen.getByLabelText("Đến ngày") as HTMLInputElement;
  return { input, onChange };
}

const type = (input: HTMLInputElement, value: string) => {
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
};
const key = (input: HTMLInputElement, name: string) => fireEvent.keyDown(input, { key: name });

describe("the date field", () => {
  it("shows dd/mm/yyyy in Vietnamese and the month's name in English, not the browser's form", () => {
    const { input } = renderField("2021-03-05");
    expect(input.type).toBe("text");
    expect(input.value).toBe("05/03/2021");
    cleanup();
    const english = renderField("2021-03-05", "lang=en");
    expect(english.input.value).toBe("5 Mar 2021");
  });

  it("applies a whole, valid day as it is typed, and writes it out on leaving", () => {
    const { input, onChange } = renderField("2022-12-31");
    type(input, "31/01/201");
    expect(onChange).not.toHaveBeenCalled();
    type(input, "31/1/2019");
    expect(onChange).toHaveBeenLastCalledWith("2019-01-31");
    fireEvent.blur(input);
    expect(input.value).toBe("31/01/2019");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("explains what is wrong, keeps the last good day, and Escape puts it back", () => {
    const { input, onChange } = renderField("2022-12-31");
    type(input, "31/02/2021");
    key(input, "Enter");
    expect(screen.getByRole("alert").textContent).toBe(
      "Không có ngày “31/02/2021” trong lịch: hãy kiểm tra ngày và tháng.",
    );
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toContain(screen.getByRole("alert").id);
    type(input, "hôm qua");
    fireEvent.blur(input);
    expect(screen.getByRole("alert").textContent).toMatch(/^Chưa đọc được ngày “hôm qua”/);
    type(input, "01/01/2030");
    key(input, "Enter");
    expect(screen.getByRole("alert").textContent).toBe(
      "Hãy chọn ngày từ 01/01/2019 đến 31/12/2022, trong khoảng có số liệu.",
    );
    expect(onChange).not.toHaveBeenCalled();
    key(input, "Escape");
    expect(input.value).toBe("31/12/2022");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(input.getAttribute("aria-invalid")).toBe("false");
  });

  it("moves a day with the arrows and a month with Page Up and Down, within the data", () => {
    const { input, onChange } = renderField("2022-12-30");
    fireEvent.focus(input);
    key(input, "ArrowUp");
    expect(input.value).toBe("31/12/2022");
    key(input, "ArrowUp");
    expect(input.value).toBe("31/12/2022");
    key(input, "PageDown");
    expect(input.value).toBe("30/11/2022");
    key(input, "ArrowDown");
    expect(input.value).toBe("29/11/2022");
    expect(onChange).toHaveBeenLastCalledWith("2022-11-29");
  });

  it("empties to mean no limit", () => {
    const { input, onChange } = renderField("2022-12-31");
    type(input, "");
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      fireEvent.blur(input);
    });
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(input.placeholder).toBe("vd. 31/12/2022");
  });

  it("in English, takes the month as a word and asks when a numeric day could be two", () => {
    const { input, onChange } = renderField("2022-12-31", "lang=en");
    type(input, "03/01/2021");
    key(input, "Enter");
    expect(screen.getByRole("alert").textContent).toBe(
      "“03/01/2021” can be read two ways. Write the month as a word (31 Dec 2022) or use 2022-12-31.",
    );
    type(input, "3 Jan 2021");
    expect(onChange).toHaveBeenLastCalledWith("2021-01-03");
    fireEvent.blur(input);
    expect(input.value).toBe("3 Jan 2021");
  });
});
