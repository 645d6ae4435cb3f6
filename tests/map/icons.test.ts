import { describe, expect, it } from "vitest";
import { type IconImage, makeIcons, makeModelSiteIcon, makePolicePostIcon } from "../../src/map/icons";
import { ICON_IDS } from "../../src/map/map-state";
import { hexToRgb, PALETTE } from "../../src/map/palette";

function pixel(image: IconImage, x: number, y: number): [number, number, number, number] {
  const offset = (y * image.width + x) * 4;
  const { data } = image;
  return [data[offset] ?? -1, data[offset + 1] ?? -1, data[offset + 2] ?? -1, data[offset + 3] ?? -1];
}

const opaque = (colour: string) => [...hexToRgb(colour), 255];

describe("icons", () => {
  it("model site: a 64×64 yellow star with a dark outline on a transparent ground", () => {
    const star = makeModelSiteIcon();
    expect([star.width, star.height, star.data.length]).toEqual([64, 64, 64 * 64 * 4]);
    expect(pixel(star, 32, 34)).toEqual(opaque(PALETTE.modelSiteStar));
    // Just inside the top tip: the outline, not the fill.
    expect(pixel(star, 32, 8)).toEqual(opaque(PALETTE.ink));
    // The corners and the notch between two upper arms stay transparent.
    for (const [x, y] of [
      [0, 0],
      [63, 0],
      [0, 63],
      [63, 63],
      [50, 10],
    ] as const) {
      expect(pixel(star, x, y)[3]).toBe(0);
    }
  });

  it("police post: a 56×64 red shield with a dark outline and a yellow star", () => {
    const shield = makePolicePostIcon();
    expect([shield.width, shield.height, shield.data.length]).toEqual([56, 64, 56 * 64 * 4]);
    expect(pixel(shield, 28, 27)).toEqual(opaque(PALETTE.policePostStar));
    expect(pixel(shield, 10, 20)).toEqual(opaque(PALETTE.policePostShield));
    expect(pixel(shield, 4, 20)).toEqual(opaque(PALETTE.ink));
    expect(pixel(shield, 28, 60)[3]).toBe(255);
    expect(pixel(shield, 1, 1)[3]).toBe(0);
    expect(pixel(shield, 2, 62)[3]).toBe(0);
  });

  it("smooths the edges: some pixels are partly transparent", () => {
    const star = makeModelSiteIcon();
    const alphas = new Set(Array.from({ length: 64 * 64 }, (_, index) => star.data[index * 4 + 3]));
    expect([...alphas].some((alpha) => alpha !== undefined && alpha > 0 && alpha < 255)).toBe(true);
  });

  it("names every icon the style refers to", () => {
    expect(makeIcons().map((icon) => icon.id)).toEqual([
      ICON_IDS.modelSite,
      ICON_IDS.policePost,
      ICON_IDS.collision,
    ]);
  });
});
