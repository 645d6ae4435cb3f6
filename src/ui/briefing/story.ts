// A slide's words for the room: its title, its one large figure and what that figure counts, and
// a few key figures for the side column. A story slide works them out from the data shown, so
// the title and the figure beside it always speak of the same data (an import of nine hamlets
// changes "391 bản" and "86/391" together); a slide someone titled keeps its title.

import { firstModelPoint } from "../../domain/model-point";
import type { Layers } from "../../domain/types";
import { summariseUnits } from "../../domain/unit-summary";
import type { Texts } from "../../i18n";
import { areaScope } from "../../i18n/scope";
import { unitLabelEnglish, unitLabelVietnamese } from "../../map/geometry";
import { incidentsShown } from "../../map/incident-density";
import { monthIndex } from "../../map/layers-coverage";
import type { Slide } from "../../state/deck";
import type { ViewState } from "../../state/view";
import type { DeckPlan } from "./deck-plan";
import { headlineFigure } from "./headline";
import {
  areaName,
  incidentsByYear,
  modelCommune,
  unitHamlets,
  unitInSentence,
  unitTypeCounts,
} from "./story-data";
import "../../i18n/more-texts"; // the words looked up here, before it first draws

export interface StoryData {
  layers: Layers;
  /** The data's title, e.g. "Huyện Thuận Châu, tỉnh Sơn La". */
  title: string;
  dataDate: string | null;
  /** The next-sites slide's plan: undefined while it is worked out, null when there is none. */
  plan?: DeckPlan | null;
}

export interface SlideWords {
  title: string;
  /** The large figure ("86/391", "5.000", "+12.345") and what it counts, where. */
  headline: { figure: string; label: string };
  /** Short lines for the side column, beside the legend. */
  facts: string[];
  notes: string;
}

type SlideView = Pick<ViewState, "selected" | "window" | "radiusKm" | "categories">;

const MAX_YEARS_LISTED = 6;

function coveredHeadline(data: StoryData, view: SlideView, tx: Texts): SlideWords["headline"] {
  const figure = headlineFigure(data, view.selected);
  const where = figure.where ?? tx.t(`scope.${areaScope(data.title)}.whole`);
  return {
    figure: `${tx.number(figure.covered)}/${tx.number(figure.total)}`,
    label: `${tx.t("briefing.hamletsWithModel")} · ${where}`,
  };
}

const unitShortName = (unit: { properties: Parameters<typeof unitLabelVietnamese>[0] }, tx: Texts) =>
  tx.language === "vi" ? unitLabelVietnamese(unit.properties) : unitLabelEnglish(unit.properties);

function overview(data: StoryData, tx: Texts): Pick<SlideWords, "title" | "facts"> {
  const units = unitTypeCounts(data.layers.units)
    .map(([type, n]) => tx.t(`story.units.${type}`, { n }))
    .join(", ");
  const modelSites = data.layers.sites.features.filter((site) => site.properties.siteType === "model").length;
  const planned = data.layers.hamlets.features.filter(
    (hamlet) => hamlet.properties.modelStatus === "planned",
  ).length;
  return {
    title: tx.t("story.overview.title", {
      area: areaName(data.title),
      units,
      hamlets: tx.count(data.layers.hamlets.features.length, "hamlets"),
    }),
    facts: [tx.t("story.fact.modelSites", { n: modelSites }), tx.t("story.fact.planned", { n: planned })],
  };
}

function modelPoint(data: StoryData, tx: Texts): Pick<SlideWords, "title" | "facts"> {
  const point = firstModelPoint(data.layers.hamlets);
  const unit = modelCommune(data.layers);
  if (!point) return { title: tx.t("story.modelPoint.none"), facts: [] };
  const { properties } = point;
  return {
    title: tx.t("story.modelPoint.title", {
      hamlet: properties.name,
      unit: unit ? unitShortName(unit, tx) : "—",
    }),
    facts: [
      ...(properties.modelSince ? [tx.t("story.fact.since", { date: tx.date(properties.modelSince) })] : []),
      tx.t("story.fact.people", {
        people: tx.count(properties.population, "people"),
        households: tx.count(properties.households, "households"),
      }),
      tx.t("story.fact.groups", { n: properties.groups }),
    ],
  };
}

function replication(data: StoryData, tx: Texts): Pick<SlideWords, "title" | "facts"> {
  const unit = modelCommune(data.layers);
  if (!unit) return { title: tx.t("story.modelPoint.none"), facts: [] };
  const hamlets = unitHamlets(data.layers, unit.properties.code);
  const name =
    tx.language === "vi" ? unitInSentence(unit.properties.name) : unitLabelEnglish(unit.properties);
  return {
    title: tx.t("story.replication.title", { covered: hamlets.covered, total: hamlets.total, unit: name }),
    facts:
      hamlets.first && hamlets.last
        ? [tx.t("story.fact.span", { first: tx.date(hamlets.first), last: tx.date(hamlets.last) })]
        : [],
  };
}

