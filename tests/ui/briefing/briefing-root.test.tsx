// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../../src/data/dataset";
import { createViewStore } from "../../../src/state/store";
import { AppProvider, type MapCommands } from "../../../src/ui/app-context";
import { AddSlideButton, BriefingRoot, PresentButton, SlidesPanel } from "../../../src/ui/briefing";
import { sampleDeck } from "../../../src/ui/briefing/sample-deck";
import { sampleLayers } from "../../map/sample-layers";

const dataset: Dataset = {
  layers: sampleLayers(),
  report: { files: [], messages: [] } as unknown as Dataset["report"],
  title: "Huyện Thuận Châu, tỉnh Sơn La",
  sample: true,
  dataDate: "2022-12-31",
  source: "Dữ liệu mẫu",
};

function renderBriefing(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  const store = createViewStore(search);
  const commands: MapCommands = {
    fitBounds: vi.fn(),
    resetView: vi.fn(),
    flyTo: vi.fn(),
    getCamera: () => ({ center: [103.6, 21.5], zoom: 10 }),
  };
  render(
    <AppProvider useViewStore={store} mapCommands={{ current: commands }}>
      <BriefingRoot dataset={dataset}>
        <div className="app">
          <header className="app-header">
            <AddSlideButton /> <PresentButton />
          </header>
          <aside className="sidebar">
            <SlidesPanel />
          </aside>
        </div>
      </BriefingRoot>
    </AppProvider>,
  );
  return { store, commands };
}

const press = (key: string, init: KeyboardEventInit = {}) =>
  act(() => {
    window.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, ...init }));
  });

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe("BriefingRoot", () => {
  it("opens the sample deck's first slide with present=1, and the keys turn slides and the URL follows", async () => {
    const { store, commands } = renderBriefing("?present=1");
    const titles = sampleDeck("vi").slides.map((slide) => slide.title);
    expect(screen.getByTestId("briefing-slide-title").textContent).toBe(titles[0]);
    expect(store.getState().theme).toBe("projector-light");
    // the first slide frames the whole district, once the layout has settled
    await vi.waitFor(() => expect(commands.resetView).toHaveBeenCalled());
    press("PageDown");
    expect(screen.getByTestId("briefing-slide-title").textContent).toBe(titles[1]);
    expect(new URLSearchParams(window.location.search).get("slide")).toBe("2");
    expect(store.getState().selected).toEqual({ layer: "hamlets", id: "03730-01" });
    await vi.waitFor(() =>
      expect(commands.flyTo).toHaveBeenCalledWith({ center: [103.6398, 21.4987], zoom: 13 }),
    );
    press("End");
    expect(screen.getByTestId("briefing-counter").textContent).toBe(
      `Trang ${titles.length}/${titles.length}`,
    );
    press("PageDown");
    expect(screen.getByTestId("briefing-counter").textContent).toBe(
      `Trang ${titles.length}/${titles.length}`,
    );
    press("Home");
    expect(new URLSearchParams(window.location.search).get("slide")).toBe("1");
    // B blanks, any key brings the picture back without moving on
    press("b");
    expect(screen.getByTestId("briefing-blank")).toBeTruthy();
    press("ArrowRight");
    expect(screen.queryByTestId("briefing-blank")).toBeNull();
    expect(screen.getByTestId("briefing-counter").textContent).toBe(`Trang 1/${titles.length}`);
    // Esc leaves: theme and URL as before
    press("Escape");
    expect(screen.queryByTestId("briefing-titlebar")).toBeNull();
    expect(store.getState().theme).toBe("standard");
    expect(window.location.search).not.toMatch(/present|slide/);
  });

  it("P enters from the normal view; typing a P in a field does not", () => {
    renderBriefing("");
    const field = screen.getAllByRole("textbox")[0] as HTMLInputElement;
    act(() => {
      field.dispatchEvent(new KeyboardEvent("keydown", { key: "p", bubbles: true }));
    });
    expect(screen.queryByTestId("briefing-titlebar")).toBeNull();
    press("p");
    expect(screen.getByTestId("briefing-titlebar")).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get("present")).toBe("1");
  });

  it("adds the current view as a slide, deletes it and undoes the delete", () => {
    const { store } = renderBriefing("");
    act(() => store.getState().select({ layer: "units", id: "03730" }));
    const list = () => screen.getByTestId("slides-panel").querySelectorAll(".briefing-slide");
    const before = list().length;
    fireEvent.click(screen.getByTestId("add-slide"));
    expect(list()).toHaveLength(before + 1);
    // named after the selected commune, placed after the current (first) slide
    expect(screen.getByTestId("show-slide-2").textContent).toContain("Xã Chiềng Pha");
    fireEvent.click(screen.getByTestId("delete-slide-2"));
    expect(list()).toHaveLength(before);
    fireEvent.click(screen.getByTestId("undo-delete"));
    expect(list()).toHaveLength(before + 1);
    expect(screen.getByTestId("show-slide-2").textContent).toContain("Xã Chiềng Pha");
    // and the deck was kept in the browser
    expect(window.localStorage.getItem("binhyen.deck")).toContain("Xã Chiềng Pha");
  });

  it("refuses a bad deck file with a message in the interface language", async () => {
    renderBriefing("");
    const input = screen.getByTestId("import-deck") as HTMLInputElement;
    const file = new File(['{"format": "something-else"}'], "deck.json", { type: "application/json" });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/Không nhập được tệp “deck.json”/)).toBeTruthy();
    expect(alert.textContent).toMatch(/không phải tệp trình chiếu của Bình Yên/);
  });
});
