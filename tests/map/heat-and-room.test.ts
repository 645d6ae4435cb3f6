// The heatmap scales with how densely incidents lie, so its average ground is cool at any count;
// commune names start where their commune has most room among its marks.
import { describe, expect, it } from "vitest";
import { incidentDensity, incidentsShown, unitsExtent } from "../../src/map/incident-density";
import { roomiestPoint } from "../../src/map/label-room";
import { HEAT_TARGET, heatIntensity, makeHeatmapLayer } from "../../src/map/layers-heat";
import { ALL_VISIBLE_STATE } from "../../src/map/map-state";
import { PALETTE } from "../../src/map/palette";
import { sampleLayers } from "./sample-layers";

const KERNEL_AREA = (0.3989422804014327 * Math.PI) / 4.5;

describe("the heatmap's intensity", () => {
  it("gives the average ground the target density at every zoom, whatever the count", () => {
    for (const perKm2 of [0.1, 3, 60]) {
      for (const zoom of [9, 10.5, 12]) {
        const intensity = heatIntensity({ perKm2, latitude: 21.4 }, zoom);
        const kmPerPixel = (40_075.016686 * Math.cos((21.4 * Math.PI) / 180)) / (512 * 2 ** zoom);
        const radius = zoom <= 11 ? 10 + ((zoom - 8) / 3) * 6 : 16 + ((zoom - 11) / 3) * 12;
        const average = intensity * perKm2 * kmPerPixel ** 2 * KERNEL_AREA * radius ** 2;
        if (intensity > 0.005 && intensity < 4) expect(average).toBeCloseTo(HEAT_TARGET, 3);
      }
    }
    // ten times the incidents, a tenth of the intensity: the same picture of where they are
    const sparse = heatIntensity({ perKm2: 3, latitude: 21.4 }, 10);
    const dense = heatIntensity({ perKm2: 30, latitude: 21.4 }, 10);
    expect(sparse / dense).toBeCloseTo(10, 5);
  });

  it("is set from the density shown, and stays 1 without one", () => {
    const state = {
      ...ALL_VISIBLE_STATE,
      incidents: { ...ALL_VISIBLE_STATE.incidents, style: "heatmap" as const },
    };
    const plain = makeHeatmapLayer(state, PALETTE) as { paint: Record<string, unknown> };
    expect(plain.paint["heatmap-intensity"]).toBe(1);
    const scaled = makeHeatmapLayer(
      { ...state, incidents: { ...state.incidents, density: { perKm2: 3, latitude: 21.4 } } },
      PALETTE,
    ) as { paint: Record<string, unknown> };
    expect(JSON.stringify(scaled.paint["heatmap-intensity"])).toMatch(
      /^\["interpolate",\["linear"\],\["zoom"\]/,
    );
  });

  it("counts the incidents of the window and categories shown, per km² of the communes", () => {
    const layers = sampleLayers();
    const may2023 = 2023 * 12 + 4;
    expect(incidentsShown(layers.incidents, null, null, ["theft"])).toBe(3);
    expect(incidentsShown(layers.incidents, may2023 + 1, null, ["theft"])).toBe(0);
    expect(incidentsShown(layers.incidents, null, null, ["drugs"])).toBe(0);
    const { km2 } = unitsExtent(layers.units);
    // the fixture: a "C" of 0.1° × 0.07° less its 0.08° × 0.03° gap, and a 0.02° × 0.015° town
    const degrees = 0.1 * 0.07 - 0.08 * 0.03 + 0.02 * 0.015;
    expect(km2).toBeCloseTo(degrees * 111.32 ** 2 * Math.cos((21.5 * Math.PI) / 180), -1);
    expect(incidentDensity(layers, null, null, ["theft"])?.perKm2).toBeCloseTo(3 / km2, 6);
  });
});

describe("where a commune's name has room", () => {
  // A 10 × 4 km box with marks crowding its left half.
  const box = [
    [
      [103.6, 21.48],
      [103.7, 21.48],
      [103.7, 21.516],
      [103.6, 21.516],
      [103.6, 21.48],
    ],
  ];

  it("is the middle of an empty commune", () => {
    const [x = 0, y = 0] = roomiestPoint(box, []) ?? [];
    expect(x).toBeCloseTo(103.65, 1);
    expect(y).toBeCloseTo(21.498, 2);
  });

  it("moves away from the commune's marks", () => {
    const marks = [21.484, 21.49, 21.496, 21.502, 21.508, 21.514].flatMap((latitude) =>
      [103.61, 103.625, 103.64, 103.655].map((longitude) => [longitude, latitude]),
    );
    const [x = 0] = roomiestPoint(box, marks) ?? [];
    expect(x).toBeGreaterThan(103.66);
  });
});
