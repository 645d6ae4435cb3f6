// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { IsoDate, Layers, Report } from "../../src/domain/types";
import { summariseUnits } from "../../src/domain/unit-summary";
import type { MapLike } from "../../src/map/controller";
import { type CoverageMapData, LAYERS_BY_GROUP, SOURCE_IDS } from "../../src/map/map-state";
import { createViewStore, type ViewStoreHook } from "../../src/state/store";
import { AppProvider } from "../../src/ui/app-context";
import { ErrorPanel } from "../../src/ui/ErrorPanel";
import { FeaturePanel } from "../../src/ui/FeaturePanel";
import { MapView } from "../../src/ui/MapView";
import { UnitList } from "../../src/ui/UnitList";
import { FakeMap } from "../map/fake-map";
import { sampleLayers } from "../map/sample-layers";

afterEach(cleanup);

function withApp(children: ReactNode, search = ""): { store: ViewStoreHook; ui: ReactNode } {
  const store = createViewStore(search);
  return {
    store,
    ui: (
      <AppProvider useViewStore={store} mapCommands={{ current: null }}>
        {children}
      </AppProvider>
    ),
  };
}

describe("UnitList", () => {
  it("lists every unit with its hamlets covered / total, and the district total", () => {
    const layers = sampleLayers();
    const summaries = summariseUnits(layers.units.features, layers.hamlets.features);
    const { store, ui } = withApp(<UnitList summaries={summaries} />);
    render(ui);
    const rows = screen.getAllByRole("row");
    // header + one row per unit + footer
    expect(rows).toHaveLength(layers.units.features.length + 2);
    const total = screen.getByTestId("total-hamlets");
    expect(total.textContent).toBe(String(layers.hamlets.features.length));
    const firstUnit = summaries.units[0];
    if (!firstUnit) throw new Error("the sample layers have no unit");
    fireEvent.click(screen.getByRole("button", { name: firstUnit.name }));
    expect(store.getState().selected).toEqual({ layer: "units", id: firstUnit.code });
  });

  it("says so when there are no units", () => {
    const { ui } = withApp(<UnitList summaries={summariseUnits([], [])} />);
    render(ui);
    expect(screen.getByText(/Chưa có đơn vị hành chính/)).toBeTruthy();
  });
});

describe("FeaturePanel", () => {
  it("shows a hamlet's properties as text, never as HTML", () => {
    const layers: Layers = sampleLayers();
    const hamlet = layers.hamlets.features[0];
    if (!hamlet) throw new Error("the sample layers have no hamlet");
    hamlet.properties.name = '<img src=x onerror="alert(1)">Bản <b>Thử</b>';
    const { ui } = withApp(<FeaturePanel layers={layers} />, `sel=hamlets:${hamlet.properties.code}`);
    const { container } = render(ui);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(hamlet.properties.name);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(screen.getByText("Tổ an ninh nhân dân")).toBeTruthy();
  });

  it("says when the selected feature is not in the data", () => {
    const { ui } = withApp(<FeaturePanel layers={sampleLayers()} />, "sel=hamlets:NO-SUCH");
    render(ui);
    expect(screen.getByText(/Không tìm thấy/)).toBeTruthy();
  });
});

function oneBadHamlet(): Report {
  return {
    files: [
      {
        file: "hamlets.geojson",
        kind: "hamlets",
        status: "errors",
        read: 3,
        accepted: 2,
        repaired: 0,
        rejected: 1,
        messages: [
          {
            level: "error",
            code: "bad-number",
            file: "hamlets.geojson",
            featureIndex: 2,
            featureId: "03730-03",
            property: "population",
            expected: "a whole number of people",
            found: "nhiều",
            text: { vi: "Dân số không phải là số.", en: "Population is not a number." },
          },
          {
            level: "warning",
            code: "missing-property",
            file: "hamlets.geojson",
            featureIndex: 2,
            featureId: "03730-03",
            property: "households",
            expected: "a whole number",
            found: "(absent)",
            text: { vi: "Thiếu số hộ.", en: "Households are missing." },
          },
        ],
      },
    ],
    join: [],
  };
}

