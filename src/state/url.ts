// The view lives in the URL so that a reload or a shared link shows the same thing.
// Parameters: lang=vi|en, c=<lon>,<lat>, z=<zoom>, layers=<comma list of visible layers>,
// sel=<layer>:<id>, view=map|coverage, from=/to=<YYYY-MM-DD>, r=<radius km>,
// inc=clusters|points|heatmap, cat=<comma list of incident categories>, base=0|1 (the deployer's
// basemap), period=before-2025-07-01|from-2025-07-01 (the administrative map shown); the planner's own
// parameters are listed in planner.ts.
// Unknown or malformed values are ignored, never thrown on.
import { ADMIN_PERIODS, type AdminPeriod, INCIDENT_CATEGORIES, type IsoDate } from "../domain/types";
import { PLANNER_URL_KEYS, plannerFromUrl, plannerToUrl } from "./planner";
import {
  type Camera,
  DEFAULT_RADIUS_KM,
  INCIDENT_STYLES,
  type IncidentStyle,
  LAYER_KEYS,
  type Language,
  type LayerKey,
  MODES,
  type Mode,
  type ViewState,
} from "./view";

const OWNED = [
  "lang",
  "c",
  "z",
  "layers",
  "sel",
  "view",
  "from",
  "to",
  "r",
  "inc",
  "cat",
  "base",
  "period",
  ...PLANNER_URL_KEYS,
];
const isIsoDate = (value: string | null): value is IsoDate =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const isLayerKey = (value: string): value is LayerKey => (LAYER_KEYS as readonly string[]).includes(value);

export function viewFromUrl(search: string, fallback: ViewState): ViewState {
  const parameters = new URLSearchParams(search);
  const view: ViewState = { ...fallback, visible: { ...fallback.visible } };

  const basemap = parameters.get("base");
  if (basemap === "0" || basemap === "1") view.basemap = basemap === "1";

  const language = parameters.get("lang");
  if (language === "vi" || language === "en") view.language = language as Language;

  const center = parameters.get("c")?.split(",").map(Number);
  const zoom = Number(parameters.get("z"));
  if (
    center?.length === 2 &&
    center.every(Number.isFinite) &&
    Math.abs(center[0] ?? 999) <= 180 &&
    Math.abs(center[1] ?? 999) <= 90 &&
    parameters.has("z") &&
    Number.isFinite(zoom) &&
    zoom >= 0 &&
    zoom <= 22
  ) {
    view.camera = { center: [center[0] as number, center[1] as number], zoom };
  }

  const layers = parameters.get("layers");
  if (layers !== null) {
    const shown = new Set(layers.split(",").filter(isLayerKey));
    for (const key of LAYER_KEYS) view.visible[key] = shown.has(key);
  }

  const selection = parameters.get("sel");
  if (selection) {
    const separator = selection.indexOf(":");
    const layer = selection.slice(0, separator);
    const id = selection.slice(separator + 1);
    if (separator > 0 && isLayerKey(layer) && id) view.selected = { layer, id };
  }

  const mode = parameters.get("view");
  if ((MODES as readonly string[]).includes(mode ?? "")) view.mode = mode as Mode;
  const from = parameters.get("from");
  const to = parameters.get("to");
  view.window = { from: isIsoDate(from) ? from : null, to: isIsoDate(to) ? to : null };
  const radius = Number(parameters.get("r"));
  if (parameters.has("r") && Number.isFinite(radius) && radius > 0 && radius <= 50) view.radiusKm = radius;
  const style = parameters.get("inc");
  if ((INCIDENT_STYLES as readonly string[]).includes(style ?? ""))
    view.incidentStyle = style as IncidentStyle;
  const categories = parameters.get("cat");
  if (categories !== null)
    view.categories = INCIDENT_CATEGORIES.filter((category) => categories.split(",").includes(category));
  const period = parameters.get("period");
  if ((ADMIN_PERIODS as readonly string[]).includes(period ?? "")) view.period = period as AdminPeriod;
  view.planner = plannerFromUrl(parameters, fallback.planner);
  return view;
}

function formatCamera(camera: Camera): [string, string] {
  // 5 decimals of a degree is about a metre: enough for a view, short enough to share.
  return [`${camera.center[0].toFixed(5)},${camera.center[1].toFixed(5)}`, camera.zoom.toFixed(2)];
}

/** Keeps parameters the view does not own (e.g. present=1 for later features). */
export function viewToUrl(view: ViewState, currentSearch: string): string {
  const parameters = new URLSearchParams(currentSearch);
  for (const key of OWNED) parameters.delete(key);
  parameters.set("lang", view.language);
  if (view.camera) {
    const [center, zoom] = formatCamera(view.camera);
    parameters.set("c", center);
    parameters.set("z", zoom);
  }
  const visible = LAYER_KEYS.filter((key) => view.visible[key]);
  if (visible.length !== LAYER_KEYS.length) parameters.set("layers", visible.join(","));
  if (view.selected) parameters.set("sel", `${view.selected.layer}:${view.selected.id}`);
  if (view.mode !== "map") parameters.set("view", view.mode);
  if (view.window.from) parameters.set("from", view.window.from);
  if (view.window.to) parameters.set("to", view.window.to);
  if (view.radiusKm !== DEFAULT_RADIUS_KM) parameters.set("r", String(view.radiusKm));
  if (view.incidentStyle !== "clusters") parameters.set("inc", view.incidentStyle);
  if (view.categories.length !== INCIDENT_CATEGORIES.length) parameters.set("cat", view.categories.join(","));
  if (!view.basemap) parameters.set("base", "0");
  if (view.period) parameters.set("period", view.period);
  plannerToUrl(view.planner, parameters);
  const text = parameters.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  return text ? `?${text}` : "";
}
