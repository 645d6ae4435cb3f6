// Turning a slide's saved view into what the map needs: the store gets the saved fields back,
// the map flies to the saved camera (or frames the district when the slide saved none).

import type { SavedView } from "../../state/deck";
import type { Camera } from "../../state/view";

export function savedCamera(view: SavedView): Camera | null {
  const camera = view.camera;
  if (!camera || typeof camera !== "object" || Array.isArray(camera)) return null;
  const center = camera.center;
  const zoom = camera.zoom;
  if (!Array.isArray(center) || typeof center[0] !== "number" || typeof center[1] !== "number") return null;
  if (typeof zoom !== "number") return null;
  return { center: [center[0], center[1]], zoom };
}
