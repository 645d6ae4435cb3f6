import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { FONT_BOLD, FONT_REGULAR } from "../../src/map/fonts";
import { labelPoint, unitLabelPoints } from "../../src/map/geometry";
import { makeLayers, makeStyle, sourceData } from "../../src/map/layers";
import { ALL_VISIBLE_STATE, LAYER_IDS, type MapViewState, SOURCE_IDS } from "../../src/map/map-state";
import { sampleLayers } from "./sample-layers";

const BASE = "http://localhost:4173/app/";
const STATES: Record<string, MapViewState> = {
  "all visible": ALL_VISIBLE_STATE,
  "some hidden": {
    ...ALL_VISIBLE_STATE,
    visible: { units: true, hamlets: false, sites: true, incidents: false },
  },
  "a selection": { ...ALL_VISIBLE_STATE, selected: { layer: "hamlets", id: "03730-01" } },
  english: { ...ALL_VISIBLE_STATE, language: "en" },
};

/** Every string anywhere in a JSON-like value, keys included. */
function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...allStrings(inner)]);
  }
  return [];
}

/** URLs to other hosts, or to this host outside the app's own base. */
function foreignUrls(style: unknown, base: string): string[] {
  return allStrings(style).filter((text) => /https?:\/\//i.test(text) && !text.startsWith(base));
}

describe("makeStyle", () => {
  for (const [name, state] of Object.entries(STATES)) {
    it(`validates against the style spec: ${name}`, () => {
      const style = makeStyle(state, sampleLayers());
      expect(validateStyleMin(style)).toEqual([]);
    });
  }

  it("names no URL at all: no glyph server, sprite or font file; labels use the page's fonts", () => {
    for (const state of Object.values(STATES)) {
      const style = makeStyle(state, sampleLayers());
      expect(style.glyphs).toBeUndefined();
      expect(style.sprite).toBeUndefined();
      expect(style["font-faces"]).toBeUndefined();
      expect(foreignUrls(style, BASE)).toEqual([]);
      const fonts = new Set(
        makeLayers(state).flatMap(
          (layer) => (layer.layout as { "text-font"?: string[] })?.["text-font"] ?? [],
        ),
      );
      expect([...fonts].sort()).toEqual([FONT_BOLD, FONT_REGULAR].sort());
    }
  });

  it("the URL check catches a glyph server", () => {
    const style = {
      ...makeStyle(ALL_VISIBLE_STATE),
      glyphs: "https://x.org/{fontstack}/{range}.pbf",
    };
    expect(foreignUrls(style, BASE)).toEqual(["https://x.org/{fontstack}/{range}.pbf"]);
  });
});

describe("makeLayers", () => {
  it("hides exactly the layers of hidden groups", () => {
    const hiddenIn = (state: MapViewState) =>
      makeLayers(state)
        .filter((layer) => layer.layout?.visibility === "none")
        .map((layer) => layer.id);
    // Some layers are hidden in any case (the coverage view's, the other incident styles).
    const alwaysHidden = new Set(hiddenIn(ALL_VISIBLE_STATE));
    const hidden = hiddenIn(STATES["some hidden"] ?? ALL_VISIBLE_STATE).filter((id) => !alwaysHidden.has(id));
    expect(hidden.sort()).toEqual(
      [
        LAYER_IDS.hamletsCircles,
        LAYER_IDS.hamletsLabels,
        LAYER_IDS.modelPointLabels,
        LAYER_IDS.hamletsCollision,
        LAYER_IDS.incidentsClusters,
        LAYER_IDS.incidentsClusterCounts,
        LAYER_IDS.incidentsPoints,
      ].sort(),
    );
  });

  it("labels communes by language", () => {
    const field = (state: MapViewState) =>
      makeLayers(state).find((layer) => layer.id === LAYER_IDS.unitsLabels)?.layout;
    expect(field(ALL_VISIBLE_STATE)).toMatchObject({ "text-field": ["get", "labelVi"] });
    expect(field(STATES.english ?? ALL_VISIBLE_STATE)).toMatchObject({ "text-field": ["get", "labelEn"] });
  });
});

describe("unit label points", () => {
  it("falls inside a concave commune and keeps Vietnamese names", () => {
    const units = sampleLayers().units;
    const [concave] = units.features;
    if (!concave) throw new Error("fixture");
    const [longitude = 0, latitude = 0] = labelPoint(concave);
    // The centroid of the "C" lies in its gap (x > 103.62, 21.50 < y < 21.53); the label must not.
    const inGap = longitude > 103.62 && latitude > 21.5 && latitude < 21.53;
    expect(inGap).toBe(false);
    expect(longitude).toBeGreaterThanOrEqual(103.6);
    expect(longitude).toBeLessThanOrEqual(103.7);
    const labels = unitLabelPoints(units);
    // Without hamlets to count, the larger commune is named first.
    expect(labels.features.map((feature) => feature.properties)).toEqual([
      { code: "03730", labelVi: "Chiềng Pha", labelEn: "Chiềng Pha", rank: 0 },
      { code: "03721", labelVi: "TT. Thuận Châu", labelEn: "Thuận Châu town", rank: 1 },
    ]);
    expect(unitLabelPoints(units)).toBe(labels);
  });
});

describe("coverage and the time window", () => {
  const coverageState: MapViewState = {
    ...ALL_VISIBLE_STATE,
    mode: "coverage",
    incidents: {
      style: "points",
      months: [2019 * 12, 2022 * 12 + 11],
      fromMonth: 2021 * 12,
      toMonth: 2021 * 12 + 11,
      categories: ["theft"],
    },
  };

  it("validates in the coverage view with the time-window layers", () => {
    const style = makeStyle(coverageState, sampleLayers());
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("shows the choropleth and the reach only in the coverage view", () => {
    const visible = (state: MapViewState, id: string) =>
      makeLayers(state).find((layer) => layer.id === id)?.layout?.visibility;
    expect(visible(ALL_VISIBLE_STATE, LAYER_IDS.unitsChoropleth)).toBe("none");
    expect(visible(coverageState, LAYER_IDS.unitsChoropleth)).toBe("visible");
    expect(visible(coverageState, LAYER_IDS.reachOutline)).toBe("visible");
    expect(visible(coverageState, LAYER_IDS.incidentsPlainPoints)).toBe("visible");
    expect(visible(coverageState, LAYER_IDS.incidentsClusters)).toBe("none");
  });

  it("starts the style's global state at the window, so the first frame is already filtered", () => {
    const style = makeStyle(coverageState, sampleLayers());
    expect(style.state).toEqual({
      fromMonth: { default: 2021 * 12 },
      toMonth: { default: 2021 * 12 + 11 },
      categories: { default: ["theft"] },
    });
  });
});

describe("incidents by month", () => {
  const state: MapViewState = {
    ...ALL_VISIBLE_STATE,
    incidents: {
      ...ALL_VISIBLE_STATE.incidents,
      style: "points",
      months: [24240, 24251],
      fromMonth: 24245,
      toMonth: 24247,
    },
  };

  it("draws the points from the plain source, hiding those outside the window by feature-state", () => {
    const points = makeLayers(state).filter((layer) => layer.id.startsWith(LAYER_IDS.incidentsPlainPoints));
    expect(points.map((layer) => [layer.id, (layer as { source: string }).source])).toEqual([
      [LAYER_IDS.incidentsPlainPoints, SOURCE_IDS.incidentsPlain],
    ]);
    const paint = JSON.stringify((points[0] as { paint: Record<string, unknown> }).paint);
    // Radius and stroke 0 outside the window: no pixels drawn, no tile laid out again.
    expect(paint).toContain('["case",["boolean",["feature-state","out"],false],0,2.5]');
    expect(paint).not.toContain("global-state");
    // Hidden in the other styles.
    const clusters = makeLayers({ ...state, incidents: { ...state.incidents, style: "clusters" } });
    expect(clusters.find((layer) => layer.id === LAYER_IDS.incidentsPlainPoints)?.layout?.visibility).toBe(
      "none",
    );
  });

  it("validates in the points style", () => {
    const style = makeStyle(state, sampleLayers());
    expect(validateStyleMin(style)).toEqual([]);
  });
});

describe("sourceData", () => {
  it("gives the plain source its points only while the points or the heatmap are the style shown", () => {
    const layers = sampleLayers();
    const count = (style: "clusters" | "points" | "heatmap") => {
      const data = sourceData(layers, { ...ALL_VISIBLE_STATE.incidents, style });
      return (data[SOURCE_IDS.incidentsPlain] as { features: unknown[] }).features.length;
    };
    expect(count("heatmap")).toBe(layers.incidents.features.length);
    expect(count("points")).toBe(layers.incidents.features.length);
    expect(count("clusters")).toBe(0);
  });
});
