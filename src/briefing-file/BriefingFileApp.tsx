// The read-only presentation inside a briefing file: the app's own briefing frame, map, coverage
// and planner views on the data the file carries, and nothing that imports, edits or saves.
import { useMemo } from "react";
import type { Dataset } from "../data/dataset";
import { useView } from "../ui/app-context";
import { BriefingRoot } from "../ui/briefing";
import { CoverageOverlay, useCoverageView } from "../ui/coverage/CoverageView";
import type { CoverageEngine } from "../ui/coverage/use-coverage";
import { PlannerOverlay, usePlannerView } from "../ui/planner/PlannerView";
import { StageMap } from "../ui/StageMap";
import CoverageWorker from "../workers/coverage.worker.ts?worker&inline";
import { createCoverageClient } from "../workers/coverage-client";
import { createPlannerClient } from "../workers/planner-client";
import type { BriefingPayload } from "./payload";

// The coverage figures off the main thread, in a worker started from a blob: URL (a file opened
// from disk may not load a worker from its folder). Picking new sites is not offered here, so
// the planner only re-evaluates the deck's own picks, on the main thread.
const coverageClient = createCoverageClient({ createWorker: () => new CoverageWorker({ name: "coverage" }) });
const engine: CoverageEngine = {
  load: (layers) => coverageClient.load(layers),
  compute: (options) => coverageClient.compute(options),
};
const plannerClient = createPlannerClient({ createWorker: null });

export function BriefingFileApp({ payload }: { payload: BriefingPayload }) {
  const mode = useView((store) => store.mode);
  const dataset = useMemo<Dataset>(() => ({ ...payload.data, report: { files: [], join: [] } }), [payload]);
  const coverageView = useCoverageView(engine, dataset.layers);
  const plannerView = usePlannerView(engine, dataset.layers, plannerClient);
  const deck = useMemo(() => ({ deck: payload.deck }), [payload]);
  return (
    <BriefingRoot dataset={dataset} file={deck} coverageEngine={engine}>
      <div className={`app mode-${mode}`}>
        <main className="map-area">
          {mode === "coverage" && <CoverageOverlay view={coverageView} />}
          {mode === "planner" && <PlannerOverlay view={plannerView} />}
          <div className="map-stack">
            <StageMap
              layers={dataset.layers}
              coverage={coverageView.mapData}
              plan={plannerView.showBefore ? plannerView.beforeMapData : plannerView.mapData}
            />
          </div>
        </main>
      </div>
    </BriefingRoot>
  );
}
