import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { makeLayers, makeStyle } from "../../src/map/layers";
import { ALL_VISIBLE_STATE, LAYER_IDS, LAYERS_BY_GROUP, type MapViewState } from "../../src/map/map-state";
import { MAP_THEMES, PALETTES } from "../../src/map/palette";
import { propertyChanges } from "../../src/map/style-diff";
import { loadedOnFakeMap } from "./fake-controller";
import type { FakeMap } from "./fake-map";
import { sampleLayers } from "./sample-layers";

const BASE_STATE = { ...ALL_VISIBLE_STATE } as MapViewState;

const setup = (state: MapViewState = BASE_STATE) => loadedOnFakeMap(state);

const paintCall = (map: FakeMap, layerId: string, property: string) =>
  map.calls.find((call) => call.args[0] === layerId && call.args[1] === property);

describe("map themes", () => {
  for (const theme of MAP_THEMES) {
    it(`the ${theme} style validates against the style spec`, () => {
      const style = makeStyle({ ...BASE_STATE, theme }, sampleLayers());
      expect(validateStyleMin(style)).toEqual([]);
    });
  }

  it("switching to projector-light sets only changed paint and layout values, nothing reloads", async () => {
    const { controller, map } = await setup();
    controller.setState({ ...BASE_STATE, theme: "projector-light" });
    const light = PALETTES["projector-light"];
    expect(paintCall(map, LAYER_IDS.background, "background-color")?.args[2]).toBe(light.background);
    expect(paintCall(map, LAYER_IDS.unitsLabels, "text-size")?.method).toBe("setLayoutProperty");
    expect(map.count("setData")).toBe(0);
    expect(map.count("setFeatureState")).toBe(0);
    // visibility belongs to the layer toggles, not to the theme, but for the room the clusters
    // keep on a projector (see makeCollisionLayers)
    expect(map.calls.filter((call) => call.args[1] === "visibility").map((call) => call.args[0])).toEqual([
      LAYER_IDS.clustersCollision,
    ]);
    // and exactly the differences between the two styles were sent
    const expected = propertyChanges(
      makeLayers(BASE_STATE),
      makeLayers({ ...BASE_STATE, theme: "projector-light" }),
      {
        skipLayout: ["visibility"],
      },
    );
    // Filters that depend on the theme (close-ups on a projector name only their commune) are
    // set as filters; none differ here, where nothing is in focus.
    expect(map.count("setFilter")).toBe(0);
    expect(map.calls).toHaveLength(expected.length + 1);
  });

  it("switching back to standard restores the standard values; the same theme again makes no call", async () => {
    const { controller, map } = await setup({ ...BASE_STATE, theme: "projector-dark" });
    controller.setState({ ...BASE_STATE, theme: "projector-dark" });
    expect(map.calls).toEqual([]);
    controller.setState({ ...BASE_STATE, theme: "standard" });
    expect(paintCall(map, LAYER_IDS.background, "background-color")?.args[2]).toBe(
      PALETTES.standard.background,
    );
  });

  it("a theme change together with a layer toggle makes both, each once", async () => {
    const { controller, map } = await setup();
    controller.setState({
      ...BASE_STATE,
      theme: "projector-dark",
      visible: { ...BASE_STATE.visible, incidents: false },
    });
    const visibilityCalls = map.calls.filter((call) => call.args[1] === "visibility");
    const hidden = visibilityCalls.map((call) => call.args[0] as string);
    // which incident layers a style uses is the coverage view's business: each at most once, all hidden
    expect(hidden).toContain(LAYER_IDS.incidentsClusters);
    expect(new Set(hidden).size).toBe(hidden.length);
    expect(hidden.every((id) => LAYERS_BY_GROUP.incidents.includes(id))).toBe(true);
    expect(visibilityCalls.every((call) => call.args[2] === "none")).toBe(true);
    expect(paintCall(map, LAYER_IDS.background, "background-color")?.args[2]).toBe("#000000");
  });
});
