// @vitest-environment happy-dom
// The printed summary's map: the whole district with the plan on it, drawn off screen at the
// printed size (the live WebGL canvas prints blank, and frames only part of the district). The
// off-screen map is faked here; tests/map/snapshot.test.ts and the e2e test cover the real one.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Position } from "geojson";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Layers } from "../../../src/domain/types";
import { projectToPixels } from "../../../src/map/fit-camera";
import type { Camera, MapViewState, PlanMapData } from "../../../src/map/map-state";
import { createViewStore, type ViewStoreHook } from "../../../src/state/store";
import { AppProvider, type MapCommands } from "../../../src/ui/app-context";
import { PLAN_PRINT_MAP } from "../../../src/ui/planner/print-map";
import { RECAPTURE_DELAY_MS } from "../../../src/ui/planner/use-plan-print";
import { fixtureDataset } from "../../domain/coverage/fixture";
import { mainThreadEngine, openRanking, Planner } from "./harness";

interface Drawing {
  state: MapViewState;
  camera: Camera | null;
  plan: PlanMapData | null;
  resolve(image: string): void;
  reject(error: Error): void;
}

/** The off-screen map, faked: each picture asked for waits until the test delivers it. */
const offScreen = vi.hoisted(() => ({
  drawings: [] as Drawing[],
  sessions: [] as { layers: unknown; size: unknown; destroyed: boolean }[],
}));

vi.mock("../../../src/map/snapshot", () => ({
  createSnapshotSession: (layers: unknown, size: unknown) => {
    const session = { layers, size, destroyed: false };
    offScreen.sessions.push(session);
    return {
      render: (state: MapViewState, camera: Camera | null, options: { plan?: PlanMapData | null } = {}) =>
        new Promise((resolve, reject) => {
          offScreen.drawings.push({
            state,
            camera,
            plan: options.plan ?? null,
            resolve: (image) => resolve({ toDataURL: () => image }),
            reject,
          });
        }),
      destroy: () => {
        session.destroyed = true;
      },
    };
  },
}));

