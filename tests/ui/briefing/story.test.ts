// The ready-made deck speaks of the data shown: every title and headline follows an import, and
// the incident and plan slides speak of incidents and of the plan.
import { describe, expect, it } from "vitest";
import { buildCoverageIndex, computeCoverage } from "../../../src/domain/coverage";
import type { HamletFeature, Layers } from "../../../src/domain/types";
import { textsFor } from "../../../src/i18n";
import type { Deck } from "../../../src/state/deck";
import { initialPlanner } from "../../../src/state/planner";
import { initialView } from "../../../src/state/view";
import { deckPlan } from "../../../src/ui/briefing/deck-plan";
import { upgradeLegacyDeck } from "../../../src/ui/briefing/legacy-deck";
import { sampleDeck } from "../../../src/ui/briefing/sample-deck";
import { resolveSlide } from "../../../src/ui/briefing/slide-view";
import { type StoryData, slideWords } from "../../../src/ui/briefing/story";
import { sampleLayers } from "../../map/sample-layers";

const vi = textsFor("vi");
const en = textsFor("en");
const deck = sampleDeck("vi");
const slide = (story: string) => {
  const found = deck.slides.find((candidate) => candidate.story === story);
  if (!found) throw new Error(story);
  return found;
};

function dataOf(layers: Layers, plan?: StoryData["plan"]): StoryData {
  return { layers, title: "Huyện Thuận Châu, tỉnh Sơn La", dataDate: "2022-12-31", plan };
}

function words(story: string, data: StoryData, tx = vi) {
  const chosen = slide(story);
  return slideWords(chosen, resolveSlide(chosen, initialView, data.layers).view, data, tx);
}

/** Nine more hamlets in Chiềng Pha, none of them covered: what an import of a hamlet list adds. */
function withNineMore(layers: Layers): Layers {
  const [template] = layers.hamlets.features;
  if (!template) throw new Error("fixture");
  const added: HamletFeature[] = Array.from({ length: 9 }, (_, index) => ({
    ...template,
    geometry: { type: "Point", coordinates: [103.62 + index * 0.005, 21.52] },
    properties: {
      ...template.properties,
      code: `NEW-${index}` as never,
      name: `Bản Mới ${index}`,
      modelStatus: "none",
    },
  }));
  return { ...layers, hamlets: { ...layers.hamlets, features: [...layers.hamlets.features, ...added] } };
}

