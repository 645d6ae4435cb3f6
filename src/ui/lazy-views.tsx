// The views most visits never open load with their first use, not with the page: the first
// download carries the map, the layer panel and the header (README, "the app's own initial
// JavaScript"). While a view's code arrives, its place says so; a panel's stays empty.
import { lazy, type ReactNode, Suspense } from "react";
import { useText } from "./use-text";

const coverageView = () => import("./coverage/CoverageView");
const plannerView = () => import("./planner/PlannerView");

export const CoverageState = lazy(() => coverageView().then((module) => ({ default: module.CoverageState })));
export const CoverageSidebar = lazy(() =>
  coverageView().then((module) => ({ default: module.CoverageSidebar })),
);
export const CoverageOverlay = lazy(() =>
  coverageView().then((module) => ({ default: module.CoverageOverlay })),
);
export const UnitCoveragePanel = lazy(() =>
  import("./coverage/UnitCoveragePanel").then((module) => ({ default: module.UnitCoveragePanel })),
);
export const PlannerState = lazy(() => plannerView().then((module) => ({ default: module.PlannerState })));
export const TablesUnitPanel = lazy(() =>
  import("./coverage/UnitCoveragePanel").then((module) => ({ default: module.TablesUnitPanel })),
);
export const PlannerSidebar = lazy(() =>
  plannerView().then((module) => ({ default: module.PlannerSidebar })),
);
export const PlannerOverlay = lazy(() =>
  plannerView().then((module) => ({ default: module.PlannerOverlay })),
);

// The panels that open on demand: a feature's details once one is selected, the data's problems
// once there are some.
export const FeaturePanel = lazy(() =>
  import("./FeaturePanel").then((module) => ({ default: module.FeaturePanel })),
);
export const ErrorPanel = lazy(() =>
  import("./ErrorPanel").then((module) => ({ default: module.ErrorPanel })),
);

export const SlidesPanel = lazy(() =>
  import("./briefing/SlidesPanel").then((module) => ({ default: module.SlidesPanel })),
);

function ViewLoading() {
  const tx = useText();
  return (
    <p className="coverage-status" role="status" data-testid="view-loading">
      {tx.t("app.openingView")}
    </p>
  );
}

/** A lazily loaded part; `quiet` for parts whose neighbour already says that the view is opening. */
export function LazyPart(props: { children: ReactNode; quiet?: boolean }) {
  return <Suspense fallback={props.quiet ? null : <ViewLoading />}>{props.children}</Suspense>;
}
