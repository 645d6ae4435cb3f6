// What `npm run screenshots` takes: every view and every slide at the sizes people use, in both
// languages, the slides in both projector themes, and the deck as exported. Names say what each
// picture is, so a reviewer can find "slide 3, dark, English, 1024×768" without opening it.

export interface ShotSize {
  name: string;
  width: number;
  height: number;
}

export const SHOT_SIZES: readonly ShotSize[] = [
  { name: "1024x768", width: 1024, height: 768 },
  { name: "1280x800", width: 1280, height: 800 },
  { name: "1920x1080", width: 1920, height: 1080 },
];

export const SHOT_LANGUAGES = ["vi", "en"] as const;
export type ShotLanguage = (typeof SHOT_LANGUAGES)[number];

export const SHOT_THEMES = ["light", "dark"] as const;
export type ShotTheme = (typeof SHOT_THEMES)[number];

/** The app's views, each opened from a URL (and, for the import dialog, a click). */
export const SHOT_VIEWS = [
  { id: "map", query: "" },
  { id: "map-commune", query: "sel=units:03730" },
  { id: "coverage", query: "view=coverage" },
  { id: "coverage-commune", query: "view=coverage&sel=units:03730" },
  { id: "coverage-heatmap", query: "view=coverage&inc=heatmap" },
  { id: "planner", query: "view=planner" },
  { id: "import-dialog", query: "" },
] as const;

export type ShotGroup = "view" | "slide" | "export";

export interface Shot {
  group: ShotGroup;
  /** File name without the extension, unique in the set. */
  name: string;
  /** What the picture shows, for the index. */
  caption: string;
  size: string;
  language: ShotLanguage;
  theme: ShotTheme | "standard";
}

export function viewShotName(view: string, size: string, language: ShotLanguage): string {
  return `view-${view}-${size}-${language}`;
}

export function slideShotName(slide: number, size: string, language: ShotLanguage, theme: ShotTheme): string {
  return `slide-${String(slide).padStart(2, "0")}-${size}-${language}-${theme}`;
}

export function exportShotName(
  slide: number,
  size: string,
  language: ShotLanguage,
  theme: ShotTheme,
): string {
  return `export-${String(slide).padStart(2, "0")}-${size}-${language}-${theme}`;
}

/**
 * Keeps the shots whose name has every word of the filter as one of its dash-separated parts
 * ("vi" keeps the Vietnamese pictures, not "view-…-en"); a word with a dash matches anywhere.
 */
export function matchesFilter(name: string, filter: readonly string[]): boolean {
  const parts = name.split("-");
  return filter.every((word) => (word.includes("-") ? name.includes(word) : parts.includes(word)));
}
