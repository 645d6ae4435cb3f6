import { createExpression, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { monthCategoryCountKey, monthCountKey } from "../../src/domain/cluster-counts";
import { makeStyle } from "../../src/map/layers";
import { unitLabelField } from "../../src/map/layers-labels";
import { PROVINCE_LABELS_LAYER, TILED_MARKS_MIN_ZOOM, TILES_SOURCE } from "../../src/map/layers-tiled";
import { ALL_VISIBLE_STATE, LAYER_IDS, type MapViewState } from "../../src/map/map-state";
import { applyLanguage, applyPaint, layerChange } from "../../src/map/view-sync";

const tiles = {
  url: "http://127.0.0.1:4173/geodata/nation.pmtiles",
  bounds: [102, 8.5, 109.5, 23.4] as [number, number, number, number],
  months: [2021 * 12, 2021 * 12 + 2] as [number, number],
};

const styleFor = (state: Partial<MapViewState>) => makeStyle({ ...ALL_VISIBLE_STATE, ...state, tiles });

describe("the style drawn from a tile archive", () => {
  it("validates, with one vector source on the same server, in every incident style", () => {
    for (const style of ["clusters", "points", "heatmap"] as const) {
      const made = styleFor({ incidents: { ...ALL_VISIBLE_STATE.incidents, style, months: tiles.months } });
      expect(validateStyleMin(made), style).toEqual([]);
      expect(made.sources[TILES_SOURCE]).toMatchObject({ type: "vector", url: `pmtiles://${tiles.url}` });
    }
  });

  it("points every data layer at the archive's layer of the same data, keeping the look", () => {
    const geojson = makeStyle({ ...ALL_VISIBLE_STATE });
    const tiled = styleFor({});
    // The same layers, and the province names after the commune names. GeoJSON draws the points
    // style as one layer whose window is feature-state; an archive's features are not known to
    // the page, so it draws one layer per month (see below).
    const ids = geojson.layers.map((layer) => layer.id).filter((id) => id !== LAYER_IDS.incidentsPlainPoints);
    ids.splice(ids.indexOf("units-labels") + 1, 0, PROVINCE_LABELS_LAYER);
    expect(tiled.layers.map((layer) => layer.id)).toEqual(ids);
    const byId = new Map(tiled.layers.map((layer) => [layer.id, layer]));
    const expected: Record<string, string> = {
      "units-fill": "units",
      "units-outline": "units",
      "units-labels": "unit-labels",
      "hamlets-circles": "hamlets",
      "sites-icons": "sites",
      "incidents-clusters": "incidents",
      "incidents-cluster-counts": "incidents",
      "incidents-points": "incidents",
    };
    for (const [id, sourceLayer] of Object.entries(expected)) {
      const layer = byId.get(id) as { source?: string; "source-layer"?: string; paint?: unknown };
      expect(layer.source, id).toBe(TILES_SOURCE);
      expect(layer["source-layer"], id).toBe(sourceLayer);
      const original = geojson.layers.find((candidate) => candidate.id === id) as { paint?: unknown };
      expect(layer.paint, id).toEqual(original.paint);
    }
  });

  it("draws the points style's months from points only, each month its own filter", () => {
    const tiled = styleFor({
      incidents: { ...ALL_VISIBLE_STATE.incidents, style: "points", months: tiles.months },
    });
    const months = tiled.layers.filter((layer) => layer.id.startsWith("incidents-plain-points-"));
    expect(months).toHaveLength(3);
    for (const layer of months) {
      const month = Number(layer.id.split("-").pop());
      expect(JSON.stringify("filter" in layer ? layer.filter : null)).toContain(
        `["==",["get","month"],${month}]`,
      );
      expect(JSON.stringify("filter" in layer ? layer.filter : null)).toContain(
        '["!",["has","point_count"]]',
      );
    }
  });

  it("names provinces over the country and communes from a province's zoom, never both", () => {
    const byId = new Map(styleFor({}).layers.map((layer) => [layer.id, layer]));
    const province = byId.get(PROVINCE_LABELS_LAYER) as { maxzoom?: number; "source-layer"?: string };
    expect(province["source-layer"]).toBe("province-labels");
    expect(province.maxzoom).toBe(TILED_MARKS_MIN_ZOOM);
    for (const id of ["units-labels", "units-labels-model"])
      expect((byId.get(id) as { minzoom?: number }).minzoom, id).toBe(TILED_MARKS_MIN_ZOOM);
    // GeoJSON data (a district, a province) names its communes at every zoom, as before.
    const geojson = makeStyle({ ...ALL_VISIBLE_STATE }).layers;
    expect(geojson.some((layer) => layer.id === PROVINCE_LABELS_LAYER)).toBe(false);
    expect(
      (geojson.find((layer) => layer.id === "units-labels") as { minzoom?: number }).minzoom,
    ).toBeUndefined();
  });
});

describe("the archive's clusters under a time window", () => {
  // A cluster of the archive as `geodata tiles` writes it: 7 incidents over three months.
  const cluster = {
    point_count: 7,
    point_count_abbreviated: "7",
    [monthCountKey(2021 * 12)]: 4,
    [monthCategoryCountKey(2021 * 12, "theft")]: 3,
    [monthCategoryCountKey(2021 * 12, "drugs")]: 1,
    [monthCountKey(2021 * 12 + 2)]: 3,
    [monthCategoryCountKey(2021 * 12 + 2, "theft")]: 3,
  };
  const evaluate = (expression: unknown, properties: Record<string, unknown>) => {
    const parsed = createExpression(expression as never, "layers[0].filter", {} as never);
    if (parsed.result !== "success") throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom: 8 }, { type: "Point", properties } as never);
  };
  const clustersFor = (incidents: Partial<MapViewState["incidents"]>) => {
    const made = styleFor({ incidents: { ...ALL_VISIBLE_STATE.incidents, ...incidents } });
    expect(validateStyleMin(made)).toEqual([]);
    const layer = (id: string) =>
      made.layers.find((candidate) => candidate.id === id) as never as {
        filter: unknown;
        layout: Record<string, unknown>;
      };
    return {
      shown: (properties: Record<string, unknown>) =>
        evaluate(layer(LAYER_IDS.incidentsClusters).filter, properties),
      label: (properties: Record<string, unknown>) =>
        evaluate(layer(LAYER_IDS.incidentsClusterCounts).layout["text-field"], properties),
      pointShown: (properties: Record<string, unknown>) =>
        evaluate(layer(LAYER_IDS.incidentsPoints).filter, properties),
    };
  };

  it("counts each cluster's incidents in the window and categories shown, and hides those with none", () => {
    const january = clustersFor({ fromMonth: 2021 * 12, toMonth: 2021 * 12 });
    expect(january.label(cluster)).toBe("4");
    const theftToMarch = clustersFor({ fromMonth: 2021 * 12, toMonth: 2021 * 12 + 2, categories: ["theft"] });
    expect(theftToMarch.label(cluster)).toBe("6");
    const february = clustersFor({ fromMonth: 2021 * 12 + 1, toMonth: 2021 * 12 + 1 });
    expect(february.shown(cluster)).toBe(false);
    expect(january.shown(cluster)).toBe(true);
  });

  it("shows close up only the window's incidents of the categories shown", () => {
    const theftInJanuary = clustersFor({ fromMonth: 2021 * 12, toMonth: 2021 * 12, categories: ["theft"] });
    expect(theftInJanuary.pointShown({ month: 2021 * 12, category: "theft" })).toBe(true);
    expect(theftInJanuary.pointShown({ month: 2021 * 12, category: "drugs" })).toBe(false);
    expect(theftInJanuary.pointShown({ month: 2021 * 12 + 1, category: "theft" })).toBe(false);
  });

  it("keeps the archive's own counts when everything is shown", () => {
    const everything = clustersFor({});
    expect(everything.label({ ...cluster, point_count_abbreviated: "1.2k" })).toBe("1.2k");
  });
});

describe("the archive's province names", () => {
  it("switch language with the communes' names", () => {
    const calls: unknown[][] = [];
    const map = {
      setLayoutProperty: (...args: unknown[]) => calls.push(args),
      setPaintProperty: (...args: unknown[]) => calls.push(args),
    };
    const vietnamese: MapViewState = { ...ALL_VISIBLE_STATE, tiles };
    const english: MapViewState = { ...vietnamese, language: "en" };
    const layers = layerChange(vietnamese, english);
    applyPaint(map as never, vietnamese, english, layers);
    applyLanguage(map as never, vietnamese, english);
    const textOf = (id: string) => calls.filter((call) => call[0] === id && call[1] === "text-field");
    expect(textOf(PROVINCE_LABELS_LAYER)).toEqual([
      [PROVINCE_LABELS_LAYER, "text-field", unitLabelField("en")],
    ]);
    expect(textOf(LAYER_IDS.unitsLabels)).toEqual([
      [LAYER_IDS.unitsLabels, "text-field", unitLabelField("en")],
    ]);
  });
});
