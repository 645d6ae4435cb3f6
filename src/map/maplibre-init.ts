// MapLibre's process-wide settings, set once before the first map. Imported for its side effect
// by the controller only, so nothing else needs to remember it.
import { setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";

// maplibre-gl 6 does not find its worker by itself under Vite ("Worker failed to load").
setWorkerUrl(workerUrl);
