// Keeping the deck in the browser (localStorage: a deck is a few kilobytes). A full or disabled
// storage is reported, never thrown: the deck still works for this page and can be exported.
import type { Deck } from "./deck";
import { parseDeck } from "./deck-validate";

export const DECK_STORAGE_KEY = "binhyen.deck";

export type StorageProblem = "unavailable" | "full" | "unreadable";

type DeckStorage = Pick<Storage, "getItem" | "setItem">;

export function loadStoredDeck(storage: DeckStorage | undefined): {
  deck: Deck | null;
  problem: StorageProblem | null;
} {
  if (!storage) return { deck: null, problem: "unavailable" };
  let text: string | null;
  try {
    text = storage.getItem(DECK_STORAGE_KEY);
  } catch {
    return { deck: null, problem: "unavailable" };
  }
  if (text === null) return { deck: null, problem: null };
  const parsed = parseDeck(text);
  return parsed.ok ? { deck: parsed.deck, problem: null } : { deck: null, problem: "unreadable" };
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== "undefined" && error instanceof DOMException))
    return false;
  const { name, code } = error as { name: string; code?: number };
  // Browsers disagree on the name; Firefox's old code is 1014, the standard one 22.
  return (
    name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014
  );
}

export function storeDeck(storage: DeckStorage | undefined, deck: Deck): StorageProblem | null {
  if (!storage) return "unavailable";
  try {
    storage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
    return null;
  } catch (error) {
    return isQuotaError(error) ? "full" : "unavailable";
  }
}
