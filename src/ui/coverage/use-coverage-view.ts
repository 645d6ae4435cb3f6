// The coverage figures for the current window and radius, which the map draws as well as the
// coverage view's panels (CoverageView.tsx, loaded on demand).
import { useMemo } from "react";
import type { Coverage, CoverageLoadSummary } from "../../domain/coverage";
import type { Layers } from "../../domain/types";
import type { CoverageMapData } from "../../map/map-state";
import { useView } from "../app-context";
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
  // Once the figures are in, the windows one month before and after are computed ahead, so a
  // one-month step of the slider finds its figures ready.
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
