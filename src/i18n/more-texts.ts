// The words of the views that load on first use (coverage, planner, briefing, deck, import) and of
// the panels that open on demand (details): a view imports this module, so they join the
// catalogue before the view first draws.
import { addTexts } from "./catalogue";
import { BRIEFING_TEXTS } from "./texts/briefing";
import { COVERAGE_TEXTS } from "./texts/coverage";
import { DECK_TEXTS } from "./texts/deck";
import { DETAIL_TEXTS } from "./texts/details";
import { IMPORT_TEXTS } from "./texts/import";
import { PLANNER_TEXTS } from "./texts/planner";

export const MORE_AREAS = {
  coverage: COVERAGE_TEXTS,
  planner: PLANNER_TEXTS,
  briefing: BRIEFING_TEXTS,
  deck: DECK_TEXTS,
  import: IMPORT_TEXTS,
  details: DETAIL_TEXTS,
};

addTexts({
  ...COVERAGE_TEXTS,
  ...PLANNER_TEXTS,
  ...BRIEFING_TEXTS,
  ...DECK_TEXTS,
  ...IMPORT_TEXTS,
  ...DETAIL_TEXTS,
});
