// Navigation to the first complete picture with the deployer's basemap on: the app (a copy of
// dist/ with a config.json naming a PMTiles archive made from the sample's geometry) against a
// bare MapLibre page showing the same archive with the same Protomaps style and the same GeoJSON
// files. Same measure on both sides: the first `idle` with the data on the map, then two animation
// frames after the map's canvas is visible (the app draws its first picture out of sight).
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { findChromium } from "../e2e/browser";
import { serveDirectory } from "../e2e/static-server";
import { sampleBasemap } from "../fixtures/basemap/sample-basemap";
import { alternate, type Benchmark, summarise } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const cache = resolve(root, "node_modules/.cache/binhyen-bench");
const ROUNDS = 7;
const SETTLE_MS = 1000;

// The bare page, as a developer would write it: the archive through the pmtiles protocol, the
// Protomaps layers (those without sprite icons, as in the app), the sample's files on top.
const BARE_MAIN = `
import "maplibre-gl/dist/maplibre-gl.css";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { Protocol } from "pmtiles";
import { layers, namedFlavor } from "@protomaps/basemaps";
maplibregl.setWorkerUrl(workerUrl);
maplibregl.addProtocol("pmtiles", new Protocol().tile);
const data = (name) => new URL("geodata/" + name + ".geojson", document.baseURI).href;
const basemap = layers("basemap", namedFlavor("light"), { lang: "vi" }).filter(
  (layer) => !["background", "pois", "roads_oneway", "roads_shields"].includes(layer.id),
);
const map = new maplibregl.Map({
  container: "map",
  bounds: [103.33, 21.2, 103.99, 21.63],
  style: {
    version: 8,
    sources: {
      basemap: { type: "vector", url: "pmtiles://" + new URL("geodata/basemap.pmtiles", document.baseURI).href },
      units: { type: "geojson", data: data("units") },
      hamlets: { type: "geojson", data: data("hamlets") },
      sites: { type: "geojson", data: data("sites") },
      incidents: { type: "geojson", data: data("incidents"), cluster: true, clusterMaxZoom: 12 },
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#F4F1EA" } },
      ...basemap.map((layer) => ({
        ...layer,
        layout: Object.fromEntries(Object.entries(layer.layout ?? {}).filter(([key]) => key !== "icon-image")),
      })),
      { id: "units-fill", type: "fill", source: "units", paint: { "fill-color": "#56B4E9", "fill-opacity": 0.14 } },
      { id: "units-line", type: "line", source: "units", paint: { "line-color": "#2F3E46", "line-width": 2 } },
      { id: "units-label", type: "symbol", source: "units", layout: { "text-field": ["get", "name"] } },
      { id: "hamlets", type: "circle", source: "hamlets", paint: { "circle-radius": 5 } },
      { id: "sites", type: "circle", source: "sites", paint: { "circle-radius": 7, "circle-color": "#F0E442" } },
      { id: "clusters", type: "circle", source: "incidents", filter: ["has", "point_count"], paint: { "circle-radius": 16, "circle-color": "#A23B83" } },
      { id: "incidents", type: "circle", source: "incidents", filter: ["!", ["has", "point_count"]], paint: { "circle-radius": 3, "circle-color": "#A23B83" } },
    ],
  },
});
map.once("idle", () => performance.mark("binhyen:first-idle"));
`;

const BARE_HTML = `<!doctype html><html lang="vi"><head><meta charset="UTF-8" /><title>Bare MapLibre + basemap</title>
<style>html, body, #map { height: 100%; margin: 0; }</style></head>
<body><div id="map"></div><script type="module" src="./main.js"></script></body></html>`;

async function buildBarePage(archive: Uint8Array): Promise<string> {
  const source = resolve(cache, "basemap-bare-src");
  const outDir = resolve(cache, "basemap-bare");
  mkdirSync(source, { recursive: true });
  writeFileSync(resolve(source, "index.html"), BARE_HTML);
  writeFileSync(resolve(source, "main.js"), BARE_MAIN);
  await build({
    root: source,
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  cpSync(resolve(root, "geodata"), resolve(outDir, "geodata"), { recursive: true });
  writeFileSync(resolve(outDir, "geodata/basemap.pmtiles"), archive);
  return outDir;
}

function appWithBasemap(archive: Uint8Array): string {
  const outDir = resolve(cache, "basemap-app");
  cpSync(resolve(root, "dist"), outDir, { recursive: true });
  writeFileSync(
    resolve(outDir, "geodata/config.json"),
    JSON.stringify({ basemap: { url: "basemap.pmtiles" } }),
  );
  writeFileSync(resolve(outDir, "geodata/basemap.pmtiles"), archive);
  return outDir;
}

// In the page from its first script: resolves with the time the complete picture is on screen.
// A string, so that nothing the test runner adds to functions reaches the page.
const WATCH_PICTURE = `
window.pictureOnScreen = new Promise((done) => {
  const check = () => {
    const canvas = document.querySelector(".maplibregl-canvas");
    const drawn = performance.getEntriesByName("binhyen:first-idle").length > 0;
    if (drawn && canvas && canvas.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
    } else setTimeout(check, 5);
  };
  check();
});`;

async function timeToPicture(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: "block",
  });
  await context.addInitScript(WATCH_PICTURE);
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { pictureOnScreen: Promise<number> }).pictureOnScreen,
    undefined,
    { timeout: 120_000 },
  );
  const milliseconds = (await handle.jsonValue()) as number;
  await context.close();
  await new Promise((settle) => setTimeout(settle, SETTLE_MS));
  return milliseconds;
}

export function basemapBenchmark(browser: () => Promise<Browser>): Benchmark {
  const name = "navigation → first picture with the basemap on";
  return {
    name,
    async run() {
      if (!findChromium()) throw new Error("Chromium is needed for this benchmark");
      const archive = sampleBasemap();
      const app = await serveDirectory(appWithBasemap(archive));
      const bare = await serveDirectory(await buildBarePage(archive));
      const chromium = await browser();
      try {
        await timeToPicture(chromium, app.url);
        await timeToPicture(chromium, bare.url);
        const samples = await alternate(
          ROUNDS,
          () => timeToPicture(chromium, app.url),
          () => timeToPicture(chromium, bare.url),
        );
        return summarise(name, "bare MapLibre page, same archive and style", 1.3, samples);
      } finally {
        await app.close();
        await bare.close();
      }
    },
  };
}
