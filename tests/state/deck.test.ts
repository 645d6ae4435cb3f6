import { describe, expect, it } from "vitest";
import {
  addSlide,
  captureView,
  type Deck,
  type DeckState,
  deckState,
  deleteSlide,
  duplicateSlide,
  emptyDeck,
  goToSlide,
  moveSlide,
  renameSlide,
  type Slide,
  undoDelete,
} from "../../src/state/deck";
import { createViewStore } from "../../src/state/store";
import { initialView, restoreView } from "../../src/state/view";

const slide = (id: string, title = id): Slide => ({ id, title, notes: "", view: { camera: null } });

function deckOf(...ids: string[]): DeckState {
  const deck: Deck = { ...emptyDeck("Thử"), slides: ids.map((id) => slide(id)) };
  return Object.freeze(deckState(deck));
}

const ids = (state: DeckState) => state.deck.slides.map((candidate) => candidate.id);

describe("deck updaters", () => {
  it("adds after the current slide and makes the new one current", () => {
    const state = addSlide(goToSlide(deckOf("a", "b", "c"), 1), slide("n"));
    expect(ids(state)).toEqual(["a", "b", "n", "c"]);
    expect(state.current).toBe(2);
    expect(addSlide(deckOf(), slide("first")).current).toBe(0);
  });

  it("moves a slide and keeps the current slide current", () => {
    const state = goToSlide(deckOf("a", "b", "c", "d"), 1);
    const moved = moveSlide(state, 1, 3);
    expect(ids(moved)).toEqual(["a", "c", "d", "b"]);
    expect(moved.current).toBe(3);
    const other = moveSlide(state, 3, 0);
    expect(ids(other)).toEqual(["d", "a", "b", "c"]);
    expect(other.deck.slides[other.current]?.id).toBe("b");
    // out of range: the same state back
    expect(moveSlide(state, 9, 0)).toBe(state);
    expect(moveSlide(state, 0, -1)).toBe(state);
  });

  it("renames with the title trimmed and NFC kept; same title changes nothing", () => {
    const state = deckOf("a");
    const renamed = renameSlide(state, 0, "  Chiềng Pha  ");
    expect(renamed.deck.slides[0]?.title).toBe("Chiềng Pha");
    expect(renameSlide(renamed, 0, "Chiềng Pha")).toBe(renamed);
  });

  it("duplicates right after the original with a new id and its own copy of the view", () => {
    const state = deckOf("a", "b");
    const copy = duplicateSlide(state, 0, "a2");
    expect(ids(copy)).toEqual(["a", "a2", "b"]);
    expect(copy.current).toBe(1);
    expect(copy.deck.slides[1]?.view).toEqual(copy.deck.slides[0]?.view);
    expect(copy.deck.slides[1]?.view).not.toBe(copy.deck.slides[0]?.view);
  });

  it("deletes, then undo puts the slide back where it was", () => {
    const state = goToSlide(deckOf("a", "b", "c"), 2);
    const deleted = deleteSlide(state, 1);
    expect(ids(deleted)).toEqual(["a", "c"]);
    expect(deleted.deck.slides[deleted.current]?.id).toBe("c");
    const twice = deleteSlide(deleted, 1);
    expect(ids(twice)).toEqual(["a"]);
    expect(twice.current).toBe(0);
    const back = undoDelete(twice);
    expect(ids(back)).toEqual(["a", "c"]);
    expect(ids(undoDelete(back))).toEqual(["a", "b", "c"]);
    expect(undoDelete(undoDelete(back)).trash).toEqual([]);
    expect(undoDelete(state)).toBe(state);
  });

  it("clamps going to a slide out of range", () => {
    const state = deckOf("a", "b");
    expect(goToSlide(state, 7).current).toBe(1);
    expect(goToSlide(state, -3).current).toBe(0);
  });
});

describe("capturing and restoring the view", () => {
  it("captures every data field of the store, whatever fields it has, but no actions", () => {
    const store = createViewStore("?c=103.64,21.5&z=12&sel=units:03730");
    const view = captureView({ ...store.getState(), addedLater: { plan: "p-1" } });
    expect(view.camera).toEqual({ center: [103.64, 21.5], zoom: 12 });
    expect(view.selected).toEqual({ layer: "units", id: "03730" });
    expect(view.addedLater).toEqual({ plan: "p-1" });
    expect(Object.values(view).some((value) => typeof value === "function")).toBe(false);
    // the room's language and the projector theme are not part of a slide
    expect(view).not.toHaveProperty("language");
    expect(view).not.toHaveProperty("theme");
    // and every field the store has today is there (a field added to the store rides along)
    const dataFields = Object.entries(store.getState())
      .filter(([key, value]) => typeof value !== "function" && key !== "language" && key !== "theme")
      .map(([key]) => key);
    expect(Object.keys(captureView(store.getState())).sort()).toEqual(dataFields.sort());
  });

  it("restores through the store: panels and URL fields follow, actions survive a hostile file", () => {
    const store = createViewStore("");
    const saved = captureView({
      ...initialView,
      selected: { layer: "hamlets", id: "03730-01" },
      visible: { ...initialView.visible, incidents: false },
      mode: "coverage",
    });
    store.getState().restoreView({ ...saved, select: "not a function", camera: "nonsense", unknown: 1 });
    const state = store.getState();
    expect(state.selected).toEqual({ layer: "hamlets", id: "03730-01" });
    expect(state.visible.incidents).toBe(false);
    expect(state.mode).toBe("coverage");
    expect(typeof state.select).toBe("function");
    // nor can a saved object that somehow holds a function replace an action
    const select = state.select;
    store.getState().restoreView({ select: () => "hijacked" });
    expect(store.getState().select).toBe(select);
    expect(state.camera).toBeNull();
    expect(state).not.toHaveProperty("unknown");
  });

  it("returns the same view when nothing differs", () => {
    const view = { ...initialView };
    expect(restoreView(view, captureView(view))).toBe(view);
  });
});
