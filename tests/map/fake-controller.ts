// The map controller on a fake map (fake-map.ts), as most map tests start it.
import { expect, vi } from "vitest";
import type { Layers } from "../../src/domain/types";
import { MapController, type MapLike } from "../../src/map/controller";
import { ALL_VISIBLE_STATE, type MapViewState } from "../../src/map/map-state";
import { FakeMap, fakeContainer } from "./fake-map";
import { sampleLayers } from "./sample-layers";

/** A controller whose map is made on the next turns; `map()` is null until then. */
export function startOnFakeMap(state: MapViewState = ALL_VISIBLE_STATE, layers: Layers = sampleLayers()) {
  let fake: FakeMap | null = null;
  const controller = new MapController({
    container: fakeContainer(),
    layers,
    state,
    camera: { center: [103.65, 21.45], zoom: 10 },
    handlers: { onSelect: vi.fn(), onCamera: vi.fn() },
    baseUri: "http://localhost:4173/app/",
    loadFonts: async () => {},
    createMap: (options) => {
      fake = new FakeMap(options);
      return fake as unknown as MapLike;
    },
  });
  return { controller, map: () => fake };
}

/** Loads the style of a started controller's map and waits until it is idle; calls so far forgotten. */
export async function loadAndSettle(started: { controller: MapController; map: () => FakeMap | null }) {
  await vi.waitFor(() => expect(started.map()).not.toBeNull());
  const map = started.map() as FakeMap;
  map.fire("load");
  map.fire("idle");
  await started.controller.whenIdle();
  map.calls = [];
  return map;
}

/** A controller on a fake map, loaded and idle. */
export async function loadedOnFakeMap(state?: MapViewState, layers?: Layers) {
  const started = startOnFakeMap(state, layers);
  return { controller: started.controller, map: await loadAndSettle(started) };
}