describe("a story slide's words", () => {
  it("has no title of its own: the sample deck names no place and no figure", () => {
    expect(deck.slides.every((each) => each.title === "" && each.story)).toBe(true);
    expect(JSON.stringify(deck)).not.toMatch(/391|Heo Trại|Chiềng Pha|2019/);
  });

  it("titles the overview and its headline from the same data, before and after an import", () => {
    const layers = sampleLayers();
    const before = words("overview", dataOf(layers));
    expect(before.title).toBe("Huyện Thuận Châu: 1 xã, 1 thị trấn, 4 bản");
    expect(before.headline.figure).toBe("2/4");
    const after = words("overview", dataOf(withNineMore(layers)));
    expect(after.title).toBe("Huyện Thuận Châu: 1 xã, 1 thị trấn, 13 bản");
    expect(after.headline.figure).toBe("2/13");
    expect(words("overview", dataOf(layers), en).title).toBe(
      "Huyện Thuận Châu: 1 commune, 1 town, 4 hamlets",
    );
  });

  it("finds the model point and its commune in the data", () => {
    const data = dataOf(sampleLayers());
    expect(words("model-point", data).title).toBe("Mô hình điểm: Bản Heo Trại (Chiềng Pha)");
    expect(words("model-point", data).headline.figure).toBe("2/4");
    expect(words("replication", data).title).toBe("Nhân rộng ra 2/4 bản xã Chiềng Pha");
    expect(words("replication", data, en).title).toBe("Replicated to 2 of 4 hamlets in Chiềng Pha");
    const noModel = sampleLayers();
    for (const hamlet of noModel.hamlets.features) hamlet.properties.modelStatus = "none";
    expect(words("model-point", dataOf(noModel)).title).toBe("Chưa có bản mô hình điểm trong dữ liệu");
  });

  it("speaks of incidents on the incident slide: the years of the data and how many", () => {
    const result = words("incidents", dataOf(sampleLayers()));
    expect(result.title).toBe("Vụ việc an ninh trật tự 2023");
    expect(result.headline).toEqual({ figure: "3", label: "vụ việc ANTT · Toàn huyện" });
    expect(result.facts).toEqual(["Năm 2023: 3 vụ"]);
  });

  it("shows the plan's picks on the next-sites slide, from the planner's plan or its settings", () => {
    const layers = sampleLayers();
    const coverage = computeCoverage(buildCoverageIndex(layers), { from: null, to: null, radiusKm: 1 });
    const suggested = deckPlan(coverage, { ...initialPlanner, k: 1 }, 1);
    expect(suggested?.source).toBe("default");
    expect(suggested?.result.picks).toHaveLength(1);
    const result = words("next-sites", dataOf(layers, suggested));
    expect(result.title).toBe("Đề xuất 1 bản nhân rộng tiếp theo");
    expect(result.facts[0]).toMatch(/^1\. Bản .+, Chiềng Pha$/);
    expect(result.facts.at(-1)).toBe("Gợi ý tự động (1 bản, 1 km); chỉnh ở mục Nhân rộng");
    expect(result.headline.label).toBe("người mới trong 1 km quanh mô hình");
    // the planner's own plan wins over a suggestion
    const current = deckPlan(coverage, { ...initialPlanner, picks: ["03730-04"] }, 1);
    expect(current?.source).toBe("current");
    expect(current?.result.picks.map((pick) => pick.code)).toEqual(["03730-04"]);
    expect(words("next-sites", dataOf(layers, current)).facts.at(-1)).toBe(
      "Kế hoạch đang mở ở mục Nhân rộng",
    );
    // every hamlet covered: said plainly
    expect(words("next-sites", dataOf(layers, null)).title).toMatch(/^Không còn bản nào để đề xuất/);
  });

  it("keeps a typed title and typed notes", () => {
    const data = dataOf(sampleLayers());
    const typed = { ...slide("overview"), title: "Tổng quan", notes: "Nói ngắn" };
    const result = slideWords(typed, initialView, data, vi);
    expect(result.title).toBe("Tổng quan");
    expect(result.notes).toBe("Nói ngắn");
    expect(result.headline.figure).toBe("2/4");
  });
});

describe("a story slide's subject", () => {
  it("selects the model point and frames it, leaving the camera and the plan to the data and the planner", () => {
    const layers = sampleLayers();
    const resolved = resolveSlide(slide("model-point"), initialView, layers);
    expect(resolved.view.selected).toEqual({ layer: "hamlets", id: "03730-01" });
    expect(resolved.camera).toBeNull();
    const [west, south, east, north] = resolved.focus ?? [];
    expect(west).toBeLessThan(103.61);
    expect(east).toBeGreaterThan(103.61);
    expect(south).toBeLessThan(21.485);
    expect(north).toBeGreaterThan(21.485);
    expect(slide("next-sites").view).not.toHaveProperty("planner");
    expect(resolveSlide(slide("replication"), initialView, layers).view.selected).toEqual({
      layer: "units",
      id: "03730",
    });
  });
});

describe("a deck kept by an older version", () => {
  it("becomes story slides where its titles were never changed, and stays as it is where they were", () => {
    const old: Deck = {
      ...deck,
      slides: [
        {
          id: "sample-district",
          title: "Huyện Thuận Châu: 29 xã, thị trấn, 391 bản",
          notes: "x",
          view: { camera: null },
        },
        { id: "sample-coverage", title: "Độ phủ của tôi", notes: "", view: { mode: "coverage" } },
      ],
    };
    const upgraded = upgradeLegacyDeck(old);
    expect(upgraded.slides[0]).toMatchObject({ story: "overview", title: "", notes: "" });
    expect(upgraded.slides[0]?.view).not.toHaveProperty("camera");
    expect(upgraded.slides[1]).toBe(old.slides[1]);
    expect(upgradeLegacyDeck(upgraded)).toBe(upgraded);
  });
});
