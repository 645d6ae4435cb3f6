// The one-page summary a planner hands to the leadership: hidden on screen, the only thing printed
// (see planner.css @media print): the plan's name, a picture of the map, the before → after
// figures and the ordered list of hamlets.
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Plan } from "../../domain/planner/planner-types";
import type { WhatIf } from "../../domain/planner/what-if";
import type { Layers } from "../../domain/types";
import type { Camera, MapViewState, PlanMapData } from "../../map/map-state";
import { createSnapshotSession, type SnapshotSession } from "../../map/snapshot";
import { useMapCommands, useView } from "../app-context";
import { formatNumber } from "../coverage/coverage-i18n";
import { GAIN_PHRASES, OBJECTIVE_PHRASES, plannerText, WHAT_IF_PHRASES } from "./planner-i18n";
import { PLAN_PRINT_MAP, planPrintCamera, planPrintState } from "./print-map";
import type { PlannerViewState } from "./use-planner";
import { formatWhatIf } from "./WhatIfStrip";

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
// Past this many picks the printed list takes a smaller type (see planner.css).
const LONG_LIST = 20;

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

export function PrintButton({ printing, disabled }: { printing: PlanPrint; disabled: boolean }) {
  const language = useView((store) => store.language);
  return (
    <button
      type="button"
      disabled={disabled || printing.preparing}
      aria-busy={printing.preparing}
      onClick={() => void printing.print()}
      data-testid="planner-print"
    >
      {plannerText(language, printing.preparing ? "printPreparing" : "print")}
    </button>
  );
}

export function PrintSummary({
  plan,
  whatIf,
  unitNames,
  printing,
}: {
  plan: Plan;
  whatIf: WhatIf;
  unitNames: Readonly<Record<string, string>>;
  printing?: Pick<PlanPrint, "image" | "imageRef">;
}) {
  const language = useView((store) => store.language);
  const t = (phrase: Parameters<typeof plannerText>[1], values?: Record<string, string | number>) =>
    plannerText(language, phrase, values);
  const r = formatNumber(plan.options.radiusKm, language, 1);
  // A long list takes a smaller type, so the page stays one page up to the largest K.
  const long = plan.picks.length > LONG_LIST;
  return (
    <section className="plan-print" data-testid="plan-print" data-long={long}>
      <header className="plan-print-head">
        {/* An unsaved plan is named after the title itself: say it once. */}
        <h1>{plan.name === t("printTitle") ? plan.name : `${t("printTitle")}: ${plan.name}`}</h1>
        <p>
          {t("printPrepared", {
            date: new Date(plan.createdAt).toLocaleDateString(language === "vi" ? "vi-VN" : "en-GB"),
          })}{" "}
          · {t("objectiveOf", { objective: t(OBJECTIVE_PHRASES[plan.options.objective]), r })}
        </p>
      </header>
      {printing?.image && (
        <img
          ref={printing.imageRef}
          className="plan-print-map"
          src={printing.image}
          alt={t("printMapAlt", { n: plan.picks.length, r })}
          data-testid="plan-print-map"
        />
      )}
      <table className="plan-print-figures">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {whatIf.figures.map((figure) => {
            const text = formatWhatIf(figure, language);
            return (
              <tr key={figure.key}>
                <th scope="row">{t(WHAT_IF_PHRASES[figure.key], { r })}</th>
                <td>{text.before}</td>
                <td>
                  {text.after} ({text.change})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="plan-print-picks">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("order")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("commune")}</th>
              <th scope="col">{t("gain")}</th>
              <th scope="col">{t("score")}</th>
            </tr>
          </thead>
          <tbody>
            {plan.picks.map((pick) => (
              <tr key={pick.code}>
                <td>{pick.order}</td>
                <td>{pick.name}</td>
                <td>{pick.unitCode ? (unitNames[pick.unitCode] ?? pick.unitCode) : "—"}</td>
                <td>{t(GAIN_PHRASES[plan.options.objective], { n: formatNumber(pick.gain, language) })}</td>
                <td>{pick.score === null ? "—" : formatNumber(pick.score * 100, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
