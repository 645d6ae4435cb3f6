// @vitest-environment happy-dom
// Every view and panel, rendered in Vietnamese, shows and says no English: text, aria-labels,
// titles, placeholders and alt texts are checked against the catalogue's English words.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/dataset";
import { AggregateBuilder, type TileAggregates } from "../../../src/data/tiles/aggregates";
import type { Layers } from "../../../src/domain/types";
import { summariseUnits } from "../../../src/domain/unit-summary";
import { createViewStore } from "../../../src/state/store";
import { AppProvider } from "../../../src/ui/app-context";
import { AreaScopeProvider } from "../../../src/ui/area-scope";
import { BriefingRoot, PresentButton } from "../../../src/ui/briefing";
import { SlidesPanel } from "../../../src/ui/briefing/SlidesPanel";
import { CoverageOverlay, CoverageSidebar } from "../../../src/ui/coverage/CoverageView";
import { UnitCoveragePanel } from "../../../src/ui/coverage/UnitCoveragePanel";
import { useCoverageView } from "../../../src/ui/coverage/use-coverage-view";
import { ErrorPanel } from "../../../src/ui/ErrorPanel";
import { FeaturePanel } from "../../../src/ui/FeaturePanel";
import { Header } from "../../../src/ui/Header";
import { LayerPanel } from "../../../src/ui/LayerPanel";
import { UnitList } from "../../../src/ui/UnitList";
import { fixtureDataset } from "../../domain/coverage/fixture";
import { mainThreadEngine, Planner } from "../planner/harness";
import { collectUiTexts, englishVocabulary, findEnglish, SHARED_WORDS } from "./english";

const dataset: Dataset = { ...fixtureDataset(), title: "Huyện Thuận Châu, tỉnh Sơn La", sample: true };
const layers: Layers = dataset.layers;

function renderInVietnamese(ui: ReactNode, search = "") {
  window.history.replaceState(null, "", `/?${search}`);
  const store = createViewStore(search);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const commands = { current: null };
  const result = render(
    <QueryClientProvider client={queryClient}>
      <AppProvider useViewStore={store} mapCommands={commands}>
        <AreaScopeProvider title={dataset.title}>
          <BriefingRoot dataset={dataset}>{ui}</BriefingRoot>
        </AreaScopeProvider>
      </AppProvider>
    </QueryClientProvider>,
  );
  return { ...result, store };
}

/** The English on screen, as "where: text (word)" lines, for a readable failure. */
function englishOn(root: Element = document.body): string[] {
  return findEnglish(collectUiTexts(root)).map(
    (finding) => `${finding.where}: ${finding.text} (${finding.word})`,
  );
}

/** The fixture's tables as `geodata tiles` writes them; `older` leaves out what older tables lacked. */
function fixtureTables(older = false): TileAggregates {
  const builder = new AggregateBuilder(
    layers.units.features.map((unit) => unit.properties),
    layers.hamlets.features.map((hamlet) => hamlet.properties),
    layers.activities.features.map((activity) => activity.properties),
  );
  for (const { properties } of layers.incidents.features)
    builder.addIncident(
      properties.unitCode,
      Number(properties.date.slice(0, 4)) * 12 + Number(properties.date.slice(5, 7)) - 1,
      properties.category,
    );
  const tables = builder.finish({
    archive: "a.pmtiles",
    title: dataset.title,
    sample: true,
    dataDate: "2022-12-31",
    source: "",
    bounds: null,
    counts: { units: 0, hamlets: 0, sites: 0 },
  });
  if (!older) return tables;
  const { activities: _, ...withoutActivities } = tables;
  return {
    ...withoutActivities,
    byMonth: tables.byMonth.map(({ month, incidents }) => ({ month, incidents })),
  };
}

function TiledCoverage({ tables }: { tables: TileAggregates }) {
  const view = useCoverageView(mainThreadEngine(), layers, tables);
  return (
    <>
      <CoverageSidebar view={view} />
      <CoverageOverlay view={view} />
    </>
  );
}

