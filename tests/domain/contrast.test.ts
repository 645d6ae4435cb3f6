import { describe, expect, it } from "vitest";
import {
  AAA_TEXT_CONTRAST,
  contrastRatio,
  parseHexColour,
  relativeLuminance,
} from "../../src/domain/contrast";
import { PALETTES } from "../../src/map/palette";
import { FRAME_COLOURS, frameTextPairs } from "../../src/ui/briefing/presentation-colours";

describe("WCAG contrast", () => {
  it("matches the published end points and a known middle value", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#FFFFFF", "#FFFFFF")).toBe(1);
    // WebAIM's checker gives 4.54:1 for #767676 on white, the lightest AA grey.
    expect(contrastRatio("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 3);
  });

  it("is symmetric and reads short hex", () => {
    expect(contrastRatio("#0072B2", "#FFF")).toBeCloseTo(contrastRatio("#ffffff", "#0072b2"), 10);
    expect(parseHexColour("#abc")).toEqual([0xaa, 0xbb, 0xcc]);
    expect(() => parseHexColour("blue")).toThrow(/Not a hex colour/);
  });
});

describe("the projector themes hold AAA (7:1) for every text colour on its background", () => {
  for (const theme of ["projector-light", "projector-dark"] as const) {
    const palette = PALETTES[theme];
    const mapPairs: [string, string, string][] = [
      ["label on halo", palette.ink, palette.halo],
      ["label on background", palette.ink, palette.background],
      ["cluster count on cluster", palette.clusterText, palette.incident],
    ];
    for (const [name, text, background] of [...mapPairs, ...frameTextPairs(FRAME_COLOURS[theme])]) {
      it(`${theme}: ${name} (${text} on ${background})`, () => {
        expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(AAA_TEXT_CONTRAST);
      });
    }

    it(`${theme}: hamlet statuses stay apart from each other and from the background`, () => {
      const statuses = Object.values(palette.hamletStatus);
      // Shapes and outlines carry the rest; the fills must at least differ in lightness a little.
      for (const [index, first] of statuses.entries()) {
        for (const second of statuses.slice(index + 1)) {
          expect(first.toLowerCase()).not.toBe(second.toLowerCase());
        }
      }
      // Outlines of marks stand out strongly from the background (graphics need 3:1; we want more).
      expect(contrastRatio(palette.markOutline, palette.background)).toBeGreaterThanOrEqual(
        AAA_TEXT_CONTRAST,
      );
      expect(contrastRatio(palette.unitOutline, palette.background)).toBeGreaterThanOrEqual(
        AAA_TEXT_CONTRAST,
      );
    });

    it(`${theme}: no see-through commune fill and no thin lines or small labels`, () => {
      expect(palette.unitFillOpacity.normal).toBe(0);
      expect(Math.min(...palette.widths.outline, palette.widths.mark)).toBeGreaterThanOrEqual(2.5);
      expect(
        Math.min(...palette.textSizes.unit, palette.textSizes.hamlet, palette.textSizes.cluster),
      ).toBeGreaterThanOrEqual(20);
    });
  }
});
