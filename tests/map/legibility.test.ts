// The map reads at a glance: in the coverage view the communes' colours lead and the marks step
// back; a commune without hamlets is "no hamlets", not "0 %"; the reach is a line, not a sixth
// class; labels never overlap a mark (the marks reserve their room first) and the model's commune
// is named first.
import {
  createExpression,
  type ExpressionSpecification,
  type LayerSpecification,
  validateStyleMin,
} from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { unitLabelPoints } from "../../src/map/geometry";
import { makeLayers, makeStyle } from "../../src/map/layers";
import { POLICE_POST_ZOOM } from "../../src/map/layers-marks";
import { ALL_VISIBLE_STATE, LAYER_IDS, type MapViewState, RATIO_STATE } from "../../src/map/map-state";
import { PALETTES } from "../../src/map/palette";
import { sampleLayers } from "./sample-layers";

const COVERAGE: MapViewState = { ...ALL_VISIBLE_STATE, mode: "coverage" };
const PROJECTOR: MapViewState = { ...ALL_VISIBLE_STATE, theme: "projector-light" };

const layerOf = (layers: LayerSpecification[], id: string) => {
  const layer = layers.find((candidate) => candidate.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return layer as LayerSpecification & {
    paint: Record<string, unknown>;
    layout: Record<string, unknown>;
    filter?: unknown;
  };
};
const order = (layers: LayerSpecification[], id: string) => layers.findIndex((layer) => layer.id === id);

/** Evaluates a paint value the way MapLibre does, for one feature with its feature-state. */
function evaluate(
  value: unknown,
  zoom: number,
  properties: Record<string, unknown>,
  state: Record<string, unknown>,
) {
  const type = typeof value === "string" || JSON.stringify(value).includes("#") ? "color" : "number";
  const parsed = createExpression(value as ExpressionSpecification, "layers[0].paint.value", {
    type,
  } as never);
  if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
  const feature = { type: "Point", properties } as never;
  return parsed.value.evaluate({ zoom } as never, feature, state as never);
}

const colourHex = (colour: unknown) => {
  const { r, g, b } = colour as { r: number; g: number; b: number };
  return `#${[r, g, b]
    .map((part) =>
      Math.round(part * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`.toUpperCase();
};

describe("the coverage view: the choropleth leads", () => {
  const layers = makeLayers(COVERAGE);

  it("draws the communes' coverage under every mark and line", () => {
    const choropleth = order(layers, LAYER_IDS.unitsChoropleth);
    for (const id of [
      LAYER_IDS.unitsOutline,
      LAYER_IDS.reachOutline,
      LAYER_IDS.incidentsClusters,
      LAYER_IDS.incidentsHeatmap,
      LAYER_IDS.hamletsCircles,
      LAYER_IDS.sitesIcons,
    ])
      expect(order(layers, id), id).toBeGreaterThan(choropleth);
    expect(layerOf(layers, LAYER_IDS.unitsChoropleth).paint["fill-opacity"]).toBeGreaterThanOrEqual(0.85);
  });

  it("colours a commune without hamlets as 'no hamlets', and one with none covered as 0 %", () => {
    const fill = layerOf(layers, LAYER_IDS.unitsChoropleth).paint["fill-color"];
    const palette = PALETTES.standard;
    expect(colourHex(evaluate(fill, 10, {}, { [RATIO_STATE]: null }))).toBe(palette.noData);
    expect(colourHex(evaluate(fill, 10, {}, {}))).toBe(palette.noData);
    expect(colourHex(evaluate(fill, 10, {}, { [RATIO_STATE]: 0 }))).toBe(palette.coverageClasses[0]);
    expect(colourHex(evaluate(fill, 10, {}, { [RATIO_STATE]: 0.2 }))).toBe(palette.coverageClasses[1]);
    expect(colourHex(evaluate(fill, 10, {}, { [RATIO_STATE]: 1 }))).toBe(palette.coverageClasses[4]);
  });

  it("draws the reach as a dashed line only: no fill to spill outside the district as a grey class", () => {
    const reach = layers.filter((layer) => "source" in layer && layer.source === "reach");
    expect(reach.map((layer) => layer.type)).toEqual(["line"]);
    expect(layerOf(layers, LAYER_IDS.reachOutline).paint["line-dasharray"]).toBeDefined();
  });

  it("makes the marks step back: smaller dots and clusters, lighter clusters, hamlets without the model faded out", () => {
    const map = makeLayers(ALL_VISIBLE_STATE);
    const radius = (layers: LayerSpecification[], status: string) =>
      evaluate(
        layerOf(layers, LAYER_IDS.hamletsCircles).paint["circle-radius"],
        10,
        { modelStatus: status },
        {},
      );
    for (const status of ["model-point", "replicated", "none"])
      expect(radius(layers, status), status).toBeLessThan(radius(map, status) as number);
    const cluster = (layers: LayerSpecification[]) => layerOf(layers, LAYER_IDS.incidentsClusters).paint;
    expect(cluster(layers)["circle-opacity"]).toBeLessThan(cluster(map)["circle-opacity"] as number);
    const opacity = layerOf(layers, LAYER_IDS.hamletsCircles).paint["circle-opacity"];
    expect(evaluate(opacity, 9.5, { modelStatus: "none" }, {})).toBe(0);
    expect(evaluate(opacity, 9.5, { modelStatus: "replicated" }, {})).toBe(1);
    expect(evaluate(opacity, 12.5, { modelStatus: "none" }, {})).toBe(1);
  });

  it("shows police posts only zoomed in, model sites at every zoom", () => {
    for (const state of [COVERAGE, PROJECTOR, ALL_VISIBLE_STATE]) {
      const filter = layerOf(makeLayers(state), LAYER_IDS.sitesIcons).filter;
      expect(JSON.stringify(filter)).toBe(
        `["any",["==",["get","siteType"],"model"],[">=",["zoom"],${POLICE_POST_ZOOM}]]`,
      );
    }
  });

  it("validates in every theme", () => {
    for (const theme of ["standard", "projector-light", "projector-dark"] as const)
      expect(validateStyleMin(makeStyle({ ...COVERAGE, theme }, sampleLayers()))).toEqual([]);
  });
});

describe("labels never overlap a mark", () => {
  const layers = makeLayers(ALL_VISIBLE_STATE);
  const labelIds = [
    LAYER_IDS.unitsLabels,
    LAYER_IDS.modelUnitLabel,
    LAYER_IDS.hamletsLabels,
    LAYER_IDS.modelPointLabels,
  ];

  it("lets no label overlap anything", () => {
    for (const id of labelIds) {
      const layout = layerOf(layers, id).layout;
      expect(layout["text-allow-overlap"], id).not.toBe(true);
      expect(layout["text-ignore-placement"], id).not.toBe(true);
    }
  });

  it("places the marks' room before the labels (MapLibre places symbols from the top of the style down)", () => {
    const lowestMark = Math.min(
      ...[
        LAYER_IDS.sitesIcons,
        LAYER_IDS.hamletsCollision,
        LAYER_IDS.clustersCollision,
        LAYER_IDS.picksCollision,
      ].map((id) => order(layers, id)),
    );
    for (const id of [LAYER_IDS.unitsLabels, LAYER_IDS.hamletsLabels])
      expect(order(layers, id), id).toBeLessThan(lowestMark);
    // Close up, the model point's name is placed before its commune's.
    expect(order(layers, LAYER_IDS.modelPointLabels)).toBeGreaterThan(
      order(layers, LAYER_IDS.modelUnitLabel),
    );
    // The model's commune is placed before its hamlets' dots, after the stars and clusters.
    expect(order(layers, LAYER_IDS.modelUnitLabel)).toBeGreaterThan(
      order(layers, LAYER_IDS.hamletsCollision),
    );
    expect(order(layers, LAYER_IDS.modelUnitLabel)).toBeLessThan(order(layers, LAYER_IDS.clustersCollision));
    expect(order(layers, LAYER_IDS.modelUnitLabel)).toBeLessThan(order(layers, LAYER_IDS.sitesIcons));
  });

  it("reserves each dot's and cluster's room with a blank icon that is always placed", () => {
    for (const id of [LAYER_IDS.hamletsCollision, LAYER_IDS.clustersCollision, LAYER_IDS.picksCollision]) {
      const layout = layerOf(layers, id).layout;
      expect(layout["icon-image"]).toBe("icon-collision");
      expect(layout["icon-allow-overlap"]).toBe(true);
      expect(layout["icon-ignore-placement"]).not.toBe(true);
    }
    // Clusters keep their room in the coverage view and on a projector; on the desk's plain map
    // the communes' names win over them.
    const shown = (state: MapViewState) =>
      layerOf(makeLayers(state), LAYER_IDS.clustersCollision).layout.visibility;
    expect(shown(COVERAGE)).toBe("visible");
    expect(shown(PROJECTOR)).toBe("visible");
    expect(shown(ALL_VISIBLE_STATE)).toBe("none");
    // Zoomed out, dots without the model keep no room (by filter: a box of no size still blocks).
    const filter = layerOf(layers, LAYER_IDS.hamletsCollision).filter;
    expect(JSON.stringify(filter)).toContain('["!=",["get","modelStatus"],"none"]');
  });

  it("names communes by priority and lets names move around their point", () => {
    const layout = layerOf(layers, LAYER_IDS.unitsLabels).layout;
    expect(layout["symbol-sort-key"]).toEqual(["get", "rank"]);
    expect(layout["text-variable-anchor-offset"]).toBeDefined();
    expect(layerOf(layers, LAYER_IDS.modelUnitLabel).filter).toEqual(["==", ["get", "rank"], 0]);
  });

  it("on a projector, a close-up names only the commune in focus and its hamlets, so none is cut by the frame", () => {
    const closeUp = makeLayers({ ...PROJECTOR, focusUnit: "03730" });
    expect(JSON.stringify(layerOf(closeUp, LAYER_IDS.hamletsLabels).filter)).toContain(
      '["==",["get","unitCode"],"03730"]',
    );
    expect(JSON.stringify(layerOf(closeUp, LAYER_IDS.unitsLabels).filter)).toContain(
      '["==",["get","code"],"03730"]',
    );
    // not on the desk: there the reader pans
    const desk = makeLayers({ ...ALL_VISIBLE_STATE, focusUnit: "03730" });
    expect(JSON.stringify(layerOf(desk, LAYER_IDS.hamletsLabels).filter)).not.toContain("unitCode");
  });
});

describe("which commune is named first", () => {
  it("is the model point's commune, even when it is the smallest", () => {
    const layers = sampleLayers();
    // Move the model point into the town (1 km²) with one hamlet there.
    const [first, ...rest] = layers.hamlets.features;
    if (!first) throw new Error("fixture");
    const hamlets = {
      ...layers.hamlets,
      features: [{ ...first, properties: { ...first.properties, unitCode: "03721" as never } }, ...rest],
    };
    const ranks = Object.fromEntries(
      unitLabelPoints(layers.units, { hamlets, sites: layers.sites }).features.map((point) => [
        point.properties.code,
        point.properties.rank,
      ]),
    );
    expect(ranks).toEqual({ "03721": 0, "03730": 1 });
  });
});
