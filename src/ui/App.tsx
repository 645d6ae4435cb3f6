import { useMemo, useState } from "react";
import { attemptWithSentences } from "../data/message-sentences";
import { PROVINCE_BASE_URL, readProvince, wantsProvince } from "../data/province-source";
import { mergedDataset, shownDataset, wantsOtherPeriod } from "../data/shown-dataset";
import type { Report } from "../domain/types";
import { summariseUnits } from "../domain/unit-summary";
import type { Mode } from "../state/view";
import { useMapCommands, useView } from "./app-context";
import { AreaScopeProvider, useAreaScope } from "./area-scope";
import { AddSlideButton, BriefingRoot, PresentButton } from "./briefing";
import { coverageEngine } from "./coverage/engine";
import type { CoverageViewState } from "./coverage/use-coverage-view";
import { ConfigProblems } from "./deploy-config";
import { Header } from "./Header";
import { useImportedLayers } from "./import";
import { LayerPanel } from "./LayerPanel";
import {
  CoverageOverlay,
  CoverageSidebar,
  CoverageState,
  ErrorPanel,
  FeaturePanel,
  LazyPart,
  PlannerOverlay,
  PlannerSidebar,
  PlannerState,
  SlidesPanel,
  TablesUnitPanel,
  UnitCoveragePanel,
} from "./lazy-views";
import { PlaceSearch } from "./PlaceSearch";
import type { PlannerViewState } from "./planner/use-planner";
import { StageMap } from "./StageMap";
import { UnitList } from "./UnitList";
import { GEODATA_BASE_URL, useDataset, useSentencesLoaded } from "./use-dataset";
import { summariesFromAggregates, useArchiveUrl, useMapTiles } from "./use-map-tiles";
import { useRollUp } from "./use-roll-up";
import { useText } from "./use-text";

// `?data=province`: the generated province instead of geodata/ (see data/province-source.ts).
const DATA_SOURCE =
  typeof location !== "undefined" && wantsProvince(location.search)
    ? { baseUrl: PROVINCE_BASE_URL, read: readProvince }
    : { baseUrl: GEODATA_BASE_URL, read: undefined };

/** A file not read whole, or a feature not joined: what the problems panel is there for. */
function hasProblems(report: Report): boolean {
  return report.files.some((file) => file.status !== "ok") || report.join.length > 0;
}

/** The views opened so far: each keeps its state from its first opening on. */
function useOpenedViews(mode: Mode): ReadonlySet<Mode> {
  const [opened, setOpened] = useState<ReadonlySet<Mode>>(() => new Set([mode]));
  // Set while rendering: React renders again at once, and the view's part mounts in this commit.
  if (!opened.has(mode)) setOpened(new Set([...opened, mode]));
  return opened;
}

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
  // Steps with something to say wait for the messages' sentences (src/data/message-sentences.ts).
  const sentences = useSentencesLoaded();
  const merged = useMemo(
    () =>
      loaded
        ? attemptWithSentences(sentences, () => mergedDataset(loaded, imported, importMode, gazetteer))
        : null,
    [loaded, imported, importMode, gazetteer, sentences],
  );
  // Another map than the one given waits for the roll-up's code (the views show "loading" meanwhile).
  const periodView = useRollUp(merged !== null && wantsOtherPeriod(merged, period));
  const shown = useMemo(
    () =>
      merged
        ? attemptWithSentences(sentences, () => shownDataset(merged, period, gazetteer, periodView))
        : null,
    [merged, period, gazetteer, periodView, sentences],
  );
  const dataset = shown?.dataset ?? null;
  const layers = dataset?.layers ?? null;
  // The coverage figures and the planner's state are worked out by the views' own code, which
  // loads when a view first opens (lazy-views.tsx); until then the map draws neither.
  const opened = useOpenedViews(mode);
  const [coverageView, setCoverageView] = useState<CoverageViewState | null>(null);
  const [plannerView, setPlannerView] = useState<PlannerViewState | null>(null);
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
    mode === "coverage" && selected?.layer === "units" && coverageView?.coverage !== undefined && layers;
  // From a tile archive, a commune's panel is its row of the tables (no features to show).
  const tablesUnit =
    mode === "coverage" && selected?.layer === "units" ? (coverageView?.tables ?? null) : null;
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
            {opened.has("coverage") && (
              <LazyPart quiet>
                <CoverageState
                  engine={coverageEngine()}
                  layers={layers}
                  tables={tiled?.aggregates ?? null}
                  onState={setCoverageView}
                />
              </LazyPart>
            )}
            {opened.has("planner") && (
              <LazyPart quiet>
                <PlannerState engine={coverageEngine()} layers={layers} onState={setPlannerView} />
              </LazyPart>
            )}
            {mode === "coverage" && (
              <LazyPart quiet>{coverageView && <CoverageSidebar view={coverageView} />}</LazyPart>
            )}
            {mode === "planner" && (
              <LazyPart quiet>{plannerView && <PlannerSidebar view={plannerView} />}</LazyPart>
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
              <LazyPart>{coverageView && <CoverageOverlay view={coverageView} />}</LazyPart>
            )}
            {mode === "planner" && (
              <LazyPart>
                {plannerView && (
                  <PlannerOverlay
                    view={plannerView}
                    area={dataset ? { title: dataset.title, sample: dataset.sample } : undefined}
                  />
                )}
              </LazyPart>
            )}
            <div className="map-stack">
              <StageMap
                layers={layers}
                coverage={coverageView?.mapData ?? null}
                plan={
                  plannerView
                    ? plannerView.showBefore
                      ? plannerView.beforeMapData
                      : plannerView.mapData
                    : null
                }
                onMapSelect={plannerView?.onMapSelect}
                tiles={tiles}
                archiveAhead={archiveAheadUrl}
              />
              {tablesUnit && selected ? (
                <LazyPart quiet>
                  <TablesUnitPanel tables={tablesUnit} code={selected.id} />
                </LazyPart>
              ) : showUnitCoverage && coverageView?.coverage ? (
                <LazyPart quiet>
                  <UnitCoveragePanel coverage={coverageView.coverage} layers={layers} code={selected.id} />
                </LazyPart>
              ) : (
                layers &&
                selected && (
                  <LazyPart quiet>
                    <FeaturePanel layers={layers} />
                  </LazyPart>
                )
              )}
              <PlaceSearch layers={layers} />
              <ResetViewButton />
              {dataset && hasProblems(dataset.report) && (
                <LazyPart quiet>
                  <ErrorPanel report={dataset.report} />
                </LazyPart>
              )}
              <ConfigProblems />
            </div>
          </main>
        </div>
      </BriefingRoot>
    </AreaScopeProvider>
  );
}
