// The ready-made deck for the sample data: the district's story in six views. Each slide is the
// view store's initial view with a few fields changed, captured the same way "Add slide" does, so
// it carries every field the view has (the coverage mode included) and nothing hand-made.

import { textsFor } from "../../i18n";
import { captureView, DECK_FORMAT, DECK_VERSION, type Deck, type Slide } from "../../state/deck";
import { initialView, type Language, type ViewState } from "../../state/view";

const HEO_TRAI = { code: "03730-01", center: [103.6398, 21.4987] as [number, number] };
const CHIENG_PHA = { code: "03730", center: [103.645, 21.512] as [number, number] };

const SLIDE_IDS = [
  "sample-district",
  "sample-model-point",
  "sample-replication",
  "sample-coverage",
  "sample-incidents",
  "sample-next-sites",
] as const;

interface SampleSlide {
  /** Its title and notes are the catalogue's `deck.<id>.title` and `deck.<id>.notes`. */
  id: (typeof SLIDE_IDS)[number];
  view: Partial<ViewState>;
}

const noIncidents = { units: true, hamlets: true, sites: true, incidents: false };

const SLIDES: SampleSlide[] = [
  {
    id: "sample-district",
    view: { visible: noIncidents },
  },
  {
    id: "sample-model-point",
    view: {
      camera: { center: HEO_TRAI.center, zoom: 13 },
      selected: { layer: "hamlets", id: HEO_TRAI.code },
      visible: noIncidents,
    },
  },
  {
    id: "sample-replication",
    view: {
      camera: { center: CHIENG_PHA.center, zoom: 12.2 },
      selected: { layer: "units", id: CHIENG_PHA.code },
      visible: noIncidents,
    },
  },
  {
    id: "sample-coverage",
    view: { mode: "coverage", visible: noIncidents },
  },
  {
    id: "sample-incidents",
    view: {
      window: { from: "2019-01-01", to: "2022-12-31" } as ViewState["window"],
      visible: { units: true, hamlets: false, sites: true, incidents: true },
    },
  },
  {
    id: "sample-next-sites",
    view: { visible: noIncidents },
  },
];

export function sampleDeck(language: Language): Deck {
  const tx = textsFor(language);
  const slides: Slide[] = SLIDES.map((slide) => ({
    id: slide.id,
    title: tx.t(`deck.${slide.id}.title`),
    notes: tx.t(`deck.${slide.id}.notes`),
    view: captureView({ ...initialView, ...slide.view }),
  }));
  return { format: DECK_FORMAT, version: DECK_VERSION, title: tx.t("deck.title"), slides };
}
