import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Dataset } from "../../data/dataset";
import { textsFor } from "../../i18n";
import { captureView, type Deck, type SavedView, type Slide } from "../../state/deck";
import { createDeckStore } from "../../state/deck-store";
import { briefingFromUrl, briefingToUrl } from "../../state/deck-url";
import type { Theme } from "../../state/view";
import { useMapCommands, useView } from "../app-context";
import type { CoverageEngine } from "../coverage/use-coverage";
import { type BriefingContextValue, BriefingProvider } from "./briefing-context";
import { upgradeLegacyDeck } from "./legacy-deck";
import { FRAME_COLOURS, frameStyle, type ProjectorTheme } from "./presentation-colours";
import { PROJECTOR_THEME_KEY, rememberedProjectorTheme, safeStorage } from "./projector-theme";
import { sampleDeck } from "./sample-deck";
import { resolveSlide, SUBJECT_PADDING, savedCamera } from "./slide-view";
import { useBriefingKeys } from "./use-briefing-keys";
import { useDeckPlanCode, useStoryData } from "./use-story-data";
import "./briefing-panel.css";
import "./briefing-presentation.css";
import "./briefing-print.css";

// The presentation's frame loads when presenting starts, and the print sheet just after the page:
// neither is part of the first screen.
const frame = () => import("./PresentationFrame");
const PresentationTitleBar = lazy(() => frame().then((module) => ({ default: module.PresentationTitleBar })));
const PresentationFooter = lazy(() => frame().then((module) => ({ default: module.PresentationFooter })));
const BriefingSideColumn = lazy(() =>
  import("./BriefingSideColumn").then((module) => ({ default: module.BriefingSideColumn })),
);
const PrintSheet = lazy(() => import("./PrintSheet").then((module) => ({ default: module.PrintSheet })));

interface BriefingRootProps {
  dataset: Dataset | null;
  /** The normal app; it stays mounted in presentation mode, only its controls are hidden. */
  children: ReactNode;
  /**
   * The single-file briefing (src/briefing-file): this deck only, always presenting, nothing
   * kept in the browser or written to the address bar; Esc only leaves full screen.
   */
  file?: { deck: Deck };
  /**
   * Where story slides get their coverage; the app's own worker by default. A briefing file
   * brings its own: a worker loaded by URL cannot start in a page opened from disk.
   */
  coverageEngine?: CoverageEngine;
}

/**
 * Presentation mode around the app: with present=1 in the URL, or after P or the header button,
 * the controls disappear and a title bar, legend and footer frame the map.
 */
