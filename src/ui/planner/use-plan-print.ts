// The picture on the planner's printed page, and the print button's work: draw it, put it in the
// summary, then open the browser's print dialog.
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Layers } from "../../domain/types";
import type { Camera, MapViewState, PlanMapData } from "../../map/map-state";
import { createSnapshotSession, type SnapshotSession } from "../../map/snapshot";
import { useMapCommands, useView } from "../app-context";
import { PLAN_PRINT_MAP, planPrintCamera, planPrintState } from "./print-map";
import type { PlannerViewState } from "./use-planner";

// The live WebGL canvas prints blank (its drawing buffer is not kept), and it shows only the part
// of the district the screen frames (a thin strip in the planner's layout). So the printout shows
// a picture of the whole district drawn off screen at the printed size (snapshot.ts, print-map.ts).
// For the browser's own print (Ctrl+P, the menu) it cannot be drawn in `beforeprint`: the browser
// lays out the printout as soon as that handler returns. So one is kept ready in the summary,
// drawn once the plan has been still this long after any change; the print button draws a fresh
// one first.
export const RECAPTURE_DELAY_MS = 1000;
// A picture waits for the map to finish drawing; past this, print with the last one (or none).
const CAPTURE_TIMEOUT_MS = 20_000;

export interface PlanPrint {
  /** The latest picture of the map (PNG data URL); null before the first. */
  image: string | null;
  imageRef: RefObject<HTMLImageElement | null>;
  /** True while the print button waits for a fresh picture. */
  preparing: boolean;
  /** Takes a fresh picture, shows it in the summary, then opens the browser's print dialog. */
  print(): Promise<void>;
}

/** Everything the printed map shows. */
interface PrintScene {
  layers: Layers;
  plan: PlanMapData;
  state: MapViewState;
  camera: Camera | null;
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timed out")), milliseconds);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * One off-screen map kept while there is a plan, drawing one picture at a time: a new map for
 * each picture would start a WebGL context and tile every source again.
 */
function useOffScreenMap() {
  const session = useRef<{ layers: Layers; session: SnapshotSession } | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const drop = useCallback(() => {
    session.current?.session.destroy();
    session.current = null;
  }, []);
  useEffect(() => drop, [drop]);

  const draw = useCallback(
    (scene: PrintScene): Promise<string> => {
      const run = async () => {
        if (session.current?.layers !== scene.layers) {
          drop();
          session.current = {
            layers: scene.layers,
            session: createSnapshotSession(scene.layers, PLAN_PRINT_MAP),
          };
        }
        const canvas = await session.current.session.render(scene.state, scene.camera, { plan: scene.plan });
        return canvas.toDataURL("image/png");
      };
      const picture = queue.current.then(() =>
        withTimeout(run(), CAPTURE_TIMEOUT_MS).catch((error: unknown) => {
          // A map that failed or hangs (a lost WebGL context) is not asked again: the next
          // picture starts a new one.
          drop();
          throw error;
        }),
      );
      queue.current = picture.catch(() => {});
      return picture;
    },
    [drop],
  );
  return { draw, drop };
}

export function usePlanPrint(view: PlannerViewState): PlanPrint {
  const mapCommands = useMapCommands();
  const [image, setImage] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const imageRef = useRef<HTMLImageElement | null>(null);
  // Pictures are numbered so a slow older one never replaces a newer one.
  const requested = useRef(0);
  const { draw, drop } = useOffScreenMap();

  // Everything that changes the printed map; only while there is a plan to print.
  const hasPlan = (view.evaluation?.picks.length ?? 0) > 0;
  const shown = hasPlan ? (view.showBefore ? view.beforeMapData : view.mapData) : null;
  const layers = view.layers;
  const language = useView((store) => store.language);
  const theme = useView((store) => store.theme);
  const visible = useView((store) => store.visible);
  const period = useView((store) => store.window);
  const incidentStyle = useView((store) => store.incidentStyle);
  const categories = useView((store) => store.categories);
  const scene = useMemo((): PrintScene | null => {
    if (!shown || !layers) return null;
    const state = planPrintState(
      { language, theme, visible, window: period, incidentStyle, categories },
      layers,
    );
    return { layers, plan: shown, state, camera: planPrintCamera(layers, shown) };
  }, [shown, layers, language, theme, visible, period, incidentStyle, categories]);
  const latestScene = useRef(scene);
  latestScene.current = scene;
  // Without a plan nothing is printed: the off-screen map's WebGL context is given back.
  useEffect(() => {
    if (!hasPlan) drop();
  }, [hasPlan, drop]);

  // Null when nothing could draw or it took too long; `newest` is false once a later picture has
  // been asked for.
  const capture = useCallback(
    async (current: PrintScene | null): Promise<{ image: string; newest: boolean } | null> => {
      const request = ++requested.current;
      let result = current ? await draw(current).catch(() => null) : null;
      // Fallback when the off-screen map fails (no WebGL context to spare, a lost context, a
      // timeout): the map as the screen frames it. Part of the district may be cut off, but a
      // picture of the plan beats none.
      const captureImage = mapCommands.current?.captureImage;
      if (result === null && captureImage) {
        result = await withTimeout(captureImage(), CAPTURE_TIMEOUT_MS).catch(() => null);
      }
      return result === null ? null : { image: result, newest: request === requested.current };
    },
    [mapCommands, draw],
  );

  useEffect(() => {
    if (!scene) return;
    let live = true;
    const timer = setTimeout(async () => {
      const result = await capture(scene);
      if (live && result?.newest) setImage(result.image);
    }, RECAPTURE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [scene, capture]);

  const print = useCallback(async () => {
    const current = latestScene.current;
    if (!current && !mapCommands.current?.captureImage) {
      globalThis.print();
      return;
    }
    setPreparing(true);
    // This picture is printed even if a newer one was asked for meanwhile: it is as recent as
    // the click. Committed at once, so the image is in the page before the dialog lays it out.
    const result = await capture(current);
    if (result) flushSync(() => setImage(result.image));
    await imageRef.current?.decode?.().catch(() => {});
    setPreparing(false);
    globalThis.print();
  }, [capture, mapCommands]);

  return { image, imageRef, preparing, print };
}
