import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Dataset } from "../../data/dataset";
import { textsFor } from "../../i18n";
import { captureView, type Deck, type Slide } from "../../state/deck";
import { createDeckStore } from "../../state/deck-store";
import { briefingFromUrl, briefingToUrl } from "../../state/deck-url";
import type { Theme } from "../../state/view";
import { useMapCommands, useView } from "../app-context";
import { BriefingLegend } from "./BriefingLegend";
import { type BriefingContextValue, BriefingProvider } from "./briefing-context";
import { PresentationFooter, PresentationTitleBar } from "./PresentationFrame";
import { PrintSheet } from "./PrintSheet";
import { FRAME_COLOURS, frameStyle, type ProjectorTheme } from "./presentation-colours";
import { sampleDeck } from "./sample-deck";
import { savedCamera } from "./slide-view";
import { useBriefingKeys } from "./use-briefing-keys";
import "./briefing-panel.css";
import "./briefing-presentation.css";
import "./briefing-print.css";

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked by the browser's settings: reported as "unavailable"
  }
}

const PROJECTOR_THEME_KEY = "binhyen.projectorTheme";

function rememberedProjectorTheme(): ProjectorTheme {
  try {
    return safeStorage()?.getItem(PROJECTOR_THEME_KEY) === "projector-dark"
      ? "projector-dark"
      : "projector-light";
  } catch {
    return "projector-light";
  }
}

interface BriefingRootProps {
  dataset: Dataset | null;
  /** The normal app; it stays mounted in presentation mode, only its controls are hidden. */
  children: ReactNode;
  /**
   * The single-file briefing (src/briefing-file): this deck only, always presenting, nothing
   * kept in the browser or written to the address bar; Esc only leaves full screen.
   */
  file?: { deck: Deck };
}

/**
 * Presentation mode around the app: with present=1 in the URL, or after P or the header button,
 * the controls disappear and a title bar, legend and footer frame the map.
 */
export function BriefingRoot({ dataset, children, file }: BriefingRootProps) {
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
      presenting: fromUrl.presenting,
      slideIndex: fromUrl.slideIndex,
    });
  });
  const presenting = useDeck((state) => state.presenting);
  const blanked = useDeck((state) => state.blanked);
  // The theme the app had before presenting, to give back on leaving.
  const themeBefore = useRef<Theme>("standard");

  const applySlide = useCallback(
    (slide: Slide) => {
      viewRef.current.restoreView(slide.view);
      const camera = savedCamera(slide.view);
      // Two frames later: entering presentation mode (or the data arriving) resizes the map, and
      // framing the district must be computed for the size it will have, not the one it had.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (camera) mapCommands.current?.flyTo(camera);
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
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  }, [useDeck, inFile]);

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

  const value = useMemo<BriefingContextValue>(
    () => ({ useDeck, dataset, showSlide, addCurrentView, enterPresentation, exitPresentation }),
    [useDeck, dataset, showSlide, addCurrentView, enterPresentation, exitPresentation],
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
        {presenting && <PresentationTitleBar />}
        <div className="briefing-stage">
          {children}
          {presenting && <BriefingLegend theme={view.theme} className="briefing-legend-overlay" />}
        </div>
        {presenting && <PresentationFooter />}
        {presenting && blanked && (
          <div className="briefing-blank" role="status" data-testid="briefing-blank">
            <span className="visually-hidden">{textsFor(view.language).t("briefing.blanked")}</span>
          </div>
        )}
        {!presenting && <PrintSheet />}
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
