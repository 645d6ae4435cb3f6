// The coverage view's panels, loaded when the view is first opened (ui/lazy-views.tsx); the
// figures they show come from useCoverageView (use-coverage-view.ts), which the map needs too.
import { memo, useLayoutEffect, useState } from "react";
import type { Layers } from "../../domain/types";
import { useView } from "../app-context";
import { useAreaScope } from "../area-scope";
import { useText } from "../use-text";
import { BeforeAfterNote } from "./BeforeAfterNote";
import { ChoroplethLegend } from "./ChoroplethLegend";
import { CoverageControls } from "./CoverageControls";
import { CoverageTable } from "./CoverageTable";
import { FiguresStrip } from "./FiguresStrip";
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
  onState(view: CoverageViewState): void;
}) {
  const { onState } = props;
  const view = useCoverageView(props.engine, props.layers);
  // Before the browser paints: the map and the panels never show figures behind these.
  useLayoutEffect(() => onState(view), [onState, view]);
  return null;
});

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
