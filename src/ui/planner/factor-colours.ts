import type { Factor } from "../../domain/planner/planner-types";

/** Factor colours for the stacked bars: Okabe-Ito, so they stay apart for colour-blind readers. */
export const FACTOR_COLOURS: Record<Factor, string> = {
  need: "#A23B83",
  size: "#0072B2",
  readiness: "#009E73",
  distance: "#E69F00",
};
