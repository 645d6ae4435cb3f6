import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Layers } from "../domain/types";
import { MapController, type MapControllerOptions } from "../map/controller";
import { EMPTY_LAYERS } from "../map/layers";
import type { MapTiles } from "../map/layers-tiled";
import type {
  Camera,
  CoverageMapData,
  MapDebugHandle,
  MapSelection,
  MapViewState,
  PlanMapData,
} from "../map/map-state";
import { paletteFor } from "../map/palette";
import { useMapCommands, useView } from "./app-context";
import { useBasemapPending, useDeployConfig, useMapBasemap } from "./deploy-config";
import { mapStateOf } from "./map-state-of";
import { useComparePosition } from "./planner/compare-position";
import { useText } from "./use-text";

declare global {
  interface Window {
    /** Read-only view of the map for the end-to-end tests; nothing on it changes the style. */
    binhYenMap?: MapDebugHandle & {
      whenIdle(): Promise<void>;
      /** The main map's camera and, in the planner's swipe, the "before" map's. */
      cameras(): { main: Camera; before: Camera | null };
    };
  }
}

// Where the map opens before the data says otherwise: the middle of Thuận Châu district.
// The swipe's divider loads with the first swipe, as the second map does (map/controller.ts).
const CompareSwipe = lazy(() =>
  import("./planner/CompareSwipe").then((module) => ({ default: module.CompareSwipe })),
);

const FALLBACK_CAMERA: Camera = { center: [103.66, 21.43], zoom: 9.5 };

// The benchmark reads this mark: navigation to the first map drawn with the data on it.
const FIRST_IDLE_MARK = "binhyen:first-idle";

export interface MapViewProps {
  /** null while the data is still loading: the map starts anyway, so both happen at once. */
  layers: Layers | null;
  /** The coverage view's colours and reach; null outside it or while computing the first time. */
  coverage?: CoverageMapData | null;
  /** The expansion planner's candidates, picks and timeline; null outside it. */
  plan?: PlanMapData | null;
  /** Told of every click on the map after the selection is stored (the planner toggles picks). */
  onMapSelect?: (selection: MapSelection | null) => void;
  /** Tests pass a fake map and font loader; the app uses the real ones. */
  testing?: Pick<MapControllerOptions, "createMap" | "loadFonts" | "baseUri">;
  /** The data drawn from a tile archive instead of `layers` (which are then empty). */
  tiles?: MapTiles | null;
  /** The URL of an archive sure to be drawn, known before `tiles`: read ahead while the rest loads. */
  archiveAhead?: string | null;
}

/** The map's part of the view state: windows become month numbers the style can compare. */
function useMapViewState(
  layers: Layers | null,
  coverage: CoverageMapData | null,
  tiles: MapTiles | null,
): MapViewState {
  const visible = useView((store) => store.visible);
  const selected = useView((store) => store.selected);
  const language = useView((store) => store.language);
  const mode = useView((store) => store.mode);
  const chosenWindow = useView((store) => store.window);
  // In the coverage view the incidents follow the figures' window (see CoverageMapData.window).
  const window = (mode === "coverage" && coverage?.window) || chosenWindow;
  const incidentStyle = useView((store) => store.incidentStyle);
  const categories = useView((store) => store.categories);
  const theme = useView((store) => store.theme);
  const basemap = useMapBasemap();
  return useMemo(
    () =>
      mapStateOf(
        { visible, selected, language, theme, mode, window, incidentStyle, categories },
        layers,
        basemap,
        tiles,
      ),
    [visible, selected, language, theme, mode, window, incidentStyle, categories, layers, basemap, tiles],
  );
}

