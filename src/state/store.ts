import { create } from "zustand";
import type { AdminPeriod, IncidentCategory } from "../domain/types";
import { type PlannerActions, plannerActions } from "./planner";
import { viewFromUrl, viewToUrl } from "./url";
import {
  type Camera,
  type IncidentStyle,
  initialView,
  type Language,
  type LayerKey,
  type Mode,
  restoreView,
  type Selection,
  select,
  setCamera,
  setIncidentStyle,
  setLanguage,
  setMode,
  setPeriod,
  setRadius,
  setTheme,
  setWindow,
  type Theme,
  type TimeWindow,
  toggleBasemap,
  toggleCategory,
  toggleLayer,
  type ViewState,
} from "./view";

export interface ViewActions extends PlannerActions {
  toggleLayer(layer: LayerKey): void;
  toggleBasemap(): void;
  select(selection: Selection | null): void;
  /** A camera the user moved to (from the map); stored for the URL, not sent back to the map. */
  cameraMoved(camera: Camera): void;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
  /** Puts back a saved view's data fields (a slide); see restoreView in view.ts. */
  restoreView(saved: Readonly<Record<string, unknown>>): void;
  setMode(mode: Mode): void;
  setWindow(window: TimeWindow): void;
  setRadius(radiusKm: number): void;
  setIncidentStyle(style: IncidentStyle): void;
  toggleCategory(category: IncidentCategory): void;
  /** null: the units as given; otherwise the administrative map to show (see ViewState.period). */
  setPeriod(period: AdminPeriod | null): void;
}

export type ViewStore = ViewState & ViewActions;

const LANGUAGE_KEY = "binhyen.language";

function rememberedLanguage(storage: Pick<Storage, "getItem"> | undefined): Language {
  try {
    const saved = storage?.getItem(LANGUAGE_KEY);
    return saved === "en" ? "en" : "vi";
  } catch {
    return "vi"; // storage disabled (private mode, policy): Vietnamese is the default anyway
  }
}

/** What a deployment's geodata/config.json sets as the view when the URL and the browser say nothing. */
export interface ViewDefaults {
  language?: Language | null;
  camera?: Camera | null;
  basemap?: boolean;
}

function rememberedOr(storage: Pick<Storage, "getItem"> | undefined, fallback: Language | null | undefined) {
  try {
    if (fallback && !storage?.getItem(LANGUAGE_KEY)) return fallback;
  } catch {
    return fallback ?? "vi";
  }
  return rememberedLanguage(storage);
}

export function createViewStore(
  search: string,
  storage?: Pick<Storage, "getItem" | "setItem">,
  defaults: ViewDefaults = {},
) {
  const start = viewFromUrl(search, {
    ...initialView,
    language: rememberedOr(storage, defaults.language),
    camera: defaults.camera ?? null,
    basemap: defaults.basemap ?? initialView.basemap,
  });
  return create<ViewStore>()((set) => {
    const apply = (updater: (view: ViewState) => ViewState) =>
      set((store) => {
        const next = updater(store);
        return next === store ? store : next;
      });
    return {
      ...start,
      toggleLayer: (layer) => apply((view) => toggleLayer(view, layer)),
      toggleBasemap: () => apply(toggleBasemap),
      select: (selection) => apply((view) => select(view, selection)),
      cameraMoved: (camera) => apply((view) => setCamera(view, camera)),
      setTheme: (theme) => apply((view) => setTheme(view, theme)),
      restoreView: (saved) => apply((view) => restoreView(view, saved)),
      setMode: (mode) => apply((view) => setMode(view, mode)),
      setWindow: (window) => apply((view) => setWindow(view, window)),
      setRadius: (radiusKm) => apply((view) => setRadius(view, radiusKm)),
      setIncidentStyle: (style) => apply((view) => setIncidentStyle(view, style)),
      toggleCategory: (category) => apply((view) => toggleCategory(view, category)),
      setPeriod: (period) => apply((view) => setPeriod(view, period)),
      ...plannerActions<ViewState>(apply),
      setLanguage: (language) => {
        try {
          storage?.setItem(LANGUAGE_KEY, language);
        } catch {
          // storage full or disabled: the choice still holds for this page and its URL
        }
        apply((view) => setLanguage(view, language));
      },
    };
  });
}

export type ViewStoreHook = ReturnType<typeof createViewStore>;

/** Mirrors the view into the address bar without adding history entries on every pan. */
export function syncViewToUrl(store: ViewStoreHook, history: History, location: Location): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return store.subscribe((view) => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const search = viewToUrl(view, location.search);
      if (search !== location.search)
        history.replaceState(history.state, "", `${location.pathname}${search}`);
    }, 150);
  });
}
