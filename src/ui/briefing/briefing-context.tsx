import { createContext, type ReactNode, useContext } from "react";
import type { Dataset } from "../../data/dataset";
import type { PlanMapData } from "../../map/map-state";
import type { BriefingStore, DeckStoreHook } from "../../state/deck-store";
import type { StoryData } from "./story";

export interface BriefingContextValue {
  useDeck: DeckStoreHook;
  dataset: Dataset | null;
  /** What story slides speak of (null without data); its plan only while presenting. */
  storyData: StoryData | null;
  /** The map's plan layer while a next-sites slide is shown; undefined leaves the map's own. */
  presentedPlan: PlanMapData | undefined;
  /** Goes to a slide and shows it: restores its view and flies the map there. */
  showSlide(index: number): void;
  /** Adds the current view as a slide after the current one. */
  addCurrentView(): void;
  enterPresentation(): void;
  exitPresentation(): void;
}

const BriefingContext = createContext<BriefingContextValue | null>(null);

export function BriefingProvider(props: { value: BriefingContextValue; children: ReactNode }) {
  return <BriefingContext.Provider value={props.value}>{props.children}</BriefingContext.Provider>;
}

export function useBriefing(): BriefingContextValue {
  const value = useContext(BriefingContext);
  if (!value) throw new Error("BriefingRoot is missing above this component");
  return value;
}

export function useDeck<T>(selector: (store: BriefingStore) => T): T {
  return useBriefing().useDeck(selector);
}

/** The plan a presented slide draws, for the map beside it; undefined outside such a slide. */
export function usePresentedPlan(): PlanMapData | undefined {
  return useContext(BriefingContext)?.presentedPlan;
}
