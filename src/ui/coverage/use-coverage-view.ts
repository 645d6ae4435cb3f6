// The coverage figures for the current window and radius, which the map draws as well as the
// coverage view's panels (CoverageView.tsx, loaded on demand).
import { useMemo } from "react";
import type { Coverage, CoverageLoadSummary } from "../../domain/coverage";
import type { Layers } from "../../domain/types";
import type { CoverageMapData } from "../../map/map-state";
import { useView } from "../app-context";
import { coverageMapData } from "./map-data";
import { type CoverageEngine, useCoverage } from "./use-coverage";

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
  const mapData = useMemo(
    () => (state.coverage && layers ? coverageMapData(state.coverage, layers.sites.features) : null),
    [state.coverage, layers],
  );
  return { ...state, mapData: mode === "coverage" ? mapData : null };
}
