import { useMemo, useState } from "react";
import type { Coverage, CoverageLoadSummary } from "../../domain/coverage";
import type { Layers } from "../../domain/types";
import type { CoverageMapData } from "../../map/map-state";
import { useView } from "../app-context";
import { useAreaScope } from "../area-scope";
import { useText } from "../use-text";
import { BeforeAfterNote } from "./BeforeAfterNote";
import { ChoroplethLegend } from "./ChoroplethLegend";
import { CoverageControls } from "./CoverageControls";
import { CoverageTable } from "./CoverageTable";
import { FiguresStrip } from "./FiguresStrip";
import { coverageMapData } from "./map-data";
import { type CoverageEngine, useCoverage, useCoverageAhead } from "./use-coverage";
import { neighbourWindows } from "./window-math";

export interface CoverageViewState {
  coverage: Coverage | undefined;
  summary: CoverageLoadSummary | undefined;
  mapData: CoverageMapData | null;
  updating: boolean;
  error: Error | null;
}

/** The coverage figures for the current window and radius, computed only in the coverage view. */
export function useCoverageView(engine: CoverageEngine, layers: Layers | null): CoverageViewState {
  const mode = useView((store) => store.mode);
  const window = useView((store) => store.window);
  const radiusKm = useView((store) => store.radiusKm);
  const state = useCoverage(engine, mode === "coverage" ? layers : null, {
    from: window.from,
    to: window.to,
    radiusKm,
  });
  const dataFrom = state.summary?.dataFrom ?? null;
  const dataTo = state.summary?.dataTo ?? null;
  const ahead = useMemo(
    () =>
      dataFrom && dataTo
        ? neighbourWindows(window, dataFrom, dataTo).map((next) => ({ ...next, radiusKm }))
        : [],
    [window, dataFrom, dataTo, radiusKm],
  );
  useCoverageAhead(
    engine,
    mode === "coverage" ? layers : null,
    ahead,
    state.coverage !== undefined && !state.updating,
  );
  const mapData = useMemo(
    () => (state.coverage && layers ? coverageMapData(state.coverage, layers.sites.features) : null),
    [state.coverage, layers],
  );
  return { ...state, mapData: mode === "coverage" ? mapData : null };
}

export function CoverageSidebar({ view }: { view: CoverageViewState }) {
  const tx = useText();
  const radiusKm = useView((store) => store.radiusKm);
  const outside = view.coverage?.outsideIncidents.length ?? 0;
  return (
    <div className="coverage-sidebar">
      <CoverageControls summary={view.summary} />
      <ChoroplethLegend radiusKm={radiusKm} />
      {view.coverage && <BeforeAfterNote beforeAfter={view.coverage.beforeAfter} />}
      {outside > 0 && (
        <p className="note" data-testid="outside-incidents">
          {tx.t("coverage.outside", { incidents: tx.count(outside, "incidents") })}
        </p>
      )}
    </div>
  );
}

/** Above the map: the headline figures, and the table of all units on demand. */
export function CoverageOverlay({ view }: { view: CoverageViewState }) {
  const tx = useText();
  const scope = useAreaScope();
  const [tableOpen, setTableOpen] = useState(false);
  if (view.error) {
    return (
      <p className="coverage-error" role="alert">
        {tx.t("coverage.error", { reason: view.error.message })}
      </p>
    );
  }
  if (!view.coverage) {
    return (
      <p className="coverage-status" role="status">
        {tx.t("coverage.computing")}
      </p>
    );
  }
  const coverage = view.coverage;
  const totals = { ...coverage.totals, name: tx.t(`scope.${scope}.whole`) };
  return (
    <>
      <div className="coverage-top" aria-busy={view.updating}>
        <FiguresStrip area={totals} radiusKm={coverage.options.radiusKm} />
        <button type="button" onClick={() => setTableOpen(true)} data-testid="open-table">
          {tx.t("coverage.showTable")}
        </button>
      </div>
      {tableOpen && <CoverageTable coverage={coverage} onClose={() => setTableOpen(false)} />}
    </>
  );
}