export function MapView({
  layers,
  coverage = null,
  plan = null,
  onMapSelect,
  testing,
  tiles = null,
  archiveAhead = null,
}: MapViewProps) {
  const container = useRef<HTMLElement>(null);
  const controller = useRef<MapController | null>(null);
  const dataShown = useRef(false);
  const mapCommands = useMapCommands();
  const state = useMapViewState(layers, coverage, tiles);
  const tx = useText();
  const [failure, setFailure] = useState<string | null>(null);
  const select = useView((store) => store.select);
  const cameraMoved = useView((store) => store.cameraMoved);
  // Read once: later camera changes come from the map itself, not the other way round.
  const initialCamera = useView((store) => store.camera);
  const maxBounds = useDeployConfig().config.bounds;
  const firstProps = useRef({ state, initialCamera, testing, maxBounds });
  // Read through a ref so a new callback never rebinds the map's handlers.
  const onMapSelectRef = useRef(onMapSelect);
  onMapSelectRef.current = onMapSelect;

  // A layout effect like the ones below, declared first: the controller exists before they run.
  useLayoutEffect(() => {
    if (!container.current) return;
    const start = firstProps.current;
    const created = new MapController({
      container: container.current,
      layers: EMPTY_LAYERS,
      layersPending: true,
      state: start.state,
      camera: start.initialCamera ?? FALLBACK_CAMERA,
      handlers: { onSelect: () => {}, onCamera: () => {} },
      maxBounds: start.maxBounds,
      ...start.testing,
    });
    controller.current = created;
    mapCommands.current = {
      fitBounds: (bounds, options) => created.fitBounds(bounds, options),
      resetView: () => created.resetView(),
      flyTo: (camera) => created.flyTo(camera),
      getCamera: () => created.getCamera(),
      captureImage: () => created.captureImage(),
    };
    window.binhYenMap = {
      ...created.debugHandle(),
      whenIdle: () => created.whenIdle(),
      cameras: () => ({ main: created.getCamera(), before: created.getCompareCamera() }),
    };
    return () => {
      created.destroy();
      controller.current = null;
      mapCommands.current = null;
      window.binhYenMap = undefined;
    };
  }, [mapCommands]);

  useEffect(() => {
    controller.current?.setHandlers({
      onSelect: (selection) => {
        select(selection);
        onMapSelectRef.current?.(selection);
      },
      onCamera: (camera) => cameraMoved(camera),
      onFailure: setFailure,
      onIdle: () => {
        if (dataShown.current && performance.getEntriesByName(FIRST_IDLE_MARK).length === 0) {
          performance.mark(FIRST_IDLE_MARK);
        }
      },
    });
  }, [select, cameraMoved]);

  useEffect(() => {
    if (archiveAhead) controller.current?.readArchiveAhead(archiveAhead);
  }, [archiveAhead]);

  // The map is made with its data (the controller waits for it), and with the basemap if one is
  // configured, so the first picture is the whole picture.
  const basemapPending = useBasemapPending();
  useLayoutEffect(() => {
    const map = controller.current;
    if (!map || !layers || basemapPending) return;
    const firstData = !dataShown.current;
    map.setLayers(layers);
    dataShown.current = true;
    // Without a camera in the URL, the first data decides the view: the whole district.
    if (firstData && !firstProps.current.initialCamera) map.resetView({ animate: false, tiles });
  }, [layers, tiles, basemapPending]);

  // Layout effects: the map hears of a change in the same commit that shows it beside the map, so
  // figures and map never disagree for a frame (and a waiter never sees one without the other).
  useLayoutEffect(() => controller.current?.setState(state), [state]);
  useLayoutEffect(() => controller.current?.setCoverage(coverage), [coverage]);
  useLayoutEffect(() => controller.current?.setPlan(plan), [plan]);
  const compare = useComparePosition();
  useLayoutEffect(
    () => controller.current?.setCompare(compare === null ? null : { position: compare }),
    [compare],
  );

  return (
    <>
      <section
        ref={container}
        className="map"
        aria-label={tx.t("map.label")}
        data-testid="map"
        // The map's own background shows until the map is made and draws.
        style={{ background: paletteFor(state.theme).background }}
      />
      <p className="map-drawing" role="status">
        {tx.t("map.drawing")}
      </p>
      {failure !== null && (
        <div className="map-failed" role="alert" data-testid="map-failed">
          <p>{tx.t("map.failed")}</p>
          <p>{tx.t("map.failedHelp")}</p>
          <p className="map-failed-reason" lang="en">
            {failure}
          </p>
        </div>
      )}
      {compare !== null && (
        <Suspense fallback={null}>
          <CompareSwipe position={compare} />
        </Suspense>
      )}
    </>
  );
}
