// The view a user sees: camera, visible layers, selection, language, and what the coverage view
// shows (time window, reach radius, incident style and categories). Pure updaters only; the
// store in store.ts calls them, and tests call them directly.
import { type AdminPeriod, INCIDENT_CATEGORIES, type IncidentCategory, type IsoDate } from "../domain/types";
import { initialPlanner, type PlannerState } from "./planner";

export const LAYER_KEYS = ["units", "hamlets", "sites", "incidents"] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
export type Language = "vi" | "en";

export interface Selection {
  layer: LayerKey;
  id: string;
}

export interface Camera {
  center: [longitude: number, latitude: number];
  zoom: number;
}

export const MODES = ["map", "coverage", "planner"] as const;
/** What the main area shows: the plain map, the coverage figures, or the expansion planner. */
export type Mode = (typeof MODES)[number];

export const INCIDENT_STYLES = ["clusters", "points", "heatmap"] as const;
export type IncidentStyle = (typeof INCIDENT_STYLES)[number];

/** Inclusive dates; null is open-ended (the data's first or last date). */
export interface TimeWindow {
  from: IsoDate | null;
  to: IsoDate | null;
}

export const DEFAULT_RADIUS_KM = 5;

export const THEMES = ["standard", "projector-light", "projector-dark"] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewState {
  /** null: fit the whole dataset. */
  camera: Camera | null;
  visible: Record<LayerKey, boolean>;
  selected: Selection | null;
  language: Language;
  mode: Mode;
  window: TimeWindow;
  radiusKm: number;
  incidentStyle: IncidentStyle;
  /** Incident categories shown and counted. */
  categories: IncidentCategory[];
  /** The map's palette; the projector themes are for briefings. */
  theme: Theme;
  /** The expansion planner's choices and current what-if (see planner.ts). */
  planner: PlannerState;
  /** The deployer's basemap switched on (only drawn where geodata/config.json has one). */
  basemap: boolean;
  /**
   * The administrative map figures and units are shown on: null, the units as given; a period
   * other than the data's, the data rolled up to it (today's communes as unions of old units).
   */
  period: AdminPeriod | null;
}

export const initialView: ViewState = {
  camera: null,
  visible: { units: true, hamlets: true, sites: true, incidents: true },
  selected: null,
  language: "vi",
  mode: "map",
  window: { from: null, to: null },
  radiusKm: DEFAULT_RADIUS_KM,
  incidentStyle: "clusters",
  categories: [...INCIDENT_CATEGORIES],
  theme: "standard",
  planner: initialPlanner,
  basemap: true,
  period: null,
};

export function toggleLayer(view: ViewState, layer: LayerKey): ViewState {
  return { ...view, visible: { ...view.visible, [layer]: !view.visible[layer] } };
}

export function toggleBasemap(view: ViewState): ViewState {
  return { ...view, basemap: !view.basemap };
}

export function select(view: ViewState, selection: Selection | null): ViewState {
  if (view.selected?.layer === selection?.layer && view.selected?.id === selection?.id) return view;
  return { ...view, selected: selection };
}

export function setCamera(view: ViewState, camera: Camera | null): ViewState {
  return { ...view, camera };
}

export function setLanguage(view: ViewState, language: Language): ViewState {
  return view.language === language ? view : { ...view, language };
}

export function setMode(view: ViewState, mode: Mode): ViewState {
  return view.mode === mode ? view : { ...view, mode };
}

export function setWindow(view: ViewState, window: TimeWindow): ViewState {
  if (view.window.from === window.from && view.window.to === window.to) return view;
  // An inverted window is a slip of the hand, not an empty question: swap it.
  const inverted = window.from !== null && window.to !== null && window.from > window.to;
  return { ...view, window: inverted ? { from: window.to, to: window.from } : window };
}

export function setRadius(view: ViewState, radiusKm: number): ViewState {
  if (!Number.isFinite(radiusKm) || radiusKm <= 0) return view;
  const clamped = Math.min(radiusKm, 50);
  return clamped === view.radiusKm ? view : { ...view, radiusKm: clamped };
}

export function setIncidentStyle(view: ViewState, incidentStyle: IncidentStyle): ViewState {
  return view.incidentStyle === incidentStyle ? view : { ...view, incidentStyle };
}

export function toggleCategory(view: ViewState, category: IncidentCategory): ViewState {
  const shown = view.categories.includes(category)
    ? view.categories.filter((candidate) => candidate !== category)
    : INCIDENT_CATEGORIES.filter(
        (candidate) => candidate === category || view.categories.includes(candidate),
      );
  return { ...view, categories: shown };
}

export function setPeriod(view: ViewState, period: AdminPeriod | null): ViewState {
  return view.period === period ? view : { ...view, period };
}

export function setTheme(view: ViewState, theme: Theme): ViewState {
  return view.theme === theme ? view : { ...view, theme };
}

const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * Puts back the data fields of a saved view (a slide), whatever fields the view has by then.
 * A field the saved view lacks keeps its current value; one whose kind differs from the current
 * value (other than null for an object) is ignored, and functions (the store's actions) are
 * never replaced, so a hand-edited deck file cannot break the store.
 */
export function restoreView<View extends object>(view: View, saved: Readonly<Record<string, unknown>>): View {
  let changed = false;
  const next = { ...view } as Record<string, unknown>;
  for (const [key, current] of Object.entries(view)) {
    if (typeof current === "function" || !Object.hasOwn(saved, key)) continue;
    const value = saved[key];
    const currentKind = kindOf(current);
    const savedKind = kindOf(value);
    const compatible =
      currentKind === savedKind ||
      (currentKind === "null" && savedKind === "object") ||
      (currentKind === "object" && savedKind === "null");
    if (!compatible || JSON.stringify(current) === JSON.stringify(value)) continue;
    next[key] = value;
    changed = true;
  }
  return changed ? (next as View) : view;
}