beforeEach(() => {
  localStorage.clear();
  offScreen.drawings.length = 0;
  offScreen.sessions.length = 0;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Finishes every off-screen picture asked for so far with `image`, or fails them. */
async function deliverOffScreen(image: string | Error) {
  await act(async () => {
    for (const drawing of offScreen.drawings.splice(0)) {
      if (image instanceof Error) drawing.reject(image);
      else drawing.resolve(image);
    }
  });
}

/** Map commands whose pictures (of the map on screen) arrive when the test says so. */
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

function renderPlanner(commands: MapCommands): { store: ViewStoreHook; layers: Layers; unmount(): void } {
  const store = createViewStore("view=planner");
  const { layers } = fixtureDataset();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { unmount } = render(
    <QueryClientProvider client={queryClient}>
      <AppProvider useViewStore={store} mapCommands={{ current: commands }}>
        <Planner engine={mainThreadEngine()} layers={layers} />
      </AppProvider>
    </QueryClientProvider>,
  );
  return { store, layers, unmount };
}

/** Every corner of every commune outline, where the camera puts it in the printed picture. */
function districtInPicture(layers: Layers, camera: Camera): [number, number][] {
  const points: Position[] = [];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number") points.push(value as Position);
    else for (const inner of value) visit(inner);
  };
  for (const feature of layers.units.features) visit(feature.geometry.coordinates);
  return points.map(([longitude = 0, latitude = 0]) =>
    projectToPixels(camera, PLAN_PRINT_MAP, longitude, latitude),
  );
}

async function togglePick(index: number) {
  const table = await openRanking();
  const box = within(table).getAllByTestId("toggle-pick")[index] as HTMLElement;
  await act(async () => fireEvent.click(box));
}

const printedMap = () => screen.queryByTestId("plan-print-map") as HTMLImageElement | null;

describe("the printed summary's map", () => {
  it("the print button draws the whole district with the plan off screen, puts it in the summary, then prints", async () => {
    const events: string[] = [];
    const map = fakeMapCommands(events);
    const { layers } = renderPlanner(map.commands);
    await togglePick(0);
    expect(printedMap()).toBeNull();
    window.print = vi.fn(() => {
      events.push(`print with ${printedMap()?.getAttribute("src") ?? "no map"}`);
    });
    const button = screen.getByTestId("planner-print") as HTMLButtonElement;
    await act(async () => fireEvent.click(button));
    // waiting for the picture: nothing printed yet, and the button says so
    expect(offScreen.drawings).toHaveLength(1);
    expect(window.print).not.toHaveBeenCalled();
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe("Đang chuẩn bị bản in…");
    // drawn at the print size, of the layers the plan is made on
    expect(offScreen.sessions).toEqual([{ layers, size: PLAN_PRINT_MAP, destroyed: false }]);
    const drawing = offScreen.drawings[0] as Drawing;
    // as the planner's map draws it: the plan (one pick), the view's language and theme
    expect(drawing.plan?.picks.features).toHaveLength(1);
    expect(Object.keys(drawing.plan?.candidateClass ?? {}).length).toBeGreaterThan(0);
    expect(drawing.state).toMatchObject({
      mode: "planner",
      language: "vi",
      theme: "standard",
      selected: null,
    });
    // framed on the whole district, wherever the screen's map looks: every commune's outline
    // inside the picture, and the district filling it on one side
    const pixels = districtInPicture(layers, drawing.camera as Camera);
    const xs = pixels.map(([x]) => x);
    const ys = pixels.map(([, y]) => y);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.min(...ys)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(PLAN_PRINT_MAP.width);
    expect(Math.max(...ys)).toBeLessThan(PLAN_PRINT_MAP.height);
    const filled = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / PLAN_PRINT_MAP.width,
      (Math.max(...ys) - Math.min(...ys)) / PLAN_PRINT_MAP.height,
    );
    expect(filled).toBeGreaterThan(0.8);
    await deliverOffScreen("data:image/png;base64,ZnJlc2g=");
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    expect(events).toEqual(["print with data:image/png;base64,ZnJlc2g="]);
    // the screen's map was not needed
    expect(map.captureImage).not.toHaveBeenCalled();
    // the picture is described for a screen reader, in the reader's language
    expect(printedMap()?.alt).toBe(
      "Bản đồ kế hoạch: 1 bản nhân rộng, đánh số theo thứ tự chọn, và phạm vi 5 km quanh mỗi bản",
    );
    expect(screen.getByTestId("plan-print").contains(printedMap())).toBe(true);
    expect(button.disabled).toBe(false);
    expect(button.textContent).toBe("In một trang");
  });

  it("prints a key to its picture: the layers it shows, then the plan's marks", async () => {
    const map = fakeMapCommands([]);
    const { store } = renderPlanner(map.commands);
    await togglePick(0);
    window.print = vi.fn();
    // no picture yet, so nothing to explain
    expect(screen.queryByTestId("plan-print-legend")).toBeNull();
    act(() => store.getState().toggleLayer("incidents"));
    await act(async () => fireEvent.click(screen.getByTestId("planner-print")));
    await deliverOffScreen("data:image/png;base64,ZnJlc2g=");
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    const legend = within(screen.getByTestId("plan-print-legend"));
    const groups = legend.getAllByRole("listitem").filter((item) => item.className === "legend-group");
    // the incidents are hidden on the map, so the key leaves them out
    expect(groups.map((group) => group.textContent)).toEqual([
      "Bản, tiểu khu theo mô hình",
      "Địa điểm mô hình, Công an xã",
      "Kế hoạch nhân rộng",
    ]);
    expect(legend.getByText("Xã, thị trấn")).toBeTruthy();
    expect(legend.getByText("Bản đã chọn (thứ tự)")).toBeTruthy();
    expect(legend.getByText("Phạm vi 5 km mới")).toBeTruthy();
    expect(legend.queryByText("Một vụ việc")).toBeNull();
    // shown again, they are explained without a hint to click, which paper cannot take
    act(() => store.getState().toggleLayer("incidents"));
    expect(legend.getByText("Nhóm vụ việc (số vụ)")).toBeTruthy();
    expect(screen.getByTestId("plan-print-legend").textContent).not.toContain("bấm");
  });

  it("falls back to a picture of the map on screen when the off-screen map fails", async () => {
    const events: string[] = [];
    const map = fakeMapCommands(events);
    renderPlanner(map.commands);
    await togglePick(0);
    window.print = vi.fn(() => {
      events.push(`print with ${printedMap()?.getAttribute("src") ?? "no map"}`);
    });
    await act(async () => fireEvent.click(screen.getByTestId("planner-print")));
    await deliverOffScreen(new Error("WebGL context lost"));
    await waitFor(() => expect(map.captureImage).toHaveBeenCalledTimes(1));
    // the failed map is dropped: the next picture starts a new one
    expect(offScreen.sessions.map((session) => session.destroyed)).toEqual([true]);
    await map.deliver("data:image/png;base64,c2NyZWVu");
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    expect(events).toEqual(["capture", "print with data:image/png;base64,c2NyZWVu"]);
  });

  it("for the browser's own print (Ctrl+P), keeps a recent picture: one after each change, once still", async () => {
    const map = fakeMapCommands([]);
    const { store, unmount } = renderPlanner(map.commands);
    await openRanking();
    // no plan, nothing to print: no picture taken
    await new Promise((resolve) => setTimeout(resolve, RECAPTURE_DELAY_MS + 200));
    expect(offScreen.drawings).toHaveLength(0);
    await togglePick(0);
    // not at once: changes in quick succession would each cost a picture
    expect(offScreen.drawings).toHaveLength(0);
    await waitFor(() => expect(offScreen.drawings).toHaveLength(1), { timeout: RECAPTURE_DELAY_MS * 3 });
    await deliverOffScreen("data:image/png;base64,b25l");
    expect(printedMap()?.getAttribute("src")).toBe("data:image/png;base64,b25l");
    // a second hamlet changes the map: a new picture replaces the old one
    await togglePick(1);
    await waitFor(() => expect(offScreen.drawings).toHaveLength(1), { timeout: RECAPTURE_DELAY_MS * 3 });
    expect(offScreen.drawings[0]?.plan?.picks.features).toHaveLength(2);
    await deliverOffScreen("data:image/png;base64,dHdv");
    expect(printedMap()?.getAttribute("src")).toBe("data:image/png;base64,dHdv");
    expect(printedMap()?.alt).toMatch(/^Bản đồ kế hoạch: 2 bản/);
    // so does the reader's language, and the theme: the map's labels and colours change
    await act(async () => {
      store.getState().setLanguage("en");
      store.getState().setTheme("projector-dark");
    });
    await waitFor(() => expect(offScreen.drawings).toHaveLength(1), { timeout: RECAPTURE_DELAY_MS * 3 });
    expect(offScreen.drawings[0]?.state).toMatchObject({ language: "en", theme: "projector-dark" });
    await deliverOffScreen("data:image/png;base64,ZW4=");
    expect(printedMap()?.getAttribute("src")).toBe("data:image/png;base64,ZW4=");
    // one off-screen map served every picture; the screen's map was never asked
    expect(offScreen.sessions).toHaveLength(1);
    expect(map.captureImage).not.toHaveBeenCalled();
    // and leaving the planner gives its WebGL context back
    unmount();
    expect(offScreen.sessions[0]?.destroyed).toBe(true);
  });
});
