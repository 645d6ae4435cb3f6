// MapLibre keeps drawing with a tile's old buffers until the tile is rebuilt, so a paint value
// that changes between a data-driven expression and a camera or constant value crashes the frames
// in between ("this.expression.interpolationFactor is not a function"). Every value the view can
// switch (mode, incident style, selection; the theme reloads its own values) keeps its kind.
import { describe, expect, it } from "vitest";
import { makeLayers } from "../../src/map/layers";
import { ALL_VISIBLE_STATE, type MapViewState } from "../../src/map/map-state";
import { MAP_THEMES } from "../../src/map/palette";

type Kind = "data" | "other";

/** Whether a value reads each feature (its properties or state), as MapLibre builds buffers for. */
function kindOf(value: unknown): Kind {
  const text = JSON.stringify(value) ?? "";
  return /\["(get|has|feature-state|properties|id|geometry-type)"/u.test(text) ? "data" : "other";
}

function paintKinds(state: MapViewState): Map<string, Kind> {
  const kinds = new Map<string, Kind>();
  for (const layer of makeLayers(state)) {
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    for (const [property, value] of Object.entries(paint))
      kinds.set(`${layer.id} ${property}`, kindOf(value));
  }
  return kinds;
}

const MODES = ["map", "coverage", "planner"] as const;
// Its source holds no feature outside the heatmap style (sourceData), so no tile has buffers to
// disagree with the new value: switching to the heatmap fills the source and builds new tiles.
const EMPTY_UNTIL_SHOWN = new Set(["incidents-heatmap heatmap-weight"]);
const STYLES = ["clusters", "points", "heatmap"] as const;

describe("paint values keep their kind across the view's switches", () => {
  for (const theme of MAP_THEMES) {
    it(`in the ${theme} theme`, () => {
      const states = MODES.flatMap((mode) =>
        STYLES.flatMap((style) =>
          [null, { layer: "hamlets" as const, id: "03730-01" }].map(
            (selected): MapViewState => ({
              ...ALL_VISIBLE_STATE,
              theme,
              mode,
              selected,
              incidents: { ...ALL_VISIBLE_STATE.incidents, style },
            }),
          ),
        ),
      );
      const first = paintKinds(states[0] as MapViewState);
      const switched: string[] = [];
      for (const state of states.slice(1)) {
        for (const [key, kind] of paintKinds(state)) {
          const before = first.get(key);
          if (before !== undefined && before !== kind && !EMPTY_UNTIL_SHOWN.has(key))
            switched.push(`${key} (${state.mode}, ${state.incidents.style})`);
        }
      }
      expect([...new Set(switched)]).toEqual([]);
    });
  }
});
