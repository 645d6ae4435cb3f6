// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../../src/data/dataset";
import { createViewStore } from "../../../src/state/store";
import { AppProvider, type MapCommands } from "../../../src/ui/app-context";
import { AddSlideButton, BriefingRoot, PresentButton } from "../../../src/ui/briefing";
import { SlidesPanel } from "../../../src/ui/briefing/SlidesPanel";
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
    const count = sampleDeck("vi").slides.length;
    // the titles are worked out from the data shown: 2 units, 4 hamlets, the model point's name
    // (the presentation's frame loads on demand)
    expect((await screen.findByTestId("briefing-slide-title")).textContent).toBe(
      "Huyện Thuận Châu: 1 xã, 1 thị trấn, 4 bản",
    );
    expect(screen.getByTestId("briefing-figure").textContent).toBe("2/4bản có mô hình · Toàn huyện");
    expect(store.getState().theme).toBe("projector-light");
    // the first slide frames the whole district, once the layout has settled
    await vi.waitFor(() => expect(commands.resetView).toHaveBeenCalled());
    press("PageDown");
    expect(screen.getByTestId("briefing-slide-title").textContent).toBe(
      "Mô hình điểm: Bản Heo Trại (Chiềng Pha)",
    );
    expect(new URLSearchParams(window.location.search).get("slide")).toBe("2");
    // the model point is found in the data, selected, and framed with room for its neighbours' names
    expect(store.getState().selected).toEqual({ layer: "hamlets", id: "03730-01" });
    await vi.waitFor(() => expect(commands.fitBounds).toHaveBeenCalled());
    const [box] = vi.mocked(commands.fitBounds).mock.calls.at(-1) ?? [];
    expect(box?.[0]).toBeLessThan(103.61);
    expect(box?.[2]).toBeGreaterThan(103.61);
    press("End");
    expect(screen.getByTestId("briefing-counter").textContent).toBe(`Trang ${count}/${count}`);
    press("PageDown");
    expect(screen.getByTestId("briefing-counter").textContent).toBe(`Trang ${count}/${count}`);
    press("Home");
    expect(new URLSearchParams(window.location.search).get("slide")).toBe("1");
    // B blanks, any key brings the picture back without moving on
    press("b");
    expect(screen.getByTestId("briefing-blank")).toBeTruthy();
    press("ArrowRight");
    expect(screen.queryByTestId("briefing-blank")).toBeNull();
    expect(screen.getByTestId("briefing-counter").textContent).toBe(`Trang 1/${count}`);
    // Esc leaves: theme and URL as before
    press("Escape");
    expect(screen.queryByTestId("briefing-titlebar")).toBeNull();
    expect(store.getState().theme).toBe("standard");
    expect(window.location.search).not.toMatch(/present|slide/);
  });

  it("Esc gives back the view as it was before presenting: layers, mode, selection, camera", async () => {
    const { store, commands } = renderBriefing("?view=coverage&sel=units:03721&c=103.70000,21.44000&z=12.00");
    const before = store.getState();
    press("p");
    // the first slides switch the incidents off and select other things
    press("PageDown");
    press("PageDown");
    expect(store.getState().visible.incidents).toBe(false);
    expect(store.getState().mode).toBe("map");
    press("Escape");
    const after = store.getState();
    expect(after.visible).toEqual(before.visible);
    expect(after.mode).toBe("coverage");
    expect(after.selected).toEqual({ layer: "units", id: "03721" });
    expect(after.camera).toEqual({ center: [103.7, 21.44], zoom: 12 });
    await vi.waitFor(() =>
      expect(commands.flyTo).toHaveBeenLastCalledWith({ center: [103.7, 21.44], zoom: 12 }),
    );
  });

  it("shows a slide's typed title instead of its story's, and the story's again once emptied", () => {
    renderBriefing("?present=1");
    const panel = screen.getByTestId("slides-panel");
    expect(within(panel).getByTestId("show-slide-1").textContent).toContain("4 bản");
    fireEvent.change(screen.getByTestId("rename-slide-1"), { target: { value: "Tổng quan" } });
    fireEvent.blur(screen.getByTestId("rename-slide-1"));
    expect(screen.getByTestId("briefing-slide-title").textContent).toBe("Tổng quan");
    fireEvent.change(screen.getByTestId("rename-slide-1"), { target: { value: "" } });
    fireEvent.blur(screen.getByTestId("rename-slide-1"));
    expect(screen.getByTestId("briefing-slide-title").textContent).toContain("4 bản");
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
