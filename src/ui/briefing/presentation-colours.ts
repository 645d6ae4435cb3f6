// The colours of the presentation frame (title bar, legend, footer) per projector theme. They
// are set as CSS custom properties from here, so the contrast test checks the very values drawn.
import type { Theme } from "../../state/view";

export type ProjectorTheme = Exclude<Theme, "standard">;

export interface FrameColours {
  background: string;
  ink: string;
  /** Secondary text (the area, period, source): still AAA, only less bold. */
  muted: string;
  accent: string;
  badgeInk: string;
  badgeBackground: string;
  focus: string;
}

export const FRAME_COLOURS: Record<ProjectorTheme, FrameColours> = {
  "projector-light": {
    background: "#FFFFFF",
    ink: "#000000",
    muted: "#2B2B2B",
    accent: "#0B3D91",
    badgeInk: "#6B2600",
    badgeBackground: "#FFF1E6",
    focus: "#B34700",
  },
  "projector-dark": {
    background: "#000000",
    ink: "#FFFFFF",
    muted: "#E0E0E0",
    accent: "#FFD23F",
    badgeInk: "#FFE0C2",
    badgeBackground: "#3A1800",
    focus: "#FFB000",
  },
};

/** Text colour on background, each pair that the frame draws. */
export function frameTextPairs(colours: FrameColours): [name: string, text: string, background: string][] {
  return [
    ["ink", colours.ink, colours.background],
    ["muted", colours.muted, colours.background],
    ["accent", colours.accent, colours.background],
    ["badge", colours.badgeInk, colours.badgeBackground],
    // Buttons invert on focus and hover: background text on accent.
    ["button hover", colours.background, colours.accent],
  ];
}

export function frameStyle(colours: FrameColours): Record<string, string> {
  return {
    "--briefing-bg": colours.background,
    "--briefing-ink": colours.ink,
    "--briefing-muted": colours.muted,
    "--briefing-accent": colours.accent,
    "--briefing-badge-ink": colours.badgeInk,
    "--briefing-badge-bg": colours.badgeBackground,
    "--briefing-focus": colours.focus,
  };
}