describe("ErrorPanel", () => {
  it("names the file, the feature, the property and what was found, in Vietnamese", () => {
    const { ui } = withApp(<ErrorPanel report={oneBadHamlet()} />);
    render(ui);
    const panel = screen.getByTestId("error-panel");
    const text = panel.textContent ?? "";
    for (const part of [
      "hamlets.geojson",
      "#2",
      "03730-03",
      "population",
      "nhiều",
      "Dân số không phải là số.",
    ]) {
      expect(text).toContain(part);
    }
    expect(within(panel).getByText(/1 lỗi, 1 cảnh báo trong 1 tệp/)).toBeTruthy();
    expect(within(panel).getByText("Lỗi")).toBeTruthy();
    expect(within(panel).getByText("Cảnh báo")).toBeTruthy();
    // the engine's "(absent)" is a word of the reader's language
    expect(within(panel).getByText("(không có)")).toBeTruthy();
    // the engine says what it expected in English only: shown to English readers, whose message
    // text it matches; a Vietnamese reader has it in the message's own words
    expect(text).not.toContain("a whole number of people");
    // folded to its summary line, so the map behind it stays whole until asked for
    expect((panel as HTMLDetailsElement).open).toBe(false);
  });

  it("in English, names what was expected and counts in the plural", () => {
    const { ui } = withApp(<ErrorPanel report={oneBadHamlet()} />, "lang=en");
    render(ui);
    const panel = screen.getByTestId("error-panel");
    expect(panel.textContent).toContain("expected a whole number of people");
    expect(within(panel).getByText(/1 error, 1 warning in 1 file/)).toBeTruthy();
    expect(within(panel).getByText("Error")).toBeTruthy();
  });

  it("is absent when every file is fine", () => {
    const { ui } = withApp(<ErrorPanel report={{ files: [], join: [] }} />);
    const { container } = render(ui);
    expect(container.textContent).toBe("");
  });
});

describe("MapView with a fake map", () => {
  it("hands toggles and selections to the map controller, and user moves to the store", async () => {
    let fake: FakeMap | null = null;
    const { store, ui } = withApp(
      <MapView
        layers={sampleLayers()}
        testing={{
          baseUri: "http://localhost/app/",
          loadFonts: async () => {},
          createMap: (options) => {
            fake = new FakeMap(options);
            return fake as unknown as MapLike;
          },
        }}
      />,
    );
    render(ui);
    await vi.waitFor(() => expect(fake).not.toBeNull());
    const map = fake as unknown as FakeMap;
    act(() => map.fire("load"));
    map.calls = [];
    act(() => store.getState().toggleLayer("hamlets"));
    const hidden = map.calls
      .filter((call) => call.method === "setLayoutProperty")
      .map((call) => call.args[0]);
    expect(hidden.sort()).toEqual([...LAYERS_BY_GROUP.hamlets].sort());
    act(() => store.getState().select({ layer: "units", id: "03730" }));
    expect(map.count("setFeatureState")).toBe(1);
    // a move the user makes on the map reaches the store (and so the URL)
    act(() => {
      map.center = { lng: 103.7, lat: 21.5 };
      map.fire("moveend", {});
    });
    expect(store.getState().camera?.center).toEqual([103.7, 21.5]);
  });
});

describe("MapView in the coverage view", () => {
  it("shows the incidents of the window the figures were computed for, not the slider's newer one", async () => {
    let fake: FakeMap | null = null;
    const coverageFor = (from: string, to: string): CoverageMapData => ({
      unitRatio: {},
      hamletStatus: {},
      reach: { type: "FeatureCollection", features: [] },
      reachShown: {},
      window: { from: from as IsoDate, to: to as IsoDate },
    });
    const testing = {
      baseUri: "http://localhost/app/",
      loadFonts: async () => {},
      createMap: (options: ConstructorParameters<typeof FakeMap>[0]) => {
        fake = new FakeMap(options);
        return fake as unknown as MapLike;
      },
    };
    const layers = sampleLayers();
    // The sample's incidents, of May 2021: in the second window, not the first.
    for (const feature of layers.incidents.features)
      feature.properties.date = "2021-05-01" as typeof feature.properties.date;
    const first = coverageFor("2020-01-01", "2020-12-31");
    const store = createViewStore("?view=coverage&from=2020-01-01&to=2020-12-31");
    const mapCommands = { current: null };
    const app = (coverage: CoverageMapData) => (
      <AppProvider useViewStore={store} mapCommands={mapCommands}>
        <MapView layers={layers} coverage={coverage} testing={testing} />
      </AppProvider>
    );
    const { rerender } = render(app(first));
    await vi.waitFor(() => expect(fake).not.toBeNull());
    const map = fake as unknown as FakeMap;
    act(() => map.fire("load"));
    map.calls = [];
    // What the clusters are sent: the incidents of the window the map shows.
    const clustered = () =>
      map.calls
        .filter((call) => call.method === "setData" && call.args[0] === SOURCE_IDS.incidents)
        .map((call) => (call.args[1] as { features: unknown[] }).features.length);
    // The slider moves; the figures for the new window are not there yet.
    act(() => store.getState().setWindow({ from: "2021-01-01" as IsoDate, to: "2021-12-31" as IsoDate }));
    expect(clustered()).toEqual([]);
    // They arrive: the map's window follows in the same update as the colours.
    const second = coverageFor("2021-01-01", "2021-12-31");
    rerender(app(second));
    expect(clustered()).toEqual([layers.incidents.features.length]);
  });
});
