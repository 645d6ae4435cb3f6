import { useMemo } from "react";
import { PROVINCE_BASE_URL, readProvince, wantsProvince } from "../data/province-source";
import { mergedDataset, shownDataset, wantsOtherPeriod } from "../data/shown-dataset";
import { summariseUnits } from "../domain/unit-summary";
import { useMapCommands, useView } from "./app-context";
import { AreaScopeProvider, useAreaScope } from "./area-scope";
import { AddSlideButton, BriefingRoot, PresentButton } from "./briefing";
import { coverageEngine } from "./coverage/engine";
import { useCoverageView } from "./coverage/use-coverage-view";
import { ConfigProblems } from "./deploy-config";
import { ErrorPanel } from "./ErrorPanel";
import { FeaturePanel } from "./FeaturePanel";
import { Header } from "./Header";
import { useImportedLayers } from "./import";
import { LayerPanel } from "./LayerPanel";
import {
  CoverageOverlay,
  CoverageSidebar,
  LazyPart,
  PlannerOverlay,
  PlannerSidebar,
  SlidesPanel,
  TablesUnitPanel,
  UnitCoveragePanel,
} from "./lazy-views";
import { PlaceSearch } from "./PlaceSearch";
import { usePlannerView } from "./planner/use-planner";
import { StageMap } from "./StageMap";
import { UnitList } from "./UnitList";
import { GEODATA_BASE_URL, useDataset } from "./use-dataset";
import { summariesFromAggregates, useArchiveUrl, useMapTiles } from "./use-map-tiles";
import { useRollUp } from "./use-roll-up";
import { useText } from "./use-text";

// `?data=province`: the generated province instead of geodata/ (see data/province-source.ts).
const DATA_SOURCE =
  typeof location !== "undefined" && wantsProvince(location.search)
    ? { baseUrl: PROVINCE_BASE_URL, read: readProvince }
    : { baseUrl: GEODATA_BASE_URL, read: undefined };

function ResetViewButton() {
  const tx = useText();
  const scope = useAreaScope();
  const mapCommands = useMapCommands();
  return (
    <button type="button" className="reset-view-button" onClick={() => mapCommands.current?.resetView()}>
      {tx.t(`scope.${scope}.whole`)}
    </button>
  );
}

export function App() {
  const tx = useText();
  const mode = useView((store) => store.mode);
  const selected = useView((store) => store.selected);
  const period = useView((store) => store.period);
  const {
    dataset: loaded,
    pendingFiles,
    totalFiles,
    gazetteer,
    tiled,
    archiveAhead,
  } = useDataset(DATA_SOURCE.baseUrl, DATA_SOURCE.read);
  const tiles = useMapTiles(tiled);
  const archiveAheadUrl = useArchiveUrl(archiveAhead);
  // Layers the user imported join the geodata (or replace the sample), on the administrative map
  // the user chose (old units, or today's communes), and every view uses them.
  const { layers: imported, mode: importMode } = useImportedLayers();
  const merged = useMemo(
    () => (loaded ? mergedDataset(loaded, imported, importMode, gazetteer) : null),
    [loaded, imported, importMode, gazetteer],
  );
  // Another map than the one given waits for the roll-up's code (the views show "loading" meanwhile).
  const rollUp = useRollUp(merged !== null && wantsOtherPeriod(merged, period));
  const shown = useMemo(
    () => (merged ? shownDataset(merged, period, gazetteer, rollUp) : null),
    [merged, period, gazetteer, rollUp],
  );
  const dataset = shown?.dataset ?? null;
  const layers = dataset?.layers ?? null;
  const coverageView = useCoverageView(coverageEngine(), layers, tiled?.aggregates ?? null);
  const plannerView = usePlannerView(coverageEngine(), layers);
  const summaries = useMemo(
    () =>
      tiled
        ? summariesFromAggregates(tiled.aggregates)
        : layers
          ? summariseUnits(layers.units.features, layers.hamlets.features)
          : null,
    [layers, tiled],
  );
  const briefingDataset = dataset;
  const showUnitCoverage =
    mode === "coverage" && selected?.layer === "units" && coverageView.coverage !== undefined && layers;
  // From a tile archive, a commune's panel is its row of the tables (no features to show).
  const tablesUnit = mode === "coverage" && selected?.layer === "units" ? coverageView.tables : null;
  // The map starts at once and the data joins it when read: both take about as long.
  return (
    <AreaScopeProvider title={dataset?.title ?? null}>
      <BriefingRoot dataset={briefingDataset}>
        <div className={`app mode-${mode}`}>
          <Header
            title={dataset?.title ?? ""}
            sample={dataset?.sample ?? false}
            dataDate={dataset?.dataDate ?? null}
            actions={<PresentButton />}
          />
          <aside className="sidebar">
            {mode === "coverage" && (
              <LazyPart quiet>
                <CoverageSidebar view={coverageView} />
              </LazyPart>
            )}
            {mode === "planner" && (
              <LazyPart quiet>
                <PlannerSidebar view={plannerView} />
              </LazyPart>
            )}
            <LayerPanel shown={shown} />
            {summaries ? (
              <UnitList summaries={summaries} />
            ) : (
              <div className="loading" role="status" aria-live="polite">
                <p>{tx.t("app.loading")}</p>
                {totalFiles > 0 && (
                  <progress max={totalFiles} value={totalFiles - pendingFiles}>
                    {totalFiles - pendingFiles}/{totalFiles}
                  </progress>
                )}
              </div>
            )}
            <div className="slides-actions">
              <AddSlideButton />
            </div>
            <LazyPart quiet>
              <SlidesPanel />
            </LazyPart>
          </aside>
          <main className="map-area">
            {mode === "coverage" && (
              <LazyPart>
                <CoverageOverlay view={coverageView} />
              </LazyPart>
            )}
            {mode === "planner" && (
              <LazyPart>
                <PlannerOverlay
                  view={plannerView}
                  area={dataset ? { title: dataset.title, sample: dataset.sample } : undefined}
                />
              </LazyPart>
            )}
            <div className="map-stack">
              <StageMap
                layers={layers}
                coverage={coverageView.mapData}
                plan={plannerView.showBefore ? plannerView.beforeMapData : plannerView.mapData}
                onMapSelect={plannerView.onMapSelect}
                tiles={tiles}
                archiveAhead={archiveAheadUrl}
              />
              {tablesUnit && selected ? (
                <LazyPart quiet>
                  <TablesUnitPanel tables={tablesUnit} code={selected.id} />
                </LazyPart>
              ) : showUnitCoverage && coverageView.coverage ? (
                <LazyPart quiet>
                  <UnitCoveragePanel coverage={coverageView.coverage} layers={layers} code={selected.id} />
                </LazyPart>
              ) : (
                layers && <FeaturePanel layers={layers} />
              )}
              <PlaceSearch layers={layers} />
              <ResetViewButton />
              {dataset && <ErrorPanel report={dataset.report} />}
              <ConfigProblems />
            </div>
          </main>
        </div>
      </BriefingRoot>
    </AreaScopeProvider>
  );
}