export function BriefingRoot({ dataset, children, file, coverageEngine }: BriefingRootProps) {
  const view = useView((store) => store);
  const viewRef = useRef(view);
  viewRef.current = view;
  const mapCommands = useMapCommands();
  const [useDeck] = useState(() => {
    const fromUrl = briefingFromUrl(window.location.search);
    if (file) return createDeckStore({ storage: undefined, fallbackDeck: () => file.deck, presenting: true });
    return createDeckStore({
      storage: safeStorage(),
      fallbackDeck: () => sampleDeck(view.language),
      upgrade: upgradeLegacyDeck,
      presenting: fromUrl.presenting,
      slideIndex: fromUrl.slideIndex,
    });
  });
  const presenting = useDeck((state) => state.presenting);
  const blanked = useDeck((state) => state.blanked);
  const currentSlide = useDeck((state) => state.deck.slides[state.current]);
  const storyData = useStoryData(dataset, presenting, coverageEngine);
  const planCode = useDeckPlanCode(presenting);
  // The theme the app had before presenting, to give back on leaving.
  const themeBefore = useRef<Theme>("standard");
  // The view before presenting (every saved field, the camera included), to give back on leaving.
  const viewBefore = useRef<SavedView | null>(null);
  const datasetRef = useRef(dataset);
  datasetRef.current = dataset;

  const applySlide = useCallback(
    (slide: Slide) => {
      const resolved = resolveSlide(slide, viewRef.current, datasetRef.current?.layers ?? null);
      viewRef.current.restoreView(captureView(resolved.view));
      // Two frames later: entering presentation mode (or the data arriving) resizes the map, and
      // framing the district must be computed for the size it will have, not the one it had.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (resolved.camera) mapCommands.current?.flyTo(resolved.camera);
          else if (resolved.focus)
            mapCommands.current?.fitBounds(resolved.focus, { padding: SUBJECT_PADDING });
          else mapCommands.current?.resetView();
        }),
      );
    },
    [mapCommands],
  );

  const showSlide = useCallback(
    (index: number) => {
      useDeck.getState().goToSlide(index);
      const { deck, current } = useDeck.getState();
      const slide = deck.slides[current];
      if (slide) applySlide(slide);
    },
    [useDeck, applySlide],
  );

  const setProjectorTheme = useCallback((theme: ProjectorTheme) => {
    viewRef.current.setTheme(theme);
    try {
      safeStorage()?.setItem(PROJECTOR_THEME_KEY, theme);
    } catch {
      // not remembered for next time; the theme still applies now
    }
  }, []);

  const enterPresentation = useCallback(() => {
    if (useDeck.getState().presenting) return;
    viewBefore.current = captureView(viewRef.current);
    const current = viewRef.current.theme;
    themeBefore.current = current;
    if (current === "standard") viewRef.current.setTheme(rememberedProjectorTheme());
    useDeck.getState().setPresenting(true);
    showSlide(useDeck.getState().current);
  }, [useDeck, showSlide]);

  const inFile = file !== undefined;
  const exitPresentation = useCallback(() => {
    if (inFile) {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      return;
    }
    if (!useDeck.getState().presenting) return;
    useDeck.getState().setPresenting(false);
    viewRef.current.setTheme(themeBefore.current);
    // Everything the slides changed (layers, mode, selection, window, camera) goes back.
    const before = viewBefore.current;
    viewBefore.current = null;
    if (before) {
      viewRef.current.restoreView(before);
      const camera = savedCamera(before);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (camera) mapCommands.current?.flyTo(camera);
          else mapCommands.current?.resetView();
        }),
      );
    }
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  }, [useDeck, inFile, mapCommands]);

  const addCurrentView = useCallback(() => {
    const state = useDeck.getState();
    const number = state.deck.slides.length + 1;
    const unitName = selectedName(viewRef.current.selected, dataset);
    const title = unitName ?? textsFor(viewRef.current.language).t("briefing.newSlideTitle", { n: number });
    state.addSlide(captureView(viewRef.current), title);
  }, [useDeck, dataset]);

  // Opened with present=1: the first slide (or slide=N) once the data is on the map, so the
  // app's own "frame the district when the data arrives" does not undo the slide's camera.
  const openedPresenting = useRef(useDeck.getState().presenting);
  useEffect(() => {
    if (!openedPresenting.current) return;
    viewBefore.current = captureView(viewRef.current);
    themeBefore.current = viewRef.current.theme;
    if (viewRef.current.theme === "standard") viewRef.current.setTheme(rememberedProjectorTheme());
  }, []);
  useEffect(() => {
    if (!dataset || !openedPresenting.current) return;
    openedPresenting.current = false;
    showSlide(useDeck.getState().current);
  }, [dataset, useDeck, showSlide]);

  // present=1 and slide=N follow the briefing; the view's own parameters are left alone.
  useEffect(() => {
    if (inFile) return;
    const write = () => {
      const { presenting: shown, current, deck } = useDeck.getState();
      const search = briefingToUrl(window.location.search, {
        presenting: shown,
        slideIndex: shown && deck.slides.length > 0 ? current : null,
      });
      if (search !== window.location.search)
        window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}`);
    };
    write();
    return useDeck.subscribe(write);
  }, [useDeck, inFile]);

  useBriefingKeys({ useDeck, showSlide, enterPresentation, exitPresentation, setProjectorTheme, viewRef });

  // The next-sites slide shows the plan on the map as the planner would, without its rankings.
  const radiusKm = view.radiusKm;
  const presentedPlan = useMemo(() => {
    const plan = storyData?.plan;
    if (!presenting || currentSlide?.story !== "next-sites" || !plan || !dataset || !planCode)
      return undefined;
    return planCode.picksOnly(plan, radiusKm, dataset.layers);
  }, [presenting, currentSlide, storyData, radiusKm, dataset, planCode]);

  const value = useMemo<BriefingContextValue>(
    () => ({
      useDeck,
      dataset,
      storyData,
      presentedPlan,
      showSlide,
      addCurrentView,
      enterPresentation,
      exitPresentation,
    }),
    [
      useDeck,
      dataset,
      storyData,
      presentedPlan,
      showSlide,
      addCurrentView,
      enterPresentation,
      exitPresentation,
    ],
  );
  const theme = view.theme === "standard" ? null : view.theme;
  return (
    <BriefingProvider value={value}>
      <div
        className="briefing-root"
        data-presenting={presenting}
        data-theme={view.theme}
        style={theme ? frameStyle(FRAME_COLOURS[theme]) : undefined}
      >
        <Suspense fallback={null}>{presenting && <PresentationTitleBar />}</Suspense>
        <div className="briefing-stage">
          {children}
          <Suspense fallback={null}>{presenting && <BriefingSideColumn theme={view.theme} />}</Suspense>
        </div>
        <Suspense fallback={null}>{presenting && <PresentationFooter />}</Suspense>
        {presenting && blanked && (
          <div className="briefing-blank" role="status" data-testid="briefing-blank">
            <span className="visually-hidden">{textsFor(view.language).t("briefing.blanked")}</span>
          </div>
        )}
        <Suspense fallback={null}>{!presenting && <PrintSheet />}</Suspense>
      </div>
    </BriefingProvider>
  );
}

function selectedName(
  selected: { layer: string; id: string } | null,
  dataset: Dataset | null,
): string | null {
  if (!selected || !dataset) return null;
  const layer =
    selected.layer === "units"
      ? dataset.layers.units
      : selected.layer === "hamlets"
        ? dataset.layers.hamlets
        : null;
  const feature = layer?.features.find((candidate) => candidate.properties.code === selected.id);
  return feature?.properties.name ?? null;
}
