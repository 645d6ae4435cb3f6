// The heatmap's window is feature-state: a slider step names only the incidents of the months that
// enter or leave it, a hidden heatmap is left alone, and the weight reads no window from global state.
import { describe, expect, it } from "vitest";
import type { Layers } from "../../src/domain/types";
import { makeHeatmapLayer, roundedDensity } from "../../src/map/layers-heat";
import { ALL_VISIBLE_STATE, type MapViewState } from "../../src/map/map-state";
import { PALETTE } from "../../src/map/palette";
import { applyWindowState, type WindowState } from "../../src/map/window-state";
import { sampleLayers } from "./sample-layers";

type Incidents = Layers["incidents"];
type IncidentDate = Incidents["features"][number]["properties"]["date"];

// Two incidents in each month of 2023 (I1-a, I1-b in January … I12-b in December).
function yearOfIncidents(): Incidents {
  const template = sampleLayers().incidents.features[0];
  if (!template) throw new Error("the sample has no incident");
  return {
    type: "FeatureCollection",
    features: Array.from({ length: 12 }, (_, index) =>
      ["a", "b"].map((letter) => ({
        ...template,
        properties: {
          ...template.properties,
          id: `I${index + 1}-${letter}`,
          date: `2023-${String(index + 1).padStart(2, "0")}-15` as IncidentDate,
        },
      })),
    ).flat(),
  };
}

const month = (number: number) => 2023 * 12 + number - 1;

function stateWith(
  style: "heatmap" | "points" | "clusters",
  fromMonth: number | null,
  toMonth: number | null,
): MapViewState {
  return { ...ALL_VISIBLE_STATE, incidents: { ...ALL_VISIBLE_STATE.incidents, style, fromMonth, toMonth } };
}

function recorder() {
  const calls: [string, unknown, unknown?][] = [];
  return {
    calls,
    setFeatureState: (feature: { id: string }, state: Record<string, unknown>) =>
      calls.push(["set", feature.id, state.out]),
    removeFeatureState: (feature: { source: string }) => calls.push(["remove", feature.source]),
  };
}

describe("the heatmap's time window", () => {
  it("marks only the incidents outside the first window, then only those of the months that move", () => {
    const incidents = yearOfIncidents();
    const map = recorder();
    const first = applyWindowState(map, incidents, null, stateWith("heatmap", month(3), month(10)));
    // January, February, November, December: two incidents each.
    expect(first.changed).toBe(8);
    expect(map.calls.filter((call) => call[2] === true).map((call) => call[1])).toEqual([
      "I1-a",
      "I1-b",
      "I2-a",
      "I2-b",
      "I11-a",
      "I11-b",
      "I12-a",
      "I12-b",
    ]);
    map.calls.length = 0;
    // One month on: March leaves, November enters.
    const step = applyWindowState(map, incidents, first.applied, stateWith("heatmap", month(4), month(11)));
    expect(map.calls).toEqual([
      ["set", "I3-a", true],
      ["set", "I3-b", true],
      ["set", "I11-a", false],
      ["set", "I11-b", false],
    ]);
    map.calls.length = 0;
    // The same window again: nothing to send.
    expect(
      applyWindowState(map, incidents, step.applied, stateWith("heatmap", month(4), month(11))).changed,
    ).toBe(0);
    expect(map.calls).toEqual([]);
  });

  it("leaves a hidden heatmap's source alone, and catches up once it is shown", () => {
    const incidents = yearOfIncidents();
    const map = recorder();
    const shown = applyWindowState(map, incidents, null, stateWith("heatmap", month(1), month(12)));
    expect(shown.changed).toBe(0);
    const hidden = applyWindowState(
      map,
      incidents,
      shown.applied,
      stateWith("clusters", month(6), month(12)),
    );
    expect(hidden).toEqual({ applied: shown.applied, changed: 0 });
    expect(map.calls).toEqual([]);
    const again = applyWindowState(map, incidents, hidden.applied, stateWith("heatmap", month(6), month(12)));
    expect(again.changed).toBe(10);
  });

  it("clears the states of another dataset's incidents", () => {
    const map = recorder();
    const old: WindowState = { incidents: yearOfIncidents(), fromMonth: month(6), toMonth: null };
    applyWindowState(map, yearOfIncidents(), old, stateWith("heatmap", null, null));
    expect(map.calls).toEqual([["remove", "incidents-plain"]]);
  });

  it("weighs each incident by its feature-state and categories; no window in global state", () => {
    const layer = makeHeatmapLayer(stateWith("heatmap", month(1), month(6)), PALETTE) as {
      paint: Record<string, unknown>;
    };
    const weight = JSON.stringify(layer.paint["heatmap-weight"]);
    expect(weight).toContain('["feature-state","out"]');
    expect(weight).toContain('["global-state","categories"]');
    expect(weight).not.toContain("fromMonth");
    expect(weight).not.toContain("toMonth");
    // Hidden, a constant: a change of state reaches no source.
    const hidden = makeHeatmapLayer(stateWith("points", month(1), month(6)), PALETTE) as {
      paint: Record<string, unknown>;
    };
    expect(hidden.paint["heatmap-weight"]).toBe(1);
  });

  it("keeps its intensity over steps whose density differs by a few per cent", () => {
    const intensity = (perKm2: number) =>
      JSON.stringify(
        (
          makeHeatmapLayer(
            {
              ...stateWith("heatmap", null, null),
              incidents: {
                ...stateWith("heatmap", null, null).incidents,
                density: { perKm2, latitude: 21.4 },
              },
            },
            PALETTE,
          ) as { paint: Record<string, unknown> }
        ).paint["heatmap-intensity"],
      );
    expect(intensity(25.8)).toBe(intensity(24.9));
    expect(intensity(25.8)).not.toBe(intensity(40));
    expect(roundedDensity({ perKm2: 25.8, latitude: 0 }).perKm2 / 25.8).toBeGreaterThan(0.9);
    expect(roundedDensity({ perKm2: 25.8, latitude: 0 }).perKm2 / 25.8).toBeLessThan(1.1);
  });
});
