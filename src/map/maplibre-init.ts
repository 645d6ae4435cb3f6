// MapLibre's process-wide settings, set once before the first map. Imported for its side effect
// by the controller only, so nothing else needs to remember it.
import { prewarm, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";

// maplibre-gl 6 does not find its worker by itself under Vite ("Worker failed to load").
setWorkerUrl(workerUrl);

// The map's worker starts loading now, while the page renders and the data is read, instead of
// when the map is created (it is created once the data is here; see the controller). Measured:
// the first idle about a tenth sooner. Not under unit tests, which have no Worker.
if (typeof Worker !== "undefined") prewarm();
