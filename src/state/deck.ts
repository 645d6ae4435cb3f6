// A briefing deck: slides, each a saved view with a title and notes. Pure updaters only (the
// deck store calls them, tests call them directly). A slide saves every data field of the view
// store, whatever fields exist by then, so views added later (coverage, plans) ride along.

export const DECK_FORMAT = "binhyen-deck";
export const DECK_VERSION = 1;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The view store's data fields at the moment a slide was saved. */
export type SavedView = Record<string, JsonValue>;

/**
 * The parts of the story the ready-made deck tells. A slide with a story has its title, headline,
 * side notes and subject (the hamlet or commune it is about) worked out from the data shown,
 * in the reader's language; a title or notes someone typed win over the worked-out ones.
 */
export const SLIDE_STORIES = [
  "overview",
  "model-point",
  "replication",
  "coverage",
  "incidents",
  "next-sites",
] as const;
export type SlideStory = (typeof SLIDE_STORIES)[number];

export interface Slide {
  id: string;
  /** "" for a story slide: its title is then worked out from the data. */
  title: string;
  /** For the presenter; not shown to the room. "" for a story slide's worked-out notes. */
  notes: string;
  view: SavedView;
  story?: SlideStory;
}

export interface Deck {
  format: typeof DECK_FORMAT;
  version: typeof DECK_VERSION;
  title: string;
  slides: Slide[];
}

export interface DeletedSlide {
  slide: Slide;
  index: number;
}

export interface DeckState {
  deck: Deck;
  /** Index of the slide shown or last gone to; 0 for an empty deck. */
  current: number;
  /** Deleted slides, the latest last, for undo. */
  trash: DeletedSlide[];
}

/**
 * View fields a slide does not keep: the language and the palette belong to the room and the
 * presenter, not to one slide (a deck prepared in Vietnamese can be shown in English).
 */
export const VIEW_FIELDS_NOT_SAVED: readonly string[] = ["language", "theme"];

const UNDO_DEPTH = 20;

export function emptyDeck(title = ""): Deck {
  return { format: DECK_FORMAT, version: DECK_VERSION, title, slides: [] };
}

export function deckState(deck: Deck, current = 0): DeckState {
  return { deck, current: clampIndex(current, deck.slides.length), trash: [] };
}

function clampIndex(index: number, count: number): number {
  if (count === 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

function toJson(value: unknown): JsonValue | undefined {
  if (value === undefined || typeof value === "function") return undefined;
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
}

/** Every serialisable data field of a store's state: functions and the unsaved fields left out. */
export function captureView(store: object): SavedView {
  const view: SavedView = {};
  for (const [key, value] of Object.entries(store)) {
    if (VIEW_FIELDS_NOT_SAVED.includes(key)) continue;
    const json = toJson(value);
    if (json !== undefined) view[key] = json;
  }
  return view;
}

function withSlides(state: DeckState, slides: Slide[], current: number, trash = state.trash): DeckState {
  return { deck: { ...state.deck, slides }, current: clampIndex(current, slides.length), trash };
}

/** Inserts after the current slide (or at `at`) and makes the new slide current. */
export function addSlide(state: DeckState, slide: Slide, at?: number): DeckState {
  const slides = state.deck.slides;
  const index = Math.min(Math.max(at ?? (slides.length === 0 ? 0 : state.current + 1), 0), slides.length);
  return withSlides(state, [...slides.slice(0, index), slide, ...slides.slice(index)], index);
}

/** Moves a slide to another position; the current slide stays current wherever it lands. */
export function moveSlide(state: DeckState, from: number, to: number): DeckState {
  const slides = [...state.deck.slides];
  if (from < 0 || from >= slides.length) return state;
  const target = clampIndex(to, slides.length);
  if (target === from) return state;
  const [moved] = slides.splice(from, 1);
  if (!moved) return state;
  slides.splice(target, 0, moved);
  const currentId = state.deck.slides[state.current]?.id;
  const current = slides.findIndex((slide) => slide.id === currentId);
  return withSlides(state, slides, current);
}

function updateSlide(state: DeckState, index: number, change: Partial<Omit<Slide, "id">>): DeckState {
  const slide = state.deck.slides[index];
  if (!slide) return state;
  const slides = state.deck.slides.map((candidate, position) =>
    position === index ? { ...candidate, ...change } : candidate,
  );
  return withSlides(state, slides, state.current);
}

export function renameSlide(state: DeckState, index: number, title: string): DeckState {
  const trimmed = title.trim();
  if (state.deck.slides[index]?.title === trimmed) return state;
  return updateSlide(state, index, { title: trimmed });
}

export function setSlideNotes(state: DeckState, index: number, notes: string): DeckState {
  if (state.deck.slides[index]?.notes === notes) return state;
  return updateSlide(state, index, { notes });
}

/** Replaces a slide's saved view (e.g. "update this slide from the current view"). */
export function setSlideView(state: DeckState, index: number, view: SavedView): DeckState {
  return updateSlide(state, index, { view });
}

/** A copy right after the original, with a new id, made current. */
export function duplicateSlide(state: DeckState, index: number, newId: string): DeckState {
  const slide = state.deck.slides[index];
  if (!slide) return state;
  const copy: Slide = { ...slide, id: newId, view: structuredClone(slide.view) };
  return addSlide({ ...state, current: index }, copy, index + 1);
}

export function deleteSlide(state: DeckState, index: number): DeckState {
  const slide = state.deck.slides[index];
  if (!slide) return state;
  const slides = state.deck.slides.filter((_, position) => position !== index);
  const current =
    state.current > index || state.current === slides.length ? state.current - 1 : state.current;
  const trash = [...state.trash, { slide, index }].slice(-UNDO_DEPTH);
  return withSlides(state, slides, current, trash);
}

/** Puts the last deleted slide back where it was and makes it current. */
export function undoDelete(state: DeckState): DeckState {
  const last = state.trash.at(-1);
  if (!last) return state;
  return addSlide({ ...state, trash: state.trash.slice(0, -1) }, last.slide, last.index);
}

export function goToSlide(state: DeckState, index: number): DeckState {
  const current = clampIndex(index, state.deck.slides.length);
  return current === state.current ? state : { ...state, current };
}

export function renameDeck(state: DeckState, title: string): DeckState {
  return { ...state, deck: { ...state.deck, title: title.trim() } };
}

/** An imported or loaded deck replaces the current one; undo history does not carry over. */
export function replaceDeck(deck: Deck, current = 0): DeckState {
  return deckState(deck, current);
}
