// Turning a slide's saved view into what the map needs: the view fields it saved, the subject its
// story finds in the data (the model point, its commune), and where the camera goes: the saved
// camera, else the story's subject framed, else the whole area. One function for the screen and
// the exported pictures, so both show the same thing.
import type { Layers } from "../../domain/types";
import type { BoundingBox } from "../../map/map-state";
import type { SavedView, Slide } from "../../state/deck";
import { type Camera, restoreView, type ViewState } from "../../state/view";
import { storySubject } from "./story-data";

/**
 * Room kept around a story's subject, in CSS pixels: wide at the sides, where hamlet names run
 * out from their dots, so no name of the subject is cut by the frame.
 */
export const SUBJECT_PADDING = { top: 56, bottom: 56, left: 110, right: 110 };

export function savedCamera(view: SavedView): Camera | null {
  const camera = view.camera;
  if (!camera || typeof camera !== "object" || Array.isArray(camera)) return null;
  const center = camera.center;
  const zoom = camera.zoom;
  if (!Array.isArray(center) || typeof center[0] !== "number" || typeof center[1] !== "number") return null;
  if (typeof zoom !== "number") return null;
  return { center: [center[0], center[1]], zoom };
}

/** The saved view with what the slide's story finds in the data filled in where it saved nothing. */
export function slideSavedView(slide: Slide, layers: Layers | null): SavedView {
  if (!slide.story || !layers) return slide.view;
  const subject = storySubject(slide.story, layers);
  return { selected: subject.selected, camera: null, ...slide.view } as SavedView;
}

export interface ResolvedSlide<View> {
  view: View;
  /** The camera the slide saved; null when it saved none. */
  camera: Camera | null;
  /** What to frame when it saved no camera; null frames the whole area. */
  focus: BoundingBox | null;
}

export function resolveSlide<View extends Pick<ViewState, "selected">>(
  slide: Slide,
  base: View,
  layers: Layers | null,
): ResolvedSlide<View> {
  const saved = slideSavedView(slide, layers);
  const camera = savedCamera(saved);
  const focus = !camera && slide.story && layers ? storySubject(slide.story, layers).focus : null;
  return { view: restoreView(base, saved), camera, focus };
}

/** The zoom a close-up is at least drawn at; an overview is below it (see POLICE_POST_ZOOM). */
const CLOSE_UP_ZOOM = 12;

/** About the zoom a slide is shown at: its camera's, a close-up for a framed subject, else an overview. */
export function slideZoom(slide: Slide, layers: Layers | null): number {
  const { camera, focus } = resolveSlide(slide, { selected: null }, layers);
  return camera?.zoom ?? (focus ? CLOSE_UP_ZOOM : 0);
}
