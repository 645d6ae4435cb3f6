// Every colour the map draws with, in one place. The briefing room's old projector washes out
// pale colours and thin lines, so fills are saturated and every mark has a dark outline. Hamlet
// statuses use the Okabe-Ito set, which stays distinguishable for the common colour-blindnesses.
import type { ModelStatus } from "../domain/types";

export const PALETTE = {
  background: "#F4F1EA",
  ink: "#1A1A1A",
  halo: "#FFFFFF",
  unitFill: "#56B4E9",
  unitOutline: "#2F3E46",
  selection: "#D55E00",
  hamletStatus: {
    "model-point": "#0072B2",
    replicated: "#009E73",
    planned: "#E69F00",
    none: "#7A7A7A",
  } satisfies Record<ModelStatus, string>,
  incident: "#A23B83",
  clusterText: "#FFFFFF",
  modelSiteStar: "#F0E442",
  policePostShield: "#B22222",
  policePostStar: "#F0E442",
} as const;

/** Parses "#RRGGBB" into bytes, for the icon painter, which writes raw pixels. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
