// The ready-made deck: the story of the data in six views. Each slide is the view store's initial
// view with a few fields changed, captured the way "Add slide" does, so it carries every field
// the view has. Nothing in it names a place or a figure: each slide has a story, and its title,
// headline and subject (the model point, its commune, the plan) are found in the data shown
// (story.ts, story-data.ts), so the deck tells an imported district's story as well as the sample's.
import { textsFor } from "../../i18n";
import {
  captureView,
  DECK_FORMAT,
  DECK_VERSION,
  type Deck,
  type Slide,
  type SlideStory,
} from "../../state/deck";
import { initialView, type Language, type ViewState } from "../../state/view";

interface StorySlide {
  story: SlideStory;
  view: Partial<ViewState>;
}

const noIncidents = { units: true, hamlets: true, sites: true, incidents: false };

const SLIDES: StorySlide[] = [
  { story: "overview", view: { visible: noIncidents } },
  { story: "model-point", view: { visible: noIncidents } },
  { story: "replication", view: { visible: noIncidents } },
  { story: "coverage", view: { mode: "coverage", visible: noIncidents } },
  { story: "incidents", view: { visible: { units: true, hamlets: false, sites: true, incidents: true } } },
  { story: "next-sites", view: { mode: "planner", visible: { ...noIncidents, sites: true } } },
];

/**
 * Fields a story slide leaves to its story or to the app: the camera and the selection come from
 * the data when shown (storySubject), and the planner's state is the planner's (the next-sites
 * slide shows the plan as it stands, and showing it must not wipe it).
 */
export const STORY_FIELDS_NOT_SAVED = ["camera", "selected", "planner"] as const;

function storyView(view: Partial<ViewState>): Slide["view"] {
  const saved = captureView({ ...initialView, ...view });
  for (const field of STORY_FIELDS_NOT_SAVED) delete saved[field];
  return saved;
}

export function sampleDeck(language: Language): Deck {
  const slides: Slide[] = SLIDES.map((slide) => ({
    id: `story-${slide.story}`,
    title: "",
    notes: "",
    view: storyView(slide.view),
    story: slide.story,
  }));
  return { format: DECK_FORMAT, version: DECK_VERSION, title: textsFor(language).t("deck.title"), slides };
}
