import { describe, expect, it } from "vitest";
import type { Layers } from "../../src/domain/types";
import { anotherArea } from "../../src/map/geometry";
import type { BoundingBox } from "../../src/map/map-state";
import { loadedOnFakeMap } from "./fake-controller";
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
    const { controller, map } = await loadedOnFakeMap();

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
