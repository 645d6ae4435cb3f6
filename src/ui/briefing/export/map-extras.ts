// What an off-screen picture adds to the plain map, so it draws what the screen draws: the
// coverage view's commune colours, hamlet statuses and reach circles; the planner's picks and
// their reach (and its candidates' rings on a planner view someone saved as a slide). Computed
// with the app's coverage engine and the same pure functions the views use.
import type { Coverage } from "../../../domain/coverage";
import { rankCandidates } from "../../../domain/planner/rank";
import type { Layers } from "../../../domain/types";
import type { CoverageMapData, PlanMapData } from "../../../map/map-state";
import type { Slide } from "../../../state/deck";
import type { ViewState } from "../../../state/view";
import { coverageMapData } from "../../coverage/map-data";
import type { CoverageEngine } from "../../coverage/use-coverage";
import { planMapData } from "../../planner/map-data";
import { type DeckPlan, deckPlan, picksOnly } from "../deck-plan";

export interface MapExtras {
  coverage: CoverageMapData | null;
  plan: PlanMapData | null;
  /** The plan a next-sites slide speaks of (its words need it too); undefined on other slides. */
  deckPlan?: DeckPlan | null;
}

type ExtrasView = Pick<ViewState, "mode" | "window" | "radiusKm" | "planner">;

/** One engine loaded with one dataset, computing each window once per export. */
export function extrasSource(engine: CoverageEngine, layers: Layers) {
  let loaded: Promise<unknown> | null = null;
  const computed = new Map<string, Promise<Coverage>>();
  return async (from: string | null, to: string | null, radiusKm: number): Promise<Coverage> => {
    loaded ??= engine.load(layers);
    await loaded;
    const key = `${from}|${to}|${radiusKm}`;
    let coverage = computed.get(key);
    if (!coverage) {
      coverage = engine.compute({ from: from as never, to: to as never, radiusKm });
      computed.set(key, coverage);
    }
    return coverage;
  };
}

export type CoverageSource = ReturnType<typeof extrasSource>;

export async function mapExtras(
  slide: Pick<Slide, "story"> | null,
  view: ExtrasView,
  layers: Layers,
  coverageOf: CoverageSource,
): Promise<MapExtras> {
  if (view.mode === "coverage") {
    const coverage = await coverageOf(view.window.from, view.window.to, view.radiusKm);
    return { coverage: coverageMapData(coverage, layers.sites.features), plan: null };
  }
  if (view.mode !== "planner") return { coverage: null, plan: null };
  // The plan is for the data as it stands, as the planner and the next-sites slide make it.
  const coverage = await coverageOf(null, null, view.radiusKm);
  const plan = deckPlan(coverage, view.planner, view.radiusKm);
  const picks = plan?.result.picks ?? [];
  if (slide?.story === "next-sites")
    return { coverage: null, plan: plan ? picksOnly(plan, view.radiusKm, layers) : null, deckPlan: plan };
  // A planner view saved as a slide: its candidates ringed by priority, as on screen.
  const ranked = rankCandidates(coverage.hamlets, view.planner.weights, {
    sizeBy: view.planner.sizeBy,
    distanceDirection: view.planner.distanceDirection,
  });
  const current = plan?.source === "current" ? picks : [];
  return { coverage: null, plan: planMapData(ranked, current, view.radiusKm) };
}