function coverage(data: StoryData, view: SlideView, tx: Texts): Pick<SlideWords, "title" | "facts"> {
  const asOf = view.window.to ?? data.dataDate;
  const { units } = summariseUnits(data.layers.units.features, data.layers.hamlets.features);
  const full = units.filter((unit) => unit.hamlets > 0 && unit.coveredHamlets / unit.hamlets > 0.75).length;
  const empty = units.filter((unit) => unit.hamlets > 0 && unit.coveredHamlets === 0).length;
  return {
    title: asOf ? tx.t("story.coverage.title", { date: tx.date(asOf) }) : tx.t("story.coverage.titleUndated"),
    facts: [tx.t("story.fact.fullUnits", { n: full }), tx.t("story.fact.emptyUnits", { n: empty })],
  };
}

function incidents(data: StoryData, view: SlideView, tx: Texts): Omit<SlideWords, "notes"> {
  const years = incidentsByYear(data.layers.incidents);
  const first = years[0]?.[0];
  const last = years.at(-1)?.[0];
  const count = incidentsShown(
    data.layers.incidents,
    view.window.from ? monthIndex(view.window.from) : null,
    view.window.to ? monthIndex(view.window.to) : null,
    view.categories,
  );
  return {
    title:
      first === undefined || last === undefined
        ? tx.t("story.incidents.none")
        : tx.t("story.incidents.title", { years: first === last ? String(first) : `${first}–${last}` }),
    headline: {
      figure: tx.number(count),
      label: `${tx.t("story.headline.incidents")} · ${tx.t(`scope.${areaScope(data.title)}.whole`)}`,
    },
    facts: years
      .slice(-MAX_YEARS_LISTED)
      .map(([year, n]) =>
        tx.t("story.fact.year", { year: String(year), incidents: tx.count(n, "incidents") }),
      ),
  };
}

function nextSites(
  data: StoryData,
  tx: Texts,
): Omit<SlideWords, "notes"> | Pick<SlideWords, "title" | "facts"> {
  // Not worked out yet (it is, while presenting and when exporting): the slide's subject, unnumbered.
  if (data.plan === undefined) return { title: tx.t("story.nextSites.generic"), facts: [] };
  if (data.plan === null) return { title: tx.t("story.nextSites.none"), facts: [] };
  const { result, source } = data.plan;
  const unitNames = new Map(
    data.layers.units.features.map((unit) => [unit.properties.code, unitShortName(unit, tx)]),
  );
  return {
    title: tx.t("story.nextSites.title", { n: result.picks.length }),
    headline: {
      figure: tx.signed(result.after - result.before),
      label: tx.t(`story.headline.gain.${result.options.objective}`, { r: result.options.radiusKm }),
    },
    facts: [
      ...result.picks.map((pick) =>
        tx.t("story.fact.pick", {
          order: pick.order,
          hamlet: pick.name,
          unit: (pick.unitCode && unitNames.get(pick.unitCode)) || "—",
        }),
      ),
      source === "current"
        ? tx.t("story.fact.planCurrent")
        : tx.t("story.fact.planDefault", { k: result.options.k, r: result.options.radiusKm }),
    ],
  };
}

/** What the room reads on a slide, worked out from the data for a story slide. */
export function slideWords(slide: Slide, view: SlideView, data: StoryData, tx: Texts): SlideWords {
  const headline = coveredHeadline(data, view, tx);
  const told: Pick<SlideWords, "title" | "facts"> & { headline?: SlideWords["headline"] } = (() => {
    switch (slide.story) {
      case "overview":
        return overview(data, tx);
      case "model-point":
        return modelPoint(data, tx);
      case "replication":
        return replication(data, tx);
      case "coverage":
        return coverage(data, view, tx);
      case "incidents":
        return incidents(data, view, tx);
      case "next-sites":
        return nextSites(data, tx);
      default:
        return { title: data.title, facts: [] };
    }
  })();
  return {
    title: slide.title || told.title,
    headline: told.headline ?? headline,
    facts: told.facts,
    notes: slide.notes || (slide.story ? tx.t(`story.${storyKey(slide.story)}.notes`) : ""),
  };
}

const STORY_KEYS = {
  overview: "overview",
  "model-point": "modelPoint",
  replication: "replication",
  coverage: "coverage",
  incidents: "incidents",
  "next-sites": "nextSites",
} as const;

function storyKey(story: NonNullable<Slide["story"]>) {
  return STORY_KEYS[story];
}
