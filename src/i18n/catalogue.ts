// Every word the interface shows, in one lookup. Split by area for reading; keys carry their
// area ("planner.run"), and a test checks that no two areas define the same key.
//
// The first screen's areas are here from the start; the words of the views most visits never open
// (coverage, planner, briefing, deck, import), and of the panels that open on demand (a feature's
// details, the data's problems), join when such a view's code loads: each of those views imports
// ./more-texts, so its words are in before it first draws. The type covers them all.
import { APP_TEXTS } from "./texts/app";
import type { BRIEFING_TEXTS } from "./texts/briefing";
import type { COVERAGE_TEXTS } from "./texts/coverage";
import type { DECK_TEXTS } from "./texts/deck";
import type { DETAIL_TEXTS } from "./texts/details";
import { GLOSSARY_TEXTS } from "./texts/glossary";
import type { IMPORT_TEXTS } from "./texts/import";
import type { PLANNER_TEXTS } from "./texts/planner";
import { START_TEXTS } from "./texts/start";
import { WORD_TEXTS } from "./texts/words";

export const START_AREAS = {
  app: APP_TEXTS,
  words: WORD_TEXTS,
  glossary: GLOSSARY_TEXTS,
  start: START_TEXTS,
};

/** The areas ./more-texts adds. */
export type MoreTexts = typeof COVERAGE_TEXTS &
  typeof PLANNER_TEXTS &
  typeof BRIEFING_TEXTS &
  typeof DECK_TEXTS &
  typeof IMPORT_TEXTS &
  typeof DETAIL_TEXTS;

type Catalogue = typeof APP_TEXTS &
  typeof WORD_TEXTS &
  typeof GLOSSARY_TEXTS &
  typeof START_TEXTS &
  MoreTexts;

// Typed as complete: a key of an area not loaded yet is caught where it is looked up (translate.ts).
export const CATALOGUE = { ...APP_TEXTS, ...WORD_TEXTS, ...GLOSSARY_TEXTS, ...START_TEXTS } as Catalogue;

export function addTexts(texts: MoreTexts): void {
  Object.assign(CATALOGUE, texts);
}
