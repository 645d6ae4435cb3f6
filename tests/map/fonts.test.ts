import { describe, expect, it } from "vitest";
import { FONT_BOLD, FONT_REGULAR, faceFiles } from "../../src/map/fonts";

const BASE = "http://localhost:4173/app/";
// What a build with `base: "./"` hands over: URLs relative to the page.
const BUILT_FILES = {
  latinRegular: "./assets/latin-400.woff2",
  vietnameseRegular: "./assets/vietnamese-400.woff2",
  latinBold: "assets/latin-700.woff2",
  vietnameseBold: "assets/vietnamese-700.woff2",
};

describe("faceFiles", () => {
  it("resolves the bundled files under the page's own sub-path, one Latin and one Vietnamese per weight", () => {
    const faces = faceFiles(BUILT_FILES, BASE);
    expect(Object.keys(faces).sort()).toEqual([FONT_BOLD, FONT_REGULAR].sort());
    expect(faces[FONT_REGULAR]?.map((face) => face.url)).toEqual([
      `${BASE}assets/latin-400.woff2`,
      `${BASE}assets/vietnamese-400.woff2`,
    ]);
    expect(faces[FONT_BOLD]?.map((face) => face.url)).toEqual([
      `${BASE}assets/latin-700.woff2`,
      `${BASE}assets/vietnamese-700.woff2`,
    ]);
  });

  it("gives the Vietnamese file the letters with stacked marks, and the Latin file the basic ones", () => {
    const [latin, vietnamese] = faceFiles(BUILT_FILES, BASE)[FONT_REGULAR] ?? [];
    // ề is U+1EC1, inside U+1EA0-1EF9; "a" is inside U+0000-00FF.
    expect(vietnamese?.unicodeRange).toContain("U+1EA0-1EF9");
    expect(latin?.unicodeRange).toContain("U+0000-00FF");
    expect(latin?.unicodeRange).not.toContain("U+1EA0-1EF9");
  });
});
