import { describe, expect, it } from "vitest";
import { DECK_FORMAT, DECK_VERSION, type Deck, emptyDeck } from "../../src/state/deck";
import { loadStoredDeck, storeDeck } from "../../src/state/deck-storage";
import { briefingFromUrl, briefingToUrl } from "../../src/state/deck-url";
import { parseDeck, serialiseDeck } from "../../src/state/deck-validate";
import { sampleDeck } from "../../src/ui/briefing/sample-deck";

const errorsOf = (text: string) => {
  const result = parseDeck(text);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors;
};

describe("deck files", () => {
  it("round-trips the sample deck through export and import", () => {
    const deck = sampleDeck("vi");
    const result = parseDeck(serialiseDeck(deck));
    expect(result).toEqual({ ok: true, deck });
  });

  it("refuses what is not JSON, not a deck, or from a newer version, in both languages", () => {
    const [notJson] = errorsOf("{ slides: [");
    expect(notJson?.vi).toMatch(/không phải JSON hợp lệ/);
    expect(notJson?.en).toMatch(/not valid JSON/);
    expect(errorsOf('{"slides": []}')[0]?.en).toMatch(/not a Bình Yên briefing deck/);
    const newer = JSON.stringify({ format: DECK_FORMAT, version: DECK_VERSION + 1, slides: [] });
    expect(errorsOf(newer)[0]?.vi).toMatch(/phiên bản mới hơn/);
  });

  it("names every bad slide by its number", () => {
    const text = JSON.stringify({
      format: DECK_FORMAT,
      version: DECK_VERSION,
      title: "x",
      slides: [
        { title: "tốt", view: { camera: null } },
        { title: 3, view: {} },
        { title: "camera", view: { camera: { center: [500, 21], zoom: 9 } } },
        "text",
      ],
    });
    const errors = errorsOf(text);
    expect(errors.map((error) => error.en)).toEqual([
      "Slide 2: the title must be text of at most 300 characters.",
      "Slide 3: the map position (camera) needs center [longitude, latitude] and a zoom from 0 to 22.",
      "Slide 4: is not a JSON object.",
    ]);
    expect(errors[0]?.vi).toMatch(/^Trang 2: tiêu đề/);
  });

  it("gives duplicate ids new ones and normalises titles to NFC", () => {
    const decomposed = "Chie\u0300\u0302ng Pha".normalize("NFD");
    const text = JSON.stringify({
      format: DECK_FORMAT,
      version: DECK_VERSION,
      slides: [
        { id: "s", title: decomposed, view: {} },
        { id: "s", title: "b", view: {} },
      ],
    });
    const result = parseDeck(text);
    if (!result.ok) throw new Error("refused");
    expect(result.deck.slides.map((slide) => slide.id)).toEqual(["s", "s-2"]);
    expect(result.deck.slides[0]?.title).toBe(decomposed.normalize("NFC"));
  });
});

describe("deck storage", () => {
  const memory = () => {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
  };

  it("keeps a deck and reads it back", () => {
    const storage = memory();
    const deck: Deck = { ...emptyDeck("Giao ban"), slides: sampleDeck("en").slides };
    expect(storeDeck(storage, deck)).toBeNull();
    expect(loadStoredDeck(storage)).toEqual({ deck, problem: null });
  });

  it("reports a full, a missing or a broken storage instead of throwing", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
    };
    expect(storeDeck(full, emptyDeck())).toBe("full");
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(storeDeck(blocked, emptyDeck())).toBe("unavailable");
    expect(loadStoredDeck(blocked)).toEqual({ deck: null, problem: "unavailable" });
    expect(loadStoredDeck(undefined).problem).toBe("unavailable");
    const broken = { getItem: () => "{", setItem: () => {} };
    expect(loadStoredDeck(broken)).toEqual({ deck: null, problem: "unreadable" });
  });
});

describe("the slide in the URL", () => {
  it("reads present=1 and a 1-based slide number, ignoring nonsense", () => {
    expect(briefingFromUrl("?present=1&slide=3")).toEqual({ presenting: true, slideIndex: 2 });
    expect(briefingFromUrl("?slide=0")).toEqual({ presenting: false, slideIndex: null });
    expect(briefingFromUrl("?slide=2.5&present=yes")).toEqual({ presenting: false, slideIndex: null });
    expect(briefingFromUrl("?slide=-1").slideIndex).toBeNull();
  });

  it("writes them and leaves the view's parameters alone", () => {
    const search = "?lang=vi&c=103.64000,21.50000&z=12.00";
    const presenting = briefingToUrl(search, { presenting: true, slideIndex: 4 });
    expect(presenting).toBe("?lang=vi&c=103.64000,21.50000&z=12.00&present=1&slide=5");
    expect(briefingToUrl(presenting, { presenting: false, slideIndex: null })).toBe(search);
    expect(briefingFromUrl(presenting)).toEqual({ presenting: true, slideIndex: 4 });
  });
});
