// What tests, benchmarks and print read off a live map: source data, the labels drawn, timings
// and a picture of the canvas. Kept apart from the controller, which only lends its map.
import type * as maplibregl from "maplibre-gl";
import { BASEMAP_LAYER_PREFIX } from "./basemap";
import type { MapLike } from "./map-like";
import {
  LABEL_LAYERS,
  LAYER_IDS,
  type MapActivity,
  type MapDebugHandle,
  type MapLanguage,
} from "./map-state";
import { labelText } from "./picking";

/** What the debug handle needs from its controller, read at call time. */
export interface DebugAccess {
  map(): MapLike | null;
  /** The style has loaded: sources and layers can be queried. */
  loaded(): boolean;
  idle(): boolean;
  whenReady(): Promise<void>;
  whenIdle(): Promise<void>;
  language(): MapLanguage;
}

export function makeDebugHandle(access: DebugAccess): MapDebugHandle {
  return {
    getSourceData: async (id) => {
      await access.whenReady();
      const source = access.map()?.getSource<maplibregl.GeoJSONSource>(id);
      if (!source) throw new Error(`No source "${id}" on the map.`);
      return source.getData();
    },
    renderedLabels: () => {
      const map = access.map();
      if (!map || !access.loaded()) return [];
      return map
        .queryRenderedFeatures({ layers: [...LABEL_LAYERS] })
        .map((feature) => labelText(feature, access.language()));
    },
    renderedCounts: () => {
      const map = access.map();
      const counts: Record<string, { source: string; count: number }> = {};
      if (!map || !access.loaded()) return counts;
      for (const feature of map.queryRenderedFeatures()) {
        if (feature.layer.id.startsWith(BASEMAP_LAYER_PREFIX)) continue;
        const entry = counts[feature.layer.id] ?? { source: String(feature.layer.source), count: 0 };
        entry.count += 1;
        counts[feature.layer.id] = entry;
      }
      return counts;
    },
    renderedClusteredIncidents: () => {
      const map = access.map();
      if (!map || !access.loaded()) return 0;
      // What the clusters' labels say (an archive's clusters count the window by expression, so
      // their own point_count may not be it), plus the lone points; a mark near a tile's edge
      // can be found in both tiles: counted once.
      const seen = new Map<string, number>();
      const layers = [LAYER_IDS.incidentsClusterCounts, LAYER_IDS.incidentsPoints];
      for (const feature of map.queryRenderedFeatures({ layers })) {
        if (feature.layer.id === LAYER_IDS.incidentsPoints) {
          seen.set(`point ${feature.id}`, 1);
          continue;
        }
        const text = (feature.layer.layout as Record<string, unknown> | undefined)?.["text-field"];
        const label =
          typeof text === "object" && text !== null && "sections" in text
            ? (text as { sections: { text: string }[] }).sections.map((section) => section.text).join("")
            : String(text);
        seen.set(
          `cluster ${JSON.stringify(feature.geometry)} ${feature.properties.point_count} ${label}`,
          /^\d+$/u.test(label) ? Number(label) : Number.NaN,
        );
      }
      return [...seen.values()].reduce((sum, count) => sum + count, 0);
    },
    renderedBasemap: () => {
      const map = access.map();
      if (!map || !access.loaded()) return [];
      return map
        .queryRenderedFeatures()
        .filter((feature) => feature.layer.id.startsWith(BASEMAP_LAYER_PREFIX))
        .map((feature) => `${feature.layer.id}:${feature.properties.name ?? feature.properties.kind ?? ""}`);
    },
    isIdle: () => access.idle(),
    timeRepaint: async (frames) => {
      await access.whenIdle();
      const map = access.map();
      if (!map) return Number.NaN;
      const start = performance.now();
      for (let frame = 0; frame < frames; frame++) {
        await new Promise<void>((resolve) => {
          map.once("idle", () => resolve());
          map.triggerRepaint();
        });
      }
      return (performance.now() - start) / frames;
    },
    recordFrames: () => {
      const map = access.map();
      const activity: MapActivity[] = [];
      const start = performance.now();
      const note = (kind: MapActivity["kind"], source?: string) =>
        activity.push({ at: Math.round(performance.now() - start), kind, ...(source ? { source } : {}) });
      const onRender = () => note("render");
      const onIdle = () => note("idle");
      const onData = (event: maplibregl.MapSourceDataEvent) => {
        if (event.dataType === "source" && event.tile) note("tile", event.sourceId);
        else note("data", `${event.sourceId}:${event.sourceDataType ?? event.dataType}`);
      };
      const onStyle = () => note("style");
      map?.on("render", onRender);
      map?.on("idle", onIdle);
      map?.on("sourcedata", onData);
      map?.on("styledata", onStyle);
      return () => {
        map?.off("styledata", onStyle);
        map?.off("render", onRender);
        map?.off("idle", onIdle);
        map?.off("sourcedata", onData);
        return activity;
      };
    },
  };
}

/**
 * The map as drawn, as a PNG data URL. The canvas keeps no drawing buffer (keeping it slows every
 * frame), so it is read inside a `render` event, before the browser clears it.
 */
export function captureCanvas(map: MapLike): Promise<string> {
  return new Promise((resolve) => {
    map.once("render", () => resolve(map.getCanvas().toDataURL("image/png")));
    map.triggerRepaint();
  });
}
