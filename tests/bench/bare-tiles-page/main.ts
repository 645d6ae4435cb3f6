// The baseline for the national archive: the least a developer would write to show the archive
// `geodata tiles` made (?archive=name.pmtiles in geodata/) with MapLibre and the pmtiles protocol:
// communes, their names, hamlets, sites, incident clusters and points, no React, no checks.
// `?camera=lon,lat,zoom` opens it where the app opened.
import "maplibre-gl/dist/maplibre-gl.css";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { Protocol } from "pmtiles";

maplibregl.setWorkerUrl(workerUrl);
maplibregl.addProtocol("pmtiles", new Protocol().tile);

const parameters = new URLSearchParams(location.search);
const archive = new URL(`geodata/${parameters.get("archive") ?? "national.pmtiles"}`, document.baseURI).href;
const [longitude = 106, latitude = 16, zoom = 5] = (parameters.get("camera") ?? "").split(",").map(Number);
const source = "data";

const map = new maplibregl.Map({
  container: "map",
  center: [longitude, latitude],
  zoom,
  style: {
    version: 8,
    sources: { [source]: { type: "vector", url: `pmtiles://${archive}` } },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#F4F1EA" } },
      {
        id: "units-fill",
        type: "fill",
        source,
        "source-layer": "units",
        paint: { "fill-color": "#56B4E9", "fill-opacity": 0.2 },
      },
      {
        id: "units-line",
        type: "line",
        source,
        "source-layer": "units",
        paint: { "line-color": "#2F3E46", "line-width": 1 },
      },
      {
        id: "hamlets",
        type: "circle",
        source,
        "source-layer": "hamlets",
        paint: { "circle-radius": 3 },
      },
      {
        id: "sites",
        type: "circle",
        source,
        "source-layer": "sites",
        paint: { "circle-radius": 5, "circle-color": "#F0E442" },
      },
      {
        id: "clusters",
        type: "circle",
        source,
        "source-layer": "incidents",
        filter: ["has", "point_count"],
        paint: { "circle-radius": 14, "circle-color": "#A23B83" },
      },
      {
        id: "cluster-counts",
        type: "symbol",
        source,
        "source-layer": "incidents",
        filter: ["has", "point_count"],
        layout: { "text-field": ["get", "point_count_abbreviated"] },
      },
      {
        id: "incidents",
        type: "circle",
        source,
        "source-layer": "incidents",
        filter: ["!", ["has", "point_count"]],
        paint: { "circle-radius": 3, "circle-color": "#A23B83" },
      },
      {
        id: "units-label",
        type: "symbol",
        source,
        "source-layer": "unit-labels",
        layout: { "text-field": ["get", "labelVi"] },
      },
    ],
  },
});

map.once("idle", () => performance.mark("binhyen:first-idle"));
