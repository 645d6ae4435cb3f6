import { describe, expect, it, vi } from "vitest";
import type { Layers } from "../../src/domain/types";
import { MapController, type MapLike } from "../../src/map/controller";
import { anotherArea } from "../../src/map/geometry";
import { ALL_VISIBLE_STATE, type BoundingBox } from "../../src/map/map-state";
import { FakeMap, fakeContainer } from "./fake-map";
import { sampleLayers } from "./sample-layers";

const THUAN_CHAU: BoundingBox = [103.33, 21.2, 103.99, 21.63];

describe("new data of another area", () => {
  it("is another area when the two boxes share less than half of their union", () => {
    expect(anotherArea(THUAN_CHAU, THUAN_CHAU)).toBe(false);
    // today's communes over the old units: nearly the same box
    expect(anotherArea(THUAN_CHAU, [103.34, 21.21, 103.98, 21.63])).toBe(false);
    // another province, and the whole of Sơn La around one district
    expect(anotherArea(THUAN_CHAU, [104.8, 21.8, 105.4, 22.3])).toBe(true);
    expect(anotherArea(THUAN_CHAU, [103.2, 20.6, 105.2, 22.0])).toBe(true);
    expect(anotherArea(null, THUAN_CHAU)).toBe(false);
    expect(anotherArea(THUAN_CHAU, null)).toBe(false);
  });

  it("moves the loaded map to imported data of another place, and not for data of the same place", async () => {
    let fake: FakeMap | null = null;
    const controller = new MapController({
      container: fakeContainer(),
      layers: sampleLayers(),
      state: ALL_VISIBLE_STATE,
      camera: { center: [103.65, 21.45], zoom: 10 },
      handlers: { onSelect: vi.fn(), onCamera: vi.fn() },
      baseUri: "http://localhost:4173/app/",
      loadFonts: async () => {},
      createMap: (options) => {
        fake = new FakeMap(options);
        return fake as unknown as MapLike;
      },
    });
    await vi.waitFor(() => expect(fake).not.toBeNull());
    const map = fake as unknown as FakeMap;
    map.fire("load");
    map.calls = [];

    const sample = sampleLayers();
    controller.setLayers(sample);
    expect(map.count("fitBounds")).toBe(0);

    const moved = (layers: Layers, dx: number): Layers => ({
      ...layers,
      units: {
        ...layers.units,
        features: layers.units.features.map((feature) => ({
          ...feature,
          geometry: JSON.parse(
            JSON.stringify(feature.geometry, (_key, value) =>
              Array.isArray(value) && typeof value[0] === "number" ? [value[0] + dx, value[1]] : value,
            ),
          ),
        })),
      },
    });
    controller.setLayers(moved(sample, 2));
    expect(map.count("fitBounds")).toBe(1);
  });
});
