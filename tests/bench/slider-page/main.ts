// The baseline for a time-slider step: a plain circle layer over the same incidents, filtered by
// month with setFilter, which re-tiles. `window.stepTo(from, to)` resolves with the milliseconds
// until the map is idle again.
import "maplibre-gl/dist/maplibre-gl.css";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    stepTo(fromMonth: number, toMonth: number): Promise<number>;
    benchReady?: boolean;
  }
}

const map = new maplibregl.Map({
  container: "map",
  bounds: [103.33, 21.2, 103.99, 21.63],
  style: {
    version: 8,
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#F4F1EA" } }],
  },
});

void (async () => {
  const response = await fetch(new URL("geodata/incidents.geojson", document.baseURI));
  const data = await response.json();
  for (const feature of data.features) {
    const date: string = feature.properties.date;
    feature.properties.month = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  }
  // The style may have loaded while the file was read: then "load" has already fired.
  if (!map.loaded()) await map.once("load");
  map.addSource("incidents", { type: "geojson", data });
  map.addLayer({
    id: "incidents",
    type: "circle",
    source: "incidents",
    paint: { "circle-radius": 3, "circle-color": "#A23B83" },
  });
  await map.once("idle");
  window.benchReady = true;
})();

window.stepTo = async (fromMonth, toMonth) => {
  const start = performance.now();
  map.setFilter("incidents", ["all", [">=", ["get", "month"], fromMonth], ["<=", ["get", "month"], toMonth]]);
  await map.once("idle");
  return performance.now() - start;
};
