// Renders planner components with the app's providers, the coverage on the main thread and the
// hand-made fixture district (4 communes, 7 hamlets: 3 covered, 4 candidates).
import { notifyManager, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, fireEvent, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { createAnalysisSession } from "../../../src/domain/analysis/analysis-session";
import type { Layers } from "../../../src/domain/types";
import { createViewStore, type ViewStoreHook } from "../../../src/state/store";
import { AppProvider } from "../../../src/ui/app-context";
import type { AnalysisEngine } from "../../../src/ui/coverage/use-coverage";
import { PlannerOverlay, PlannerSidebar, usePlannerView } from "../../../src/ui/planner/PlannerView";
import type { PlanArea } from "../../../src/ui/planner/PrintSummary";
import { fixtureDataset } from "../../domain/coverage/fixture";

export function mainThreadEngine(): AnalysisEngine {
  const session = createAnalysisSession();
  return {
    load: async (layers) => session.load(layers),
    compute: async (options) => session.compute(options),
    planner: async (request) => session.planner(request),
    pick: async (request) => session.pick(request),
  };
}

/** The planner view as the app puts it together: sidebar and overlay around one hook. */
export function Planner({
  engine,
  layers,
  area,
}: {
  engine: AnalysisEngine;
  layers: Layers;
  area?: PlanArea;
}) {
  const view = usePlannerView(engine, layers);
  return (
    <>
      <PlannerSidebar view={view} />
      <PlannerOverlay view={view} area={area} />
    </>
  );
}

// The planner's figures come back from the engine as a promise: news of them is passed on in the
// same task rather than the next, so `await act(…)` around a click sees the new figures.
notifyManager.setScheduler(queueMicrotask);

export function withProviders(children: ReactNode, store: ViewStoreHook): ReactNode {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={queryClient}>
      <AppProvider useViewStore={store} mapCommands={{ current: null }}>
        {children}
      </AppProvider>
    </QueryClientProvider>
  );
}

export function plannerApp(
  search = "view=planner",
  area?: PlanArea,
): { store: ViewStoreHook; ui: ReactNode; layers: Layers } {
  const store = createViewStore(search);
  const { layers } = fixtureDataset();
  return {
    store,
    layers,
    ui: withProviders(<Planner engine={mainThreadEngine()} layers={layers} area={area} />, store),
  };
}

/** Opens the planner's drawer on the ranked hamlets (it starts closed) and returns the table. */
export async function openRanking(): Promise<HTMLElement> {
  const tab = await screen.findByTestId("planner-tab-hamlets", {}, { timeout: 5000 });
  if (!screen.queryByTestId("hamlet-ranking")) await act(async () => fireEvent.click(tab));
  return screen.getByTestId("hamlet-ranking");
}
