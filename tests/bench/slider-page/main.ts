// The baseline for a time-slider step: the same incidents drawn as the app's incident style
// (`?style=points|heatmap|clusters`, `?camera=lon,lat,zoom` as the app opened, `?months=from,to`
// the window it opens on, in months since year 0), filtered to a window of months the plain way. Points and heatmap: `setFilter` on the layer, which re-tiles.
// Clusters: a layer filter cannot change what is clustered, so the window's features go to the
// clustered source with `setData` (filtered here, which is timed too). `window.stepTo(from, to)`
// resolves with the milliseconds until the map is idle again and two animation frames have passed
// (its picture on screen, measured as the app's is), and refuses a step that changes nothing, so
// every baseline sample is a real change.
import "maplibre-gl/dist/maplibre-gl.css";
import type { FeatureCollection, Point } from "geojson";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    stepTo(fromMonth: number, toMonth: number): Promise<number>;
    benchReady?: boolean;
  }
}

const parameters = new URLSearchParams(location.search);
const style = parameters.get("style") ?? "points";
const [longitude, latitude, zoom] = (parameters.get("camera") ?? "103.66,21.43,9.5").split(",").map(Number);

const map = new maplibregl.Map({
  container: "map",
  center: [longitude ?? 103.66, latitude ?? 21.43],
  zoom: zoom ?? 9.5,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#F4F1EA" } }],
  },
});

type Incidents = FeatureCollection<Point, { date: string; month: number }>;
let incidents: Incidents = { type: "FeatureCollection", features: [] };
let shown = "";
const windowFilter = (from: number, to: number) => [
  "all",
  [">=", ["get", "month"], from],
  ["<=", ["get", "month"], to],
];

function applyWindow(from: number, to: number): void {
  if (style === "clusters") {
    const features = incidents.features.filter(
      (feature) => feature.properties.month >= from && feature.properties.month <= to,
    );
    map.getSource<maplibregl.GeoJSONSource>("incidents")?.setData({ type: "FeatureCollection", features });
  } else {
    map.setFilter("incidents", windowFilter(from, to) as maplibregl.FilterSpecification);
  }
  shown = `${from}-${to}`;
}

function addLayers(): void {
  if (style === "clusters") {
    map.addSource("incidents", { type: "geojson", data: incidents, cluster: true, clusterMaxZoom: 12 });
    map.addLayer({
      id: "clusters",
      type: "circle",
      source: "incidents",
      filter: ["has", "point_count"],
      paint: { "circle-radius": 16, "circle-color": "#A23B83" },
    });
    map.addLayer({
      id: "cluster-points",
      type: "circle",
      source: "incidents",
      filter: ["!", ["has", "point_count"]],
      paint: { "circle-radius": 3, "circle-color": "#A23B83" },
    });
    return;
  }
  map.addSource("incidents", { type: "geojson", data: incidents });
  map.addLayer(
    style === "heatmap"
      ? { id: "incidents", type: "heatmap", source: "incidents", paint: { "heatmap-radius": 12 } }
      : {
          id: "incidents",
          type: "circle",
          source: "incidents",
          paint: { "circle-radius": 3, "circle-color": "#A23B83" },
        },
  );
}

void (async () => {
  const response = await fetch(new URL("geodata/incidents.geojson", document.baseURI));
  incidents = await response.json();
  for (const feature of incidents.features) {
    const date = feature.properties.date;
    feature.properties.month = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  }
  // The style may have loaded while the file was read: then "load" has already fired.
  if (!map.loaded()) await map.once("load");
  addLayers();
  const [from, to] = (parameters.get("months") ?? "").split(",").map(Number);
  if (from !== undefined && to !== undefined && !Number.isNaN(to)) applyWindow(from, to);
  await map.once("idle");
  window.benchReady = true;
})();

window.stepTo = async (fromMonth, toMonth) => {
  if (`${fromMonth}-${toMonth}` === shown) throw new Error(`months ${shown} are already shown`);
  const start = performance.now();
  applyWindow(fromMonth, toMonth);
  await map.once("idle");
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return performance.now() - start;
};
