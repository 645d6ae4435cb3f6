// The coverage figures for the current window and radius, which the map draws as well as the
// coverage view's panels (CoverageView.tsx, loaded on demand).
import { useMemo } from "react";
import type { Coverage, CoverageLoadSummary } from "../../domain/coverage";
import {
  type CoverageTables,
  coverageFromTables,
  type TablesCoverage,
} from "../../domain/coverage/tables-coverage";
import type { IncidentCategory, IsoDate, Layers } from "../../domain/types";
import type { CoverageMapData } from "../../map/map-state";
import { useView } from "../app-context";
import { coverageMapData, tablesMapData, tablesUnitRatio } from "./map-data";
import { type CoverageEngine, useCoverage, useCoverageAhead } from "./use-coverage";
import { neighbourWindows } from "./window-math";

export interface CoverageViewState {
  coverage: Coverage | undefined;
  summary: CoverageLoadSummary | undefined;
  /**
   * When the data is drawn from a tile archive: the figures its summary tables give (then
   * `coverage` stays undefined, as there are no features to compute it from).
   */
  tables: TablesCoverage | null;
  mapData: CoverageMapData | null;
  updating: boolean;
  error: Error | null;
}

/**
 * The coverage figures for the current window and radius, computed only in the coverage view:
 * from the layers, or from a tile archive's summary tables when `tables` is given.
 */
export function useCoverageView(
  engine: CoverageEngine,
  layers: Layers | null,
  tables: CoverageTables | null = null,
): CoverageViewState {
  const mode = useView((store) => store.mode);
  const window = useView((store) => store.window);
  const radiusKm = useView((store) => store.radiusKm);
  const categories = useView((store) => store.categories);
  // The layers of a dataset drawn from tiles are empty: computed, they would give zeros as facts.
  const engineLayers = mode === "coverage" && tables === null ? layers : null;
  const state = useCoverage(engine, engineLayers, {
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
  useCoverageAhead(engine, engineLayers, ahead, state.coverage !== undefined && !state.updating);
  const mapData = useMemo(
    () => (state.coverage && layers ? coverageMapData(state.coverage, layers.sites.features) : null),
    [state.coverage, layers],
  );
  const fromTables = useTablesCoverage(mode === "coverage" ? tables : null, window, categories);
  if (tables !== null)
    return {
      coverage: undefined,
      summary: undefined,
      tables: fromTables.tables,
      mapData: mode === "coverage" ? fromTables.mapData : null,
      updating: false,
      error: fromTables.error,
    };
  return { ...state, tables: null, mapData: mode === "coverage" ? mapData : null };
}

/** The tables' figures for the window and categories: a few sums, done at once on each change. */
function useTablesCoverage(
  tables: CoverageTables | null,
  window: { from: IsoDate | null; to: IsoDate | null },
  categories: readonly IncidentCategory[],
): { tables: TablesCoverage | null; mapData: CoverageMapData | null; error: Error | null } {
  // The communes' colours depend on the tables alone: one object, so a slider step repaints nothing.
  const unitRatio = useMemo(
    () => (tables ? tablesUnitRatio(coverageFromTables(tables, EVERY_DATE).units) : null),
    [tables],
  );
  return useMemo(() => {
    if (!tables || !unitRatio) return { tables: null, mapData: null, error: null };
    try {
      const coverage = coverageFromTables(tables, { from: window.from, to: window.to, categories });
      return { tables: coverage, mapData: tablesMapData(unitRatio, window), error: null };
    } catch (error) {
      return {
        tables: null,
        mapData: null,
        error: error instanceof Error ? error : new Error(String(error)),
      };
    }
  }, [tables, unitRatio, window, categories]);
}

const EVERY_DATE = { from: null, to: null, categories: [] } as const;
