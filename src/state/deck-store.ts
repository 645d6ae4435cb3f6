// The briefing's store: the deck, which slide is shown, presentation mode, and whether the deck
// could be kept in the browser. Actions call the pure updaters of deck.ts; every deck change is
// written to storage, and a failure is kept in `storageProblem` for the UI to say.
import { create } from "zustand";
import {
  addSlide,
  type Deck,
  type DeckState,
  deckState,
  deleteSlide,
  duplicateSlide,
  goToSlide,
  moveSlide,
  renameDeck,
  renameSlide,
  replaceDeck,
  type SavedView,
  setSlideNotes,
  setSlideView,
  undoDelete,
} from "./deck";
import { loadStoredDeck, type StorageProblem, storeDeck } from "./deck-storage";

export interface BriefingState extends DeckState {
  presenting: boolean;
  /** The screen is blacked out (B), e.g. while the room discusses. */
  blanked: boolean;
  storageProblem: StorageProblem | null;
}

export interface BriefingActions {
  addSlide(view: SavedView, title: string): void;
  moveSlide(from: number, to: number): void;
  renameSlide(index: number, title: string): void;
  setSlideNotes(index: number, notes: string): void;
  setSlideView(index: number, view: SavedView): void;
  duplicateSlide(index: number): void;
  deleteSlide(index: number): void;
  undoDelete(): void;
  goToSlide(index: number): void;
  renameDeck(title: string): void;
  replaceDeck(deck: Deck): void;
  setPresenting(presenting: boolean): void;
  setBlanked(blanked: boolean): void;
}

export type BriefingStore = BriefingState & BriefingActions;

export interface DeckStoreOptions {
  storage: Pick<Storage, "getItem" | "setItem"> | undefined;
  /** The deck to start with when the browser holds none (the sample deck on the sample data). */
  fallbackDeck: () => Deck;
  /** Brings a deck kept by an older version up to date (same object when nothing changes). */
  upgrade?: (deck: Deck) => Deck;
  presenting?: boolean;
  slideIndex?: number | null;
  newId?: () => string;
}

let counter = 0;
function defaultId(): string {
  counter += 1;
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `slide-${Date.now()}-${counter}`;
}

export function createDeckStore(options: DeckStoreOptions) {
  const newId = options.newId ?? defaultId;
  const stored = loadStoredDeck(options.storage);
  const upgrade = options.upgrade ?? ((deck: Deck) => deck);
  const start = deckState(
    stored.deck ? upgrade(stored.deck) : options.fallbackDeck(),
    options.slideIndex ?? 0,
  );
  const store = create<BriefingStore>()((set) => {
    const apply = (updater: (state: DeckState) => DeckState) =>
      set((state) => {
        const next = updater(state);
        return next === state ? state : { deck: next.deck, current: next.current, trash: next.trash };
      });
    return {
      ...start,
      presenting: options.presenting ?? false,
      blanked: false,
      storageProblem: stored.problem,
      addSlide: (view, title) => apply((state) => addSlide(state, { id: newId(), title, notes: "", view })),
      moveSlide: (from, to) => apply((state) => moveSlide(state, from, to)),
      renameSlide: (index, title) => apply((state) => renameSlide(state, index, title)),
      setSlideNotes: (index, notes) => apply((state) => setSlideNotes(state, index, notes)),
      setSlideView: (index, view) => apply((state) => setSlideView(state, index, view)),
      duplicateSlide: (index) => apply((state) => duplicateSlide(state, index, newId())),
      deleteSlide: (index) => apply((state) => deleteSlide(state, index)),
      undoDelete: () => apply((state) => undoDelete(state)),
      goToSlide: (index) => apply((state) => goToSlide(state, index)),
      renameDeck: (title) => apply((state) => renameDeck(state, title)),
      replaceDeck: (deck) => apply(() => replaceDeck(deck)),
      setPresenting: (presenting) => set({ presenting, blanked: false }),
      setBlanked: (blanked) => set({ blanked }),
    };
  });
  store.subscribe((state, previous) => {
    if (state.deck === previous.deck) return;
    const problem = storeDeck(options.storage, state.deck);
    if (problem !== state.storageProblem) store.setState({ storageProblem: problem });
  });
  return store;
}

export type DeckStoreHook = ReturnType<typeof createDeckStore>;
