import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { basemapFiles } from "./src/build/basemap-files.ts";
import { briefingTemplate } from "./src/build/briefing-template.ts";
import { serviceWorker } from "./src/build/service-worker.ts";
import { META_POLICY } from "./src/security-policy";

const geodataDirectory = resolve(import.meta.dirname, "geodata");
const servedExtensions = new Set([".json", ".geojson"]);

const gazetteerDirectory = resolve(import.meta.dirname, "public/gazetteer");

// index.csv and the province files it names (one per line after its header: "province,file").
function gazetteerFiles(): string[] {
  const index = readFileSync(join(gazetteerDirectory, "index.csv"), "utf8");
  const named = index
    .split(/\r?\n/u)
    .slice(1)
    .map((line) => line.split(",").at(-1)?.trim() ?? "")
    .filter((name) => name !== "");
  return ["index.csv", ...named];
}

// The data stays a plain folder of exports that a data steward can replace without touching the
// code: the dev server serves it at ./geodata/ and the build copies it next to index.html.
function geodataFolder(): Plugin {
  const dataFiles = () =>
    readdirSync(geodataDirectory).filter(
      (name) => servedExtensions.has(extname(name)) && statSync(join(geodataDirectory, name)).isFile(),
    );
  return {
    name: "binh-yen-geodata",
    configureServer(server) {
      server.middlewares.use("/geodata/", (request, response, next) => {
        const name = decodeURIComponent((request.url ?? "").split("?")[0]?.replace(/^\//, "") ?? "");
        if (!dataFiles().includes(name)) return next();
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.end(readFileSync(join(geodataDirectory, name)));
      });
    },
    // The data files are fetched as soon as the page is parsed, alongside the scripts, instead
    // of after the app has started and read the manifest.
    // The gazetteer too: the data is joined only once it is read.
    transformIndexHtml: {
      order: "post",
      handler: () =>
        [
          ...["manifest.json", ...dataFiles().filter((name) => name !== "manifest.json")].map(
            (name) => `./geodata/${name}`,
          ),
          ...gazetteerFiles().map((name) => `./gazetteer/${name}`),
        ].map((href) => ({
          tag: "link",
          attrs: { rel: "preload", as: "fetch", crossorigin: "anonymous", href },
          injectTo: "head" as const,
        })),
    },
    generateBundle() {
      for (const name of dataFiles()) {
        this.emitFile({
          type: "asset",
          fileName: `geodata/${name}`,
          source: readFileSync(join(geodataDirectory, name)),
        });
      }
    },
  };
}

// The policy (src/security-policy.ts) in the built page's meta tag; not in the dev server, which
// injects inline scripts.
function contentSecurityPolicyTag(): Plugin {
  return {
    name: "binh-yen-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: META_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

// `base: "./"` makes every asset URL relative, so `dist/` works from any sub-path of any static
// server without rebuilding.
export default defineConfig({
  base: "./",
  plugins: [
    react(),
    geodataFolder(),
    contentSecurityPolicyTag(),
    basemapFiles(geodataDirectory),
    briefingTemplate(import.meta.dirname),
    serviceWorker(resolve(import.meta.dirname, "src/pwa/sw.ts")),
  ],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // What the first visit loads (every module the entry imports statically) comes in two
        // files, MapLibre and the app, instead of some fifty small chunks: one gzip stream
        // compresses the app's code about 18 kB better, and the page makes two requests. Code
        // loaded on first use (import()) is still split automatically.
        codeSplitting: {
          groups: [
            { name: "maplibre", test: /node_modules[\\/]maplibre-gl[\\/]/, tags: ["$initial"], priority: 2 },
            { name: "app", tags: ["$initial"], priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: "es" },
});
