// @vitest-environment happy-dom
// The printed summary's map: a picture taken from the map (the live WebGL canvas prints blank).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Layers } from "../../../src/domain/types";
import { createViewStore } from "../../../src/state/store";
import { AppProvider, type MapCommands } from "../../../src/ui/app-context";
import type { CoverageEngine } from "../../../src/ui/coverage/use-coverage";
import { PlannerOverlay, PlannerSidebar, usePlannerView } from "../../../src/ui/planner/PlannerView";
import { RECAPTURE_DELAY_MS } from "../../../src/ui/planner/PrintSummary";
import { createPlannerClient } from "../../../src/workers/planner-client";
import { fixtureDataset } from "../../domain/coverage/fixture";
import { mainThreadEngine } from "./harness";

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Map commands whose pictures arrive when the test says so, each call logged in `events`. */
function fakeMapCommands(events: string[]) {
  const pending: ((image: string) => void)[] = [];
  const captureImage = vi.fn(
    () =>
      new Promise<string>((resolve) => {
        events.push("capture");
        pending.push(resolve);
      }),
  );
  const commands: MapCommands = {
    fitBounds: () => {},
    resetView: () => {},
    flyTo: () => {},
    getCamera: () => ({ center: [103.66, 21.43], zoom: 10 }),
    captureImage,
  };
  /** Delivers `image` to every picture asked for so far. */
  const deliver = async (image: string) => {
    await act(async () => {
      for (const resolve of pending.splice(0)) resolve(image);
    });
  };
  return { commands, captureImage, deliver };
}

function Planner({ engine, layers }: { engine: CoverageEngine; layers: Layers }) {
  const view = usePlannerView(engine, layers, createPlannerClient({ createWorker: null }));
  return (
    <>
      <PlannerSidebar view={view} />
      <PlannerOverlay view={view} />
    </>
  );
}

function renderPlanner(commands: MapCommands) {
  const store = createViewStore("view=planner");
  const { layers } = fixtureDataset();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <AppProvider useViewStore={store} mapCommands={{ current: commands }}>
        <Planner engine={mainThreadEngine()} layers={layers} />
      </AppProvider>
    </QueryClientProvider>,
  );
}

async function togglePick(index: number) {
  const table = await screen.findByTestId("hamlet-ranking");
  const box = within(table).getAllByTestId("toggle-pick")[index] as HTMLElement;
  await act(async () => fireEvent.click(box));
}

const printedMap = () => screen.queryByTestId("plan-print-map") as HTMLImageElement | null;

describe("the printed summary's map", () => {
  it("the print button takes a picture of the map, puts it in the summary, and only then prints", async () => {
    const events: string[] = [];
    const map = fakeMapCommands(events);
    renderPlanner(map.commands);
    await togglePick(0);
    expect(printedMap()).toBeNull();
    window.print = vi.fn(() => {
      events.push(`print with ${printedMap()?.getAttribute("src") ?? "no map"}`);
    });
    const button = screen.getByTestId("planner-print") as HTMLButtonElement;
    await act(async () => fireEvent.click(button));
    // waiting for the picture: nothing printed yet, and the button says so
    expect(map.captureImage).toHaveBeenCalled();
    expect(window.print).not.toHaveBeenCalled();
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe("Đang chuẩn bị bản in…");
    await map.deliver("data:image/png;base64,ZnJlc2g=");
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    expect(events.at(-1)).toBe("print with data:image/png;base64,ZnJlc2g=");
    expect(events.indexOf("capture")).toBeLessThan(events.length - 1);
    // the picture is described for a screen reader, in the reader's language
    expect(printedMap()?.alt).toBe(
      "Bản đồ kế hoạch: 1 điểm nhân rộng, đánh số theo thứ tự chọn, và phạm vi 5,0 km quanh mỗi điểm",
    );
    expect(screen.getByTestId("plan-print").contains(printedMap())).toBe(true);
    expect(button.disabled).toBe(false);
    expect(button.textContent).toBe("In một trang");
  });

  it("for the browser's own print (Ctrl+P), keeps a recent picture: one after each change, once still", async () => {
    const map = fakeMapCommands([]);
    renderPlanner(map.commands);
    await screen.findByTestId("hamlet-ranking");
    // no plan, nothing to print: no picture taken
    await new Promise((resolve) => setTimeout(resolve, RECAPTURE_DELAY_MS + 200));
    expect(map.captureImage).not.toHaveBeenCalled();
    await togglePick(0);
    // not at once: changes in quick succession would each cost a picture
    expect(map.captureImage).not.toHaveBeenCalled();
    await waitFor(() => expect(map.captureImage).toHaveBeenCalledTimes(1), {
      timeout: RECAPTURE_DELAY_MS * 3,
    });
    await map.deliver("data:image/png;base64,b25l");
    expect(printedMap()?.getAttribute("src")).toBe("data:image/png;base64,b25l");
    // a second hamlet changes the map: a new picture replaces the old one
    await togglePick(1);
    await waitFor(() => expect(map.captureImage).toHaveBeenCalledTimes(2), {
      timeout: RECAPTURE_DELAY_MS * 3,
    });
    await map.deliver("data:image/png;base64,dHdv");
    expect(printedMap()?.getAttribute("src")).toBe("data:image/png;base64,dHdv");
    expect(printedMap()?.alt).toMatch(/^Bản đồ kế hoạch: 2 điểm/);
  });
});
