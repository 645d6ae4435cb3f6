import { usePresentedPlan } from "./briefing";
import { MapView, type MapViewProps } from "./MapView";

/**
 * The map, drawing a presented slide's plan (the next-sites slide) instead of the planner's; the
 * app and the briefing file both present through it.
 */
export function StageMap(props: MapViewProps) {
  const presented = usePresentedPlan();
  return <MapView {...props} plan={presented ?? props.plan} />;
}
