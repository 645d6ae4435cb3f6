import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { layers, namedFlavor } from "@protomaps/basemaps";
import { describe, expect, it } from "vitest";
import { BASEMAP_LAYER_PREFIX, type MapBasemap } from "../../src/map/basemap";
import { FONT_BOLD, FONT_REGULAR } from "../../src/map/fonts";
import { makeLayers, makeStyle } from "../../src/map/layers";
import { ALL_VISIBLE_STATE, LAYER_IDS, type MapViewState } from "../../src/map/map-state";
import { layerChange } from "../../src/map/view-sync";
import { sampleLayers } from "./sample-layers";

const basemap: MapBasemap = {
  style: { layers, namedFlavor },
  url: "http://localhost:4173/app/geodata/basemap.pmtiles",
  hillshadeUrl: "http://localhost:4173/app/geodata/terrain.pmtiles",
  hillshadeEncoding: "terrarium",
  visible: true,
};
const withBasemap: MapViewState = { ...ALL_VISIBLE_STATE, basemap };

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the deployer's basemap in the style", () => {
  it("validates against the style spec in every theme and language", () => {
    for (const theme of ["standard", "projector-light", "projector-dark"] as const)
      for (const language of ["vi", "en"] as const)
        expect(validateStyleMin(makeStyle({ ...withBasemap, theme, language }, sampleLayers()))).toEqual([]);
  });

  it("draws between our background and our data, from pmtiles:// sources on the configured URLs only", () => {
    const style = makeStyle(withBasemap, sampleLayers());
    const ids = style.layers.map((layer) => layer.id);
    const first = ids.findIndex((id) => id.startsWith(BASEMAP_LAYER_PREFIX));
    const last = ids.findLastIndex((id) => id.startsWith(BASEMAP_LAYER_PREFIX));
    expect(first).toBe(ids.indexOf(LAYER_IDS.background) + 1);
    expect(last).toBeLessThan(ids.indexOf(LAYER_IDS.unitsFill));
    expect(ids).toContain(`${BASEMAP_LAYER_PREFIX}light-vi-hillshade`);
    const urls = strings(style).filter((text) => /:\/\//u.test(text));
    expect(urls.sort()).toEqual([`pmtiles://${basemap.url}`, `pmtiles://${basemap.hillshadeUrl}`]);
    expect(style).not.toHaveProperty("glyphs");
    expect(style).not.toHaveProperty("sprite");
  });

  it("labels in the bundled fonts only, and asks for no icon", () => {
    const layers = makeLayers(withBasemap).filter((layer) => layer.id.startsWith(BASEMAP_LAYER_PREFIX));
    const fonts = new Set(
      layers.flatMap((layer) =>
        strings((layer.layout as Record<string, unknown> | undefined)?.["text-font"]),
      ),
    );
    for (const font of fonts) if (font.startsWith("Noto")) expect([FONT_REGULAR, FONT_BOLD]).toContain(font);
    expect(fonts.size).toBeGreaterThan(0);
    expect(
      layers.some((layer) => (layer.layout as Record<string, unknown>)?.["icon-image"] !== undefined),
    ).toBe(false);
  });

  it("is switched off by visibility, and swapped whole on a theme or language change", () => {
    const off = makeLayers({ ...withBasemap, basemap: { ...basemap, visible: false } });
    const basemapLayers = off.filter((layer) => layer.id.startsWith(BASEMAP_LAYER_PREFIX));
    expect(basemapLayers.every((layer) => layer.layout?.visibility === "none")).toBe(true);
    const change = layerChange(withBasemap, { ...withBasemap, theme: "projector-dark" });
    const after = change.after.filter((layer) => layer.id.startsWith(BASEMAP_LAYER_PREFIX));
    expect(after.every((layer) => layer.id.startsWith(`${BASEMAP_LAYER_PREFIX}black-vi-`))).toBe(true);
  });

  it("adds nothing when no basemap is configured", () => {
    const style = makeStyle(ALL_VISIBLE_STATE, sampleLayers());
    expect(style.layers.some((layer) => layer.id.startsWith(BASEMAP_LAYER_PREFIX))).toBe(false);
    expect(Object.keys(style.sources)).not.toContain("basemap");
  });
});
