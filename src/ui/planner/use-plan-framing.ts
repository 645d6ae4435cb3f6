// The map frames the plan: when a plan is made (picked, opened, or first read from a link) the
// camera fits its picks and their reach into the part of the map no panel covers; when one pick
// is added or taken out, the camera moves only if the plan no longer fits on the map (the drawer
// closed), so ticking hamlets one by one does not throw the map about.
import { type RefObject, useEffect, useRef } from "react";
import { planBounds } from "../../domain/planner/plan-bounds";
import { projectToPixels } from "../../map/fit-camera";
import { type MapPadding, useMapCommands, useView } from "../app-context";

type Box = [number, number, number, number];

/**
 * Room at each edge: the search box above, the zoom buttons on the right, the drawer below, or
 * only its closed row of tabs (`closed`).
 */
function paddingFor(drawer: HTMLElement | null, closed = false): MapPadding {
  const covered = closed
    ? (drawer?.querySelector(".drawer-bar")?.getBoundingClientRect().height ?? 0)
    : (drawer?.getBoundingClientRect().height ?? 0);
  return { top: 64, right: 56, bottom: Math.round(covered) + 24, left: 24 };
}

/** Whether the whole box shows inside the map less the padding, with the camera as it is. */
function fitsInView(
  box: Box,
  map: HTMLElement,
  camera: { center: [number, number]; zoom: number },
  padding: MapPadding,
) {
  const size = { width: map.clientWidth, height: map.clientHeight };
  const [west, south, east, north] = box;
  const [left, top] = projectToPixels(camera, size, west, north);
  const [right, bottom] = projectToPixels(camera, size, east, south);
  return (
    left >= padding.left &&
    top >= padding.top &&
    right <= size.width - padding.right &&
    bottom <= size.height - padding.bottom
  );
}

const changedByOne = (before: ReadonlySet<string>, after: ReadonlySet<string>) => {
  let differences = 0;
  for (const code of before) if (!after.has(code)) differences++;
  for (const code of after) if (!before.has(code)) differences++;
  return differences <= 1;
};

export function usePlanFraming(
  picks: readonly { code: string; longitude: number; latitude: number }[],
  radiusKm: number,
  active: boolean,
  drawer: RefObject<HTMLElement | null>,
): void {
  const mapCommands = useMapCommands();
  // A link that names a camera shows that camera first, plan or not.
  const cameraFromLink = useRef(useView((store) => store.camera) !== null);
  const framed = useRef<Set<string> | null>(null);
  const key = picks.map((pick) => pick.code).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: the picks' codes (key) and the radius decide; their positions come with them.
  useEffect(() => {
    if (!active) return;
    const codes = new Set(picks.map((pick) => pick.code));
    const before = framed.current;
    framed.current = codes;
    const box = planBounds(picks, radiusKm);
    const commands = mapCommands.current;
    if (!box || !commands) return;
    if (before === null && cameraFromLink.current) return;
    const map = document.querySelector<HTMLElement>('[data-testid="map"]');
    const oneChange = before !== null && before.size > 0 && changedByOne(before, codes);
    // A hamlet ticked in the open ranking: the map under the drawer is the planner's to uncover,
    // and zooming out to squeeze the plan above the drawer at every tick would only throw it about.
    const padding = paddingFor(drawer.current, oneChange);
    if (oneChange && map && fitsInView(box, map, commands.getCamera(), padding)) return;
    commands.fitBounds(box, { padding });
  }, [key, radiusKm, active]);
}
