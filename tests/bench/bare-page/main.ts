// The baseline the app is measured against: the least a developer would write to show the same
// GeoJSON files with MapLibre, with no checking, joining, React or fonts.
import "maplibre-gl/dist/maplibre-gl.css";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

maplibregl.setWorkerUrl(workerUrl);

const data = (name: string) => new URL(`geodata/${name}.geojson`, document.baseURI).href;

const map = new maplibregl.Map({
  container: "map",
  bounds: [103.33, 21.2, 103.99, 21.63],
  style: {
    version: 8,
    sources: {
      units: { type: "geojson", data: data("units") },
      hamlets: { type: "geojson", data: data("hamlets") },
      sites: { type: "geojson", data: data("sites") },
      incidents: { type: "geojson", data: data("incidents"), cluster: true, clusterMaxZoom: 12 },
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#F4F1EA" } },
      {
        id: "units-fill",
        type: "fill",
        source: "units",
        paint: { "fill-color": "#56B4E9", "fill-opacity": 0.2 },
      },
      {
        id: "units-line",
        type: "line",
        source: "units",
        paint: { "line-color": "#2F3E46", "line-width": 2 },
      },
      { id: "units-label", type: "symbol", source: "units", layout: { "text-field": ["get", "name"] } },
      { id: "hamlets", type: "circle", source: "hamlets", paint: { "circle-radius": 5 } },
      {
        id: "sites",
        type: "circle",
        source: "sites",
        paint: { "circle-radius": 7, "circle-color": "#F0E442" },
      },
      {
        id: "clusters",
        type: "circle",
        source: "incidents",
        filter: ["has", "point_count"],
        paint: { "circle-radius": 16, "circle-color": "#A23B83" },
      },
      {
        id: "incidents",
        type: "circle",
        source: "incidents",
        filter: ["!", ["has", "point_count"]],
        paint: { "circle-radius": 3, "circle-color": "#A23B83" },
      },
    ],
  },
});

map.once("idle", () => performance.mark("binhyen:first-idle"));