function Coverage({ code, engine }: { code: string | null; engine: ReturnType<typeof mainThreadEngine> }) {
  const view = useCoverageView(engine, layers);
  return (
    <>
      <CoverageSidebar view={view} />
      <CoverageOverlay view={view} />
      {view.coverage && code && <UnitCoveragePanel coverage={view.coverage} layers={layers} code={code} />}
    </>
  );
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  document.body.innerHTML = "";
});

describe("the checker", () => {
  it("trusts the catalogue's Vietnamese only where it shares names of formats, keys and places", () => {
    // "Close panel" written as a Vietnamese text would otherwise whitelist "close" and "panel"
    const shared = englishVocabulary().shared.filter((word) => word.length >= 3 && !SHARED_WORDS.has(word));
    expect(shared).toEqual([]);
  });

  it("finds English words, English texts and untranslated values, and lets Vietnamese pass", () => {
    document.body.innerHTML = `
      <p>Loại đơn vị: commune</p>
      <button title="Zoom in">+</button>
      <span aria-label="Close">×</span>
      <p>No.</p>
      <p>Bản có mô hình: 86/391 bản · Tải GeoJSON · an ninh · In một trang</p>
      <p lang="en">sample data</p>
      <code>hamlets.geojson</code>`;
    expect(englishOn()).toEqual([
      "text: Loại đơn vị: commune (commune)",
      "text: No. (No.)",
      "button[title]: Zoom in (Zoom in)",
      "span[aria-label]: Close (Close)",
    ]);
  });
});

