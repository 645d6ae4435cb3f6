// The coverage view's panels, loaded when the view is first opened (ui/lazy-views.tsx); the
// figures they show come from useCoverageView (use-coverage-view.ts), which the map needs too.
// From a tile archive they come from its summary tables, and say what those cannot give.
import { memo, useLayoutEffect, useState } from "react";
import { coverageColumns, tablesColumns } from "../../data/coverage-table";
import type { Coverage } from "../../domain/coverage";
import type { CoverageTables, TablesCoverage } from "../../domain/coverage/tables-coverage";
import type { Layers } from "../../domain/types";
import { useView } from "../app-context";
import { useAreaScope } from "../area-scope";
import { useText } from "../use-text";
import { BeforeAfterNote } from "./BeforeAfterNote";
import { ChoroplethLegend } from "./ChoroplethLegend";
import { CoverageControls } from "./CoverageControls";
import { CoverageTable } from "./CoverageTable";
import { areaFigures, FiguresStrip } from "./FiguresStrip";
import { tablesFigures, tablesNote } from "./tables-figures";
import type { CoverageEngine } from "./use-coverage";
import { type CoverageViewState, useCoverageView } from "./use-coverage-view";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

/**
 * The coverage figures for the current window and radius, worked out from the view's first
 * opening on, handed to the app, which draws them on the map and in the panels below. Its code
 * comes with theirs (src/ui/lazy-views.tsx).
 */
export const CoverageState = memo(function CoverageState(props: {
  engine: CoverageEngine;
  layers: Layers | null;
  /** A tile archive's tables, when the data is drawn from one: the figures come from them. */
  tables: CoverageTables | null;
  onState(view: CoverageViewState): void;
}) {
  const { onState } = props;
  const view = useCoverageView(props.engine, props.layers, props.tables);
  // Before the browser paints: the map and the panels never show figures behind these.
  useLayoutEffect(() => onState(view), [onState, view]);
  return null;
});

export function CoverageSidebar({ view }: { view: CoverageViewState }) {
  const tx = useText();
  const radiusKm = useView((store) => store.radiusKm);
  const tables = view.tables;
  const outside = tables
    ? tables.incidents.known
      ? tables.incidents.value.outside
      : 0
    : (view.coverage?.outsideIncidents.length ?? 0);
  const dataRange = tables ?? view.summary;
  return (
    <div className="coverage-sidebar">
      <CoverageControls dataRange={dataRange} />
      <ChoroplethLegend radiusKm={radiusKm} reach={!tables} />
      {view.coverage && <BeforeAfterNote beforeAfter={view.coverage.beforeAfter} />}
      {tables && (
        <section className="before-after" aria-labelledby="before-after-title" data-testid="before-after">
          <h3 id="before-after-title">{tx.t("coverage.beforeAfterTitle")}</h3>
          <p>{tx.t("coverage.tables.beforeAfter")}</p>
        </section>
      )}
      {outside > 0 && (
        <p className="note" data-testid="outside-incidents">
          {tx.t("coverage.outside", { incidents: tx.count(outside, "incidents") })}
        </p>
      )}
    </div>
  );
}

function EngineOverlay({ coverage, updating }: { coverage: Coverage; updating: boolean }) {
  const tx = useText();
  const scope = useAreaScope();
  const [tableOpen, setTableOpen] = useState(false);
  const radiusKm = coverage.options.radiusKm;
  return (
    <>
      <div className="coverage-top" aria-busy={updating}>
        <FiguresStrip
          name={tx.t(`scope.${scope}.whole`)}
          figures={areaFigures(coverage.totals, radiusKm, tx)}
        />
        <button type="button" onClick={() => setTableOpen(true)} data-testid="open-table">
          {tx.t("coverage.showTable")}
        </button>
      </div>
      {tableOpen && (
        <CoverageTable
          columns={coverageColumns(radiusKm)}
          units={coverage.units}
          totals={coverage.totals}
          fileName={`binh-yen-phu-mo-hinh-${coverage.window.from}-${coverage.window.to}.csv`}
          onClose={() => setTableOpen(false)}
        />
      )}
    </>
  );
}

function TablesOverlay({ tables }: { tables: TablesCoverage }) {
  const tx = useText();
  const scope = useAreaScope();
  const radiusKm = useView((store) => store.radiusKm);
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <>
      <div className="coverage-top">
        <FiguresStrip
          name={tx.t(`scope.${scope}.whole`)}
          figures={tablesFigures(tables, radiusKm, tx)}
          note={tablesNote(tables, tx)}
        />
        <button type="button" onClick={() => setTableOpen(true)} data-testid="open-table">
          {tx.t("coverage.showTable")}
        </button>
      </div>
      {tableOpen && (
        <CoverageTable
          columns={tablesColumns()}
          units={tables.units}
          totals={tables.totals}
          fileName={`binh-yen-phu-mo-hinh-${tables.asOf ?? "bang-tong-hop"}.csv`}
          note={tx.t("coverage.tables.tableNote")}
          onClose={() => setTableOpen(false)}
        />
      )}
    </>
  );
}

/** Above the map: the headline figures, and the table of all units on demand. */
export function CoverageOverlay({ view }: { view: CoverageViewState }) {
  const tx = useText();
  if (view.error) {
    return (
      <p className="coverage-error" role="alert">
        {tx.t("coverage.error", { reason: view.error.message })}
      </p>
    );
  }
  if (view.tables) return <TablesOverlay tables={view.tables} />;
  if (!view.coverage) {
    return (
      <p className="coverage-status" role="status">
        {tx.t("coverage.computing")}
      </p>
    );
  }
  return <EngineOverlay coverage={view.coverage} updating={view.updating} />;
}
