// The baseline the app is measured against: the least a developer would write to show the same
// GeoJSON files with MapLibre, with no checking, joining, React or fonts. `?camera=lon,lat,zoom`
// opens it where the app opened (the bench reads the app's camera), so both draw the same tiles.
// `benchView(view)` makes the kind of style change a view switch makes, for the tour benchmark.
import "maplibre-gl/dist/maplibre-gl.css";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

maplibregl.setWorkerUrl(workerUrl);

type View = "map" | "coverage" | "planner";
declare global {
  interface Window {
    benchView(view: View): void;
    benchWhenIdle(): Promise<void>;
  }
}

const data = (name: string) => new URL(`geodata/${name}.geojson`, document.baseURI).href;
const [longitude, latitude, zoom] = (new URLSearchParams(location.search).get("camera") ?? "")
  .split(",")
  .map(Number);
const camera =
  zoom === undefined || Number.isNaN(zoom)
    ? { bounds: [103.33, 21.2, 103.99, 21.63] as [number, number, number, number] }
    : { center: [longitude, latitude] as [number, number], zoom };

const map = new maplibregl.Map({
  container: "map",
  ...camera,
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

// Colours by data, as a coverage or planner view would set them: MapLibre re-evaluates them per
// feature. The incidents are hidden outside the map view, as the planner hides them.
interface ViewStyle {
  fill: maplibregl.DataDrivenPropertyValueSpecification<string>;
  hamlets: maplibregl.DataDrivenPropertyValueSpecification<string>;
  radius: maplibregl.DataDrivenPropertyValueSpecification<number>;
  incidents: "visible" | "none";
}
const VIEW_STYLES: Record<View, ViewStyle> = {
  map: { fill: "#56B4E9", hamlets: "#000000", radius: 5, incidents: "visible" },
  coverage: {
    fill: ["interpolate", ["linear"], ["%", ["to-number", ["get", "code"]], 97], 0, "#FDE0C5", 96, "#B2182B"],
    hamlets: ["match", ["get", "modelStatus"], "none", "#999999", "planned", "#E69F00", "#009E73"],
    radius: 5,
    incidents: "visible",
  },
  planner: {
    fill: "#DDDDDD",
    hamlets: ["match", ["get", "modelStatus"], "none", "#0072B2", "#BBBBBB"],
    radius: ["interpolate", ["linear"], ["get", "population"], 200, 3, 1500, 9],
    incidents: "none",
  },
};

window.benchView = (view) => {
  const style = VIEW_STYLES[view];
  map.setPaintProperty("units-fill", "fill-color", style.fill);
  map.setPaintProperty("hamlets", "circle-color", style.hamlets);
  map.setPaintProperty("hamlets", "circle-radius", style.radius);
  for (const layer of ["clusters", "incidents"]) map.setLayoutProperty(layer, "visibility", style.incidents);
};

window.benchWhenIdle = () => new Promise((resolve) => map.once("idle", () => resolve()));