describe("in Vietnamese, no English", () => {
  it("in the map view: header, layers and legend, list of communes, data problems, slides", () => {
    renderInVietnamese(
      <>
        <Header title={dataset.title} sample dataDate="2022-12-31" actions={<PresentButton />} />
        <LayerPanel />
        <UnitList summaries={summariseUnits(layers.units.features, layers.hamlets.features)} />
        <ErrorPanel report={dataset.report} />
        <SlidesPanel />
      </>,
    );
    expect(dataset.report.join.length).toBeGreaterThan(0);
    expect(englishOn()).toEqual([]);
  });

  it("in the feature panel of every kind, with every value a word where it has one", () => {
    const first = (kind: "units" | "hamlets" | "sites" | "incidents") => {
      const feature = layers[kind].features[0];
      if (!feature) throw new Error(`the fixture has no ${kind}`);
      return "code" in feature.properties
        ? feature.properties.code
        : (feature.properties as { id: string }).id;
    };
    for (const kind of ["units", "hamlets", "sites", "incidents"] as const) {
      const { unmount } = renderInVietnamese(<FeaturePanel layers={layers} />, `sel=${kind}:${first(kind)}`);
      expect(screen.getByTestId("feature-panel")).toBeTruthy();
      expect(englishOn(), kind).toEqual([]);
      unmount();
    }
  });

  it("in the feature panel of imported and rolled-up features: period, file's name, made code, merged units", () => {
    const hamlet = structuredClone(layers.hamlets.features[0]);
    const unit = structuredClone(layers.units.features[0]);
    if (!hamlet || !unit) throw new Error("the fixture has no hamlet or unit");
    Object.assign(hamlet.properties, {
      adminPeriod: "before-2025-07-01",
      nameInFile: "HeoTrại",
      codeGenerated: true,
    });
    Object.assign(unit.properties, { adminPeriod: "from-2025-07-01", mergedFrom: ["03724", "03730"] });
    const imported: Layers = {
      ...layers,
      hamlets: { ...layers.hamlets, features: [hamlet] },
      units: { ...layers.units, features: [unit] },
    };
    const { unmount } = renderInVietnamese(
      <FeaturePanel layers={imported} />,
      `sel=hamlets:${hamlet.properties.code}`,
    );
    const panel = screen.getByTestId("feature-panel").textContent ?? "";
    expect(panel).toContain("Thời kỳ hành chínhtrước 1/7/2025");
    expect(panel).toContain("Tên trong tệpHeoTrại");
    expect(englishOn(), "hamlet").toEqual([]);
    unmount();
    renderInVietnamese(<FeaturePanel layers={imported} />, `sel=units:${unit.properties.code}`);
    const unitPanel = screen.getByTestId("feature-panel").textContent ?? "";
    expect(unitPanel).toContain("Thời kỳ hành chínhtừ 1/7/2025");
    expect(unitPanel).toContain("Gộp từ các đơn vị cũ03724, 03730");
    expect(englishOn(), "unit").toEqual([]);
  });

  it("in the coverage view: controls, legend, figures, a commune's panel, the table", async () => {
    const code = layers.units.features[0]?.properties.code ?? null;
    renderInVietnamese(<Coverage code={code} engine={mainThreadEngine()} />, "view=coverage");
    await screen.findByTestId("figures-strip", {}, { timeout: 5000 });
    await screen.findByTestId("unit-coverage");
    fireEvent.click(screen.getByTestId("open-table"));
    // a date the field cannot read, and its message
    const from = screen.getByTestId("window-from");
    fireEvent.focus(from);
    fireEvent.change(from, { target: { value: "31/02/2021" } });
    fireEvent.blur(from);
    expect(screen.getByTestId("window-from-error").textContent).toMatch(/Không có ngày/);
    expect(englishOn()).toEqual([]);
  });

  it("in the coverage view drawn from a tile archive's tables, and what they cannot give", async () => {
    const { unmount } = renderInVietnamese(<TiledCoverage tables={fixtureTables()} />, "view=coverage");
    await screen.findByTestId("figures-strip", {}, { timeout: 5000 });
    expect(screen.getByTestId("figures-note").textContent).toContain("31/12/2022");
    fireEvent.click(screen.getByTestId("open-table"));
    expect(screen.getByTestId("table-note").textContent).toContain("mọi thời điểm");
    expect(englishOn()).toEqual([]);
    unmount();
    // older tables, without activities or categories, and one category left out
    renderInVietnamese(<TiledCoverage tables={fixtureTables(true)} />, "view=coverage&cat=theft,drugs");
    await screen.findByTestId("figures-strip", {}, { timeout: 5000 });
    expect(screen.getByTestId("figure-incidents").textContent).toContain("chưa chia theo loại: cần lập lại");
    expect(screen.getByTestId("figure-outreach").textContent).toContain("không có trong bảng tổng hợp");
    expect(englishOn()).toEqual([]);
  });

  it("in the planner: controls, picks, what-if, every tab, a glossary term opened", async () => {
    const { store } = renderInVietnamese(
      <Planner engine={mainThreadEngine()} layers={layers} />,
      "view=planner",
    );
    await screen.findByTestId("planner-drawer-toggle", {}, { timeout: 5000 });
    await act(async () => fireEvent.click(screen.getByTestId("planner-run")));
    await screen.findAllByTestId("planner-pick", {}, { timeout: 5000 });
    expect(store.getState().planner.picks.length).toBeGreaterThan(0);
    const term = document.querySelector<HTMLButtonElement>(".term-word");
    if (term) fireEvent.focus(term);
    for (const tab of ["hamlets", "units", "timeline", "plans"]) {
      fireEvent.click(screen.getByTestId(`planner-tab-${tab}`));
      expect(englishOn(), tab).toEqual([]);
    }
  });

  it("in the presentation: title bar, legend, footer", async () => {
    renderInVietnamese(<div className="app" />, "present=1");
    // the presentation's frame loads on demand
    expect(await screen.findByTestId("briefing-titlebar")).toBeTruthy();
    expect(await screen.findByTestId("briefing-counter")).toBeTruthy();
    expect(await screen.findByTestId("briefing-legend")).toBeTruthy();
    expect(englishOn()).toEqual([]);
  });
});
