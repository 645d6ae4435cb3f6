// What the printed summary's map shows and how it is framed: the whole district with the plan on
// it, whatever part of it the screen shows. Pure; PrintSummary.tsx hands it to the off-screen map.
import type { Layers } from "../../domain/types";
import { fitCamera, unionBounds } from "../../map/fit-camera";
import { featureBounds } from "../../map/geometry";
import type { Camera, MapViewState, PlanMapData } from "../../map/map-state";
import type { SnapshotSize } from "../../map/snapshot";
import type { ViewState } from "../../state/view";
import { mapStateOf } from "../map-state-of";

/**
 * The picture's size: about the map's cell on the A4 page (167 mm wide, see planner-print.css) in CSS
 * pixels, so labels and numbered markers print at about their size on screen rather than shrunk
 * to specks, and drawn at one and a half times that (about 180 dpi on paper). Twice was sharper
 * but took 14–18 s in software WebGL, redrawn after every change while a plan is open. Its
 * proportions are the district's (about 1.38 : 1), so the district fills it.
 */
export const PLAN_PRINT_MAP: Readonly<Required<SnapshotSize>> = { width: 800, height: 580, pixelRatio: 1.5 };

// Room around the district, in CSS pixels, so its outline does not touch the picture's edge.
const PADDING = 24;
const MAX_ZOOM = 15;

/**
 * The camera framing the district (every commune) and the plan's reach, which may cross the
 * district's edge; null when there is nothing to frame.
 */
export function planPrintCamera(
  layers: Layers,
  plan: PlanMapData | null,
  size: SnapshotSize = PLAN_PRINT_MAP,
): Camera | null {
  const district = featureBounds(layers.units) ?? featureBounds(layers.hamlets);
  const bounds = unionBounds(district, plan ? featureBounds(plan.reach) : null);
  return bounds ? fitCamera(bounds, size, { padding: PADDING, maxZoom: MAX_ZOOM }) : null;
}

type PrintedView = Pick<
  ViewState,
  "visible" | "language" | "theme" | "window" | "incidentStyle" | "categories"
>;

/**
 * The planner's map state, as the live map draws it (the same layers, theme and language), less
 * the selection: a highlight left by the last click means nothing on paper.
 */
export function planPrintState(view: PrintedView, layers: Layers): MapViewState {
  return mapStateOf({ ...view, mode: "planner", selected: null }, layers);
}
