// Every word the interface shows, in one lookup. Split by area for reading; keys carry their
// area ("planner.run"), and a test checks that no two areas define the same key.
import { APP_TEXTS } from "./texts/app";
import { BRIEFING_TEXTS } from "./texts/briefing";
import { COVERAGE_TEXTS } from "./texts/coverage";
import { DECK_TEXTS } from "./texts/deck";
import { GLOSSARY_TEXTS } from "./texts/glossary";
import { IMPORT_TEXTS } from "./texts/import";
import { PLANNER_TEXTS } from "./texts/planner";
import { WORD_TEXTS } from "./texts/words";

export const CATALOGUE_AREAS = {
  app: APP_TEXTS,
  words: WORD_TEXTS,
  coverage: COVERAGE_TEXTS,
  planner: PLANNER_TEXTS,
  briefing: BRIEFING_TEXTS,
  deck: DECK_TEXTS,
  import: IMPORT_TEXTS,
  glossary: GLOSSARY_TEXTS,
};

export const CATALOGUE = {
  ...APP_TEXTS,
  ...WORD_TEXTS,
  ...COVERAGE_TEXTS,
  ...PLANNER_TEXTS,
  ...BRIEFING_TEXTS,
  ...DECK_TEXTS,
  ...IMPORT_TEXTS,
  ...GLOSSARY_TEXTS,
};
