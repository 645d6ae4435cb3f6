// Decks kept in a browser before slides had stories hold the sample story with its words frozen
// ("… 391 bản" after the data had 400). A slide of that deck whose title is still the one it was
// given becomes the story slide it was; a slide someone renamed is left as they made it.
import type { Deck, Slide, SlideStory } from "../../state/deck";
import { STORY_FIELDS_NOT_SAVED } from "./sample-deck";

const LEGACY_SLIDES: Record<string, { story: SlideStory; titles: string[] }> = {
  "sample-district": {
    story: "overview",
    titles: ["Huyện Thuận Châu: 29 xã, thị trấn, 391 bản", "Thuận Châu district: 29 communes, 391 hamlets"],
  },
  "sample-model-point": {
    story: "model-point",
    titles: ["Mô hình điểm: Bản Heo Trại (Chiềng Pha)", "The model point: Bản Heo Trại (Chiềng Pha)"],
  },
  "sample-replication": {
    story: "replication",
    titles: ["Nhân rộng ra 12/12 bản xã Chiềng Pha", "Replicated to 12 of 12 hamlets in Chiềng Pha"],
  },
  "sample-coverage": {
    story: "coverage",
    titles: ["Độ phủ mô hình toàn huyện hôm nay", "Model coverage across the district today"],
  },
  "sample-incidents": {
    story: "incidents",
    titles: ["Vụ việc an ninh trật tự 2019–2022", "Security incidents 2019–2022"],
  },
  "sample-next-sites": {
    story: "next-sites",
    titles: ["Đề xuất bản nhân rộng tiếp theo", "Proposed next hamlets to replicate in"],
  },
};

function upgradeSlide(slide: Slide): Slide {
  const legacy = LEGACY_SLIDES[slide.id];
  if (!legacy || slide.story || !legacy.titles.includes(slide.title)) return slide;
  const view = { ...slide.view };
  for (const field of STORY_FIELDS_NOT_SAVED) delete view[field];
  if (legacy.story === "next-sites") view.mode = "planner";
  if (legacy.story === "incidents") view.window = { from: null, to: null };
  return { ...slide, title: "", notes: "", view, story: legacy.story };
}

/** The same deck object when nothing needed upgrading. */
export function upgradeLegacyDeck(deck: Deck): Deck {
  const slides = deck.slides.map(upgradeSlide);
  return slides.every((slide, index) => slide === deck.slides[index]) ? deck : { ...deck, slides };
}
