// The view a user sees: camera, visible layers, selection, language. Pure updaters only; the
// store in store.ts calls them, and tests call them directly.

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

export interface ViewState {
  /** null: fit the whole dataset. */
  camera: Camera | null;
  visible: Record<LayerKey, boolean>;
  selected: Selection | null;
  language: Language;
}

export const initialView: ViewState = {
  camera: null,
  visible: { units: true, hamlets: true, sites: true, incidents: true },
  selected: null,
  language: "vi",
};

export function toggleLayer(view: ViewState, layer: LayerKey): ViewState {
  return { ...view, visible: { ...view.visible, [layer]: !view.visible[layer] } };
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
