import { createContext, type ReactNode, useContext } from "react";
import type { Dataset } from "../../data/dataset";
import type { BriefingStore, DeckStoreHook } from "../../state/deck-store";

export interface BriefingContextValue {
  useDeck: DeckStoreHook;
  dataset: Dataset | null;
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
