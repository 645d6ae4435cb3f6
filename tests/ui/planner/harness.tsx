// Renders planner components with the app's providers, the coverage on the main thread and the
// hand-made fixture district (4 communes, 7 hamlets: 3 covered, 4 candidates).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, fireEvent, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { createCoverageSession } from "../../../src/domain/coverage";
import type { Layers } from "../../../src/domain/types";
import { createViewStore, type ViewStoreHook } from "../../../src/state/store";
import { AppProvider } from "../../../src/ui/app-context";
import type { CoverageEngine } from "../../../src/ui/coverage/use-coverage";
import { PlannerOverlay, PlannerSidebar, usePlannerView } from "../../../src/ui/planner/PlannerView";
import type { PlanArea } from "../../../src/ui/planner/PrintSummary";
import { createPlannerClient } from "../../../src/workers/planner-client";
import { fixtureDataset } from "../../domain/coverage/fixture";

export function mainThreadEngine(): CoverageEngine {
  const session = createCoverageSession();
  return {
    load: async (layers) => session.load(layers),
    compute: async (options) => session.compute(options),
  };
}

/** The planner view as the app puts it together: sidebar and overlay around one hook. */
export function Planner({
  engine,
  layers,
  area,
}: {
  engine: CoverageEngine;
  layers: Layers;
  area?: PlanArea;
}) {
  const view = usePlannerView(engine, layers, createPlannerClient({ createWorker: null }));
  return (
    <>
      <PlannerSidebar view={view} />
      <PlannerOverlay view={view} area={area} />
    </>
  );
}

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
