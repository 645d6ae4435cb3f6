// @vitest-environment happy-dom
// "Find a place": a combobox over a listbox, keyboard first (/ or Ctrl+K to reach it, arrows,
// Enter, Esc); the chosen place is selected and the map moved through the map commands.
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createViewStore } from "../../src/state/store";
import { AppProvider, type MapCommands } from "../../src/ui/app-context";
import { PlaceSearch } from "../../src/ui/PlaceSearch";
import { fixtureDataset } from "../domain/coverage/fixture";

afterEach(cleanup);

function renderSearch(search = "") {
  const store = createViewStore(search);
  const commands: MapCommands = {
    fitBounds: vi.fn(),
    resetView: vi.fn(),
    flyTo: vi.fn(),
    getCamera: () => ({ center: [104.1, 21.2], zoom: 9 }),
  };
  const { layers } = fixtureDataset();
  render(
    <AppProvider useViewStore={store} mapCommands={{ current: commands }}>
      <input data-testid="elsewhere" />
      <PlaceSearch layers={layers} />
    </AppProvider>,
  );
  const box = screen.getByRole("combobox", { name: "Tìm xã, bản" });
  return { store, commands, box };
}

/** Focuses the box, which loads the matching (domain/place-search.ts), and waits for it. */
const focusBox = (box: HTMLElement) =>
  act(async () => {
    box.focus();
    await import("../../src/domain/place-search");
  });

const type = (box: HTMLElement, text: string) =>
  act(async () => fireEvent.change(box, { target: { value: text } }));
const press = (target: Document | Element | Window, key: string, extra: object = {}) =>
  act(async () => {
    fireEvent.keyDown(target, { key, ...extra });
  });

describe("PlaceSearch", () => {
  it("lists communes and hamlets for a name typed without diacritics, each with its kind and commune", async () => {
    const { box } = renderSearch();
    // The matching loads with the first use of the box; the list fills once it is in.
    await type(box, "chieng pha");
    expect(box.getAttribute("aria-expanded")).toBe("true");
    const list = screen.getByRole("listbox");
    expect(box.getAttribute("aria-controls")).toBe(list.id);
    const options = await within(list).findAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual(["Xã Chiềng PhaXã"]);
    await type(box, "heo");
    expect(
      within(list)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Bản Heo TrạiBản · Xã Chiềng Pha", "Bản Nà HeoBản · Xã Chiềng Pha"]);
    expect(screen.getByRole("status").textContent).toBe("2 kết quả");
    await type(box, "khong co");
    expect(screen.getByRole("status").textContent).toBe("Không tìm thấy “khong co”.");
  });

  it("moves with the arrows and goes with Enter: selects the place and flies the map there", async () => {
    const { box, store, commands } = renderSearch();
    await focusBox(box);
    await type(box, "heo");
    const [first, second] = screen.getAllByRole("option");
    expect(first?.getAttribute("aria-selected")).toBe("true");
    expect(box.getAttribute("aria-activedescendant")).toBe(first?.id);
    await press(box, "ArrowDown");
    expect(second?.getAttribute("aria-selected")).toBe("true");
    expect(box.getAttribute("aria-activedescendant")).toBe(second?.id);
    await press(box, "ArrowDown");
    expect(first?.getAttribute("aria-selected")).toBe("true");
    await press(box, "ArrowUp");
    await press(box, "Enter");
    expect(store.getState().selected).toEqual({ layer: "hamlets", id: "03730-02" });
    expect(commands.flyTo).toHaveBeenCalledWith({ center: expect.any(Array), zoom: 13 });
    expect((box as HTMLInputElement).value).toBe("Bản Nà Heo");
    expect(box.getAttribute("aria-expanded")).toBe("false");
    // a commune is framed whole
    await type(box, "xa chieng pha");
    await press(box, "Enter");
    expect(store.getState().selected).toEqual({ layer: "units", id: "03730" });
    expect(commands.fitBounds).toHaveBeenCalledWith([104.0, 21.0, 104.1, 21.1]);
  });

  it("is reached with / or Ctrl+K from anywhere but a text field, and Esc closes, then empties it", async () => {
    const { box } = renderSearch();
    await press(document.body, "/");
    expect(document.activeElement).toBe(box);
    box.blur();
    const elsewhere = screen.getByTestId("elsewhere");
    elsewhere.focus();
    await press(elsewhere, "/");
    expect(document.activeElement).toBe(elsewhere);
    await press(elsewhere, "k", { ctrlKey: true });
    expect(document.activeElement).toBe(box);
    await type(box, "lac");
    expect(box.getAttribute("aria-expanded")).toBe("true");
    await press(box, "Escape");
    expect(box.getAttribute("aria-expanded")).toBe("false");
    expect((box as HTMLInputElement).value).toBe("lac");
    await press(box, "Escape");
    expect((box as HTMLInputElement).value).toBe("");
  });

  it("chooses a place with the mouse too", async () => {
    const { box, store } = renderSearch();
    await focusBox(box);
    await type(box, "lac");
    await act(async () => fireEvent.mouseDown(screen.getByRole("option", { name: /Bản Lạc/u })));
    expect(store.getState().selected?.layer).toBe("hamlets");
  });
});
