// The typeface every label uses, served from the app's own bundle: no font server, no CDN.
// The files are registered with `document.fonts` under the names the layers give in `text-font`,
// and loaded with a Vietnamese sample before the map exists; MapLibre then draws every glyph in
// the page with them. Loaded only through CSS, letters such as ề came out in the fallback font
// (toolchain.md). The style's `font-faces` would make MapLibre download and register the same
// files a second time while the first labels wait (measured: the pictures are byte-identical,
// the first idle about a tenth sooner without).

import latinRegular from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import latinBold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";
import vietnameseRegular from "@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url";
import vietnameseBold from "@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url";

export const FONT_REGULAR = "Noto Sans Regular";
export const FONT_BOLD = "Noto Sans Bold";

// The subsets' ranges as @fontsource declares them, so each file is asked only for what it holds.
const LATIN_RANGE = [
  "U+0000-00FF",
  "U+0131",
  "U+0152-0153",
  "U+02BB-02BC",
  "U+02C6",
  "U+02DA",
  "U+02DC",
  "U+0304",
  "U+0308",
  "U+0329",
  "U+2000-206F",
  "U+20AC",
  "U+2122",
  "U+2191",
  "U+2193",
  "U+2212",
  "U+2215",
  "U+FEFF",
  "U+FFFD",
];
const VIETNAMESE_RANGE = [
  "U+0102-0103",
  "U+0110-0111",
  "U+0128-0129",
  "U+0168-0169",
  "U+01A0-01A1",
  "U+01AF-01B0",
  "U+0300-0301",
  "U+0303-0304",
  "U+0308-0309",
  "U+0323",
  "U+0329",
  "U+1EA0-1EF9",
  "U+20AB",
];

/** The bundle's font files as Vite hands them over: possibly relative to the page. */
export interface FontFileUrls {
  latinRegular: string;
  vietnameseRegular: string;
  latinBold: string;
  vietnameseBold: string;
}

const BUNDLED_FONT_FILES: FontFileUrls = {
  latinRegular,
  vietnameseRegular,
  latinBold,
  vietnameseBold,
};

/** Vietnamese sample that needs both subsets: stacked marks, horn letters, đ. */
const FONT_SAMPLE_TEXT = "Chiềng Pấc Mường É Thuận Châu Nậm Lầu Phổng Lăng đ Ơ Ư";

export interface FaceFile {
  url: string;
  unicodeRange: string[];
}

/** The bundled files per `text-font` name, with URLs made absolute against `baseUri`. */
export function faceFiles(files: FontFileUrls, baseUri: string): Record<string, FaceFile[]> {
  // The app is served from any sub-path (`base: "./"`): resolved against the page, not the script.
  const absolute = (url: string) => new URL(url, baseUri).href;
  return {
    [FONT_REGULAR]: [
      { url: absolute(files.latinRegular), unicodeRange: LATIN_RANGE },
      { url: absolute(files.vietnameseRegular), unicodeRange: VIETNAMESE_RANGE },
    ],
    [FONT_BOLD]: [
      { url: absolute(files.latinBold), unicodeRange: LATIN_RANGE },
      { url: absolute(files.vietnameseBold), unicodeRange: VIETNAMESE_RANGE },
    ],
  };
}

let registration: Promise<void> | null = null;

/**
 * Registers the bundled files with `document.fonts` under the `text-font` names and waits until
 * the Vietnamese sample is drawable in both weights. Safe to call repeatedly; a failure is not
 * fatal (labels then use a system sans-serif), so it resolves either way.
 */
export function loadBundledFonts(baseUri: string = document.baseURI): Promise<void> {
  registration ??= (async () => {
    const weights: Record<string, string> = { [FONT_REGULAR]: "400", [FONT_BOLD]: "700" };
    for (const [family, faces] of Object.entries(faceFiles(BUNDLED_FONT_FILES, baseUri))) {
      for (const face of faces) {
        const fontFace = new FontFace(family, `url("${face.url}") format("woff2")`, {
          weight: weights[family] ?? "400",
          unicodeRange: face.unicodeRange.join(","),
        });
        document.fonts.add(fontFace);
      }
    }
    try {
      await Promise.all([
        document.fonts.load(`400 16px "${FONT_REGULAR}"`, FONT_SAMPLE_TEXT),
        document.fonts.load(`700 16px "${FONT_BOLD}"`, FONT_SAMPLE_TEXT),
      ]);
    } catch (error) {
      console.warn("Bình Yên: the bundled Noto Sans did not load; labels fall back to sans-serif.", error);
    }
  })();
  return registration;
}
