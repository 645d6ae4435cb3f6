// Every colour the map draws with, in one place. The briefing room's old projector washes out
// pale colours and thin lines, so fills are saturated and every mark has a dark outline. Hamlet
// statuses use the Okabe-Ito set, which stays distinguishable for the common colour-blindnesses.
// The projector themes go further: no see-through fills, thick outlines and halos, text at
// least 20 px, and "no model yet" drawn hollow, so it reads by shape even when hues wash out.
import type { ModelStatus } from "../domain/types";

export const MAP_THEMES = ["standard", "projector-light", "projector-dark"] as const;
export type MapTheme = (typeof MAP_THEMES)[number];

export interface Palette {
  background: string;
  ink: string;
  halo: string;
  unitFill: string;
  unitOutline: string;
  selection: string;
  hamletStatus: Record<ModelStatus, string>;
  /** The ring around hamlet circles and incident points. */
  markOutline: string;
  incident: string;
  clusterText: string;
  modelSiteStar: string;
  policePostShield: string;
  policePostStar: string;
  /** Line and halo widths in pixels, and the commune fill's opacity (selected, not selected). */
  widths: { outline: [zoom8: number, zoom13: number]; mark: number; halo: number; reach: number };
  unitFillOpacity: { selected: number; normal: number };
  /** Label sizes in pixels: communes at zoom 8 and 12, hamlets, incident counts. */
  textSizes: { unit: [zoom8: number, zoom12: number]; hamlet: number; cluster: number };
  /**
   * Coverage classes 0%, 1–25%, 26–50%, 51–75%, 76–100%: viridis steps, whose lightness falls
   * steadily, so the order survives colour blindness, greyscale printing and a washed-out lamp.
   */
  coverageClasses: [string, string, string, string, string];
  /** A unit without hamlets: nothing to cover. */
  noData: string;
  /** The coverage classes' opacity: the coverage view's lead layer, nearly opaque. */
  choroplethOpacity: number;
  /** The reach circles around model sites. */
  reach: string;
  /** Heatmap ramp, low to high density. */
  heat: [string, string, string, string];
}

const STANDARD: Palette = {
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
  },
  markOutline: "#1A1A1A",
  incident: "#A23B83",
  clusterText: "#FFFFFF",
  modelSiteStar: "#F0E442",
  policePostShield: "#B22222",
  policePostStar: "#F0E442",
  widths: { outline: [1.5, 2.5], mark: 1.5, halo: 2, reach: 2.5 },
  unitFillOpacity: { selected: 0.4, normal: 0.14 },
  textSizes: { unit: [12, 18], hamlet: 13, cluster: 14 },
  coverageClasses: ["#FDE725", "#7AD151", "#22A884", "#2A788E", "#414487"],
  noData: "#D9D9D9",
  choroplethOpacity: 0.85,
  reach: "#0B4F8A",
  heat: ["#FDE0C5", "#F59E72", "#D1495B", "#6A1B4D"],
};

const PROJECTOR_LIGHT: Palette = {
  ...STANDARD,
  background: "#FFFFFF",
  ink: "#000000",
  halo: "#FFFFFF",
  // Unselected communes are not filled at all: a pale fill is the first thing a projector loses.
  unitFill: "#0072B2",
  unitOutline: "#000000",
  selection: "#D55E00",
  hamletStatus: {
    "model-point": "#0072B2",
    replicated: "#009E73",
    planned: "#E69F00",
    none: "#FFFFFF",
  },
  markOutline: "#000000",
  incident: "#7B2D63",
  clusterText: "#FFFFFF",
  // The standard viridis classes hold on a projector; "no hamlets" must not be a pale grey.
  noData: "#8C8C8C",
  widths: { outline: [3, 4.5], mark: 2.5, halo: 3, reach: 3.5 },
  choroplethOpacity: 1,
  // No fill at all: the selected commune shows by its thick vermillion outline.
  unitFillOpacity: { selected: 0, normal: 0 },
  textSizes: { unit: [20, 28], hamlet: 20, cluster: 20 },
};

const PROJECTOR_DARK: Palette = {
  ...PROJECTOR_LIGHT,
  background: "#000000",
  ink: "#FFFFFF",
  halo: "#000000",
  unitFill: "#56B4E9",
  unitOutline: "#FFFFFF",
  selection: "#FF8C1A",
  // The lighter Okabe-Ito hues: the darker ones sink into a black background.
  hamletStatus: {
    "model-point": "#56B4E9",
    replicated: "#2BD9A0",
    planned: "#E69F00",
    none: "#000000",
  },
  markOutline: "#FFFFFF",
  incident: "#F0A3D0",
  clusterText: "#000000",
  // On black, more coverage reads as brighter: the same viridis steps, in reverse.
  coverageClasses: ["#414487", "#2A788E", "#22A884", "#7AD151", "#FDE725"],
  noData: "#5A5A5A",
  reach: "#56B4E9",
  heat: ["#6A1B4D", "#D1495B", "#F59E72", "#FDE0C5"],
  unitFillOpacity: { selected: 0, normal: 0 },
};

export const PALETTES: Record<MapTheme, Palette> = {
  standard: STANDARD,
  "projector-light": PROJECTOR_LIGHT,
  "projector-dark": PROJECTOR_DARK,
};

/** The standard palette, for code that draws outside any theme (icons, the sidebar legend). */
export const PALETTE = STANDARD;

export function paletteFor(theme: MapTheme | undefined): Palette {
  return PALETTES[theme ?? "standard"];
}

/** Parses "#RRGGBB" into bytes, for the icon painter, which writes raw pixels. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
