// The read-only presentation inside a briefing file: the app's own briefing frame, map, coverage
// and planner views on the data the file carries, and nothing that imports, edits or saves.
import { useMemo } from "react";
import type { Dataset } from "../data/dataset";
import { useView } from "../ui/app-context";
import { BriefingRoot } from "../ui/briefing";
import { CoverageOverlay } from "../ui/coverage/CoverageView";
import type { AnalysisEngine } from "../ui/coverage/use-coverage";
import { useCoverageView } from "../ui/coverage/use-coverage-view";
import { PlannerOverlay, usePlannerView } from "../ui/planner/PlannerView";
import { StageMap } from "../ui/StageMap";
import AnalysisWorker from "../workers/analysis.worker.ts?worker&inline";
import { createAnalysisClient } from "../workers/analysis-client";
import type { BriefingPayload } from "./payload";

// The coverage figures and the planner's rankings off the main thread, in a worker started from
// a blob: URL (a file opened from disk may not load a worker from its folder).
const client = createAnalysisClient({ createWorker: () => new AnalysisWorker({ name: "analysis" }) });
const engine: AnalysisEngine = {
  load: (layers) => client.load(layers),
  compute: (options) => client.compute(options),
  planner: (request) => client.planner(request),
  pick: (request) => client.pick(request),
};

export function BriefingFileApp({ payload }: { payload: BriefingPayload }) {
  const mode = useView((store) => store.mode);
  const dataset = useMemo<Dataset>(() => ({ ...payload.data, report: { files: [], join: [] } }), [payload]);
  const coverageView = useCoverageView(engine, dataset.layers);
  const plannerView = usePlannerView(engine, dataset.layers);
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
