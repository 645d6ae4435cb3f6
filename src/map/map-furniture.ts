// What every map picture carries besides the data: a scale bar and a north arrow. On screen they
// are MapLibre controls (DOM beside the canvas); in an off-screen picture (slides, prints) they
// are painted into the copy, since DOM controls are not in the canvas.
import type * as maplibregl from "maplibre-gl";
import type { Camera } from "./map-state";

const EARTH_CIRCUMFERENCE_METRES = 40_075_016.686;

/** Ground metres per CSS pixel at a latitude, for MapLibre's 512-pixel tiles. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_METRES * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest round length (1, 2 or 5 × 10ⁿ metres) that fits in `maxPixels`. */
export function roundScaleLength(metresPerPixelValue: number, maxPixels: number): number {
  const maxMetres = metresPerPixelValue * maxPixels;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((factor) => factor * magnitude <= maxMetres) ?? 1;
  return step * magnitude;
}

const FONT = (pixels: number) => `700 ${Math.round(pixels)}px "Noto Sans", sans-serif`;

/** Scale of furniture in a picture `height` CSS pixels tall: as on screen up to 600 px, larger above. */
const furnitureScale = (height: number) => Math.max(height / 600, 1);

export function drawScaleBar(context: CanvasRenderingContext2D, camera: Camera, height: number): void {
  const scale = furnitureScale(height);
  const perPixel = metresPerPixel(camera.center[1], camera.zoom);
  const metres = roundScaleLength(perPixel, 220 * scale);
  const length = metres / perPixel;
  const left = 20 * scale;
  const bottom = height - 20 * scale;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  context.font = FONT(20 * scale);
  const textWidth = context.measureText(label).width;
  context.fillStyle = "#FFFFFF";
  context.fillRect(
    left - 8 * scale,
    bottom - 44 * scale,
    Math.max(length, textWidth) + 16 * scale,
    52 * scale,
  );
  context.fillStyle = "#000000";
  context.textBaseline = "alphabetic";
  context.textAlign = "left";
  context.fillText(label, left, bottom - 18 * scale);
  context.fillRect(left, bottom - 10 * scale, length, 6 * scale);
  context.fillRect(left, bottom - 16 * scale, 3 * scale, 12 * scale);
  context.fillRect(left + length - 3 * scale, bottom - 16 * scale, 3 * scale, 12 * scale);
}

/** The north arrow's box in a picture `height` CSS pixels tall: its left, top and side. */
export function northArrowBox(height: number): { left: number; top: number; side: number } {
  const scale = furnitureScale(height);
  return { left: 16 * scale, top: 16 * scale, side: 52 * scale };
}

/**
 * A north arrow in the top-left corner: a black arrowhead on white with the letter of north in
 * the reader's language ("B", Bắc; "N"). The maps never rotate, so north is always up.
 */
export function drawNorthArrow(context: CanvasRenderingContext2D, height: number, letter: string): void {
  const { left, top, side } = northArrowBox(height);
  const scale = furnitureScale(height);
  context.fillStyle = "#FFFFFF";
  context.strokeStyle = "#000000";
  context.lineWidth = 2 * scale;
  context.fillRect(left, top, side, side * 1.25);
  context.strokeRect(left, top, side, side * 1.25);
  const middle = left + side / 2;
  context.fillStyle = "#000000";
  context.beginPath();
  context.moveTo(middle, top + 6 * scale);
  context.lineTo(middle + side * 0.28, top + side * 0.62);
  context.lineTo(middle, top + side * 0.5);
  context.lineTo(middle - side * 0.28, top + side * 0.62);
  context.closePath();
  context.fill();
  context.font = FONT(20 * scale);
  context.textAlign = "center";
  context.textBaseline = "alphabetic";
  context.fillText(letter, middle, top + side * 1.15);
}

const ARROW_SVG =
  '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="M12 2 L19 17 L12 13 L5 17 Z" fill="currentColor"/></svg>';

/** The on-screen north arrow, beside the zoom buttons; relabelled with the language. */
export class NorthArrowControl implements maplibregl.IControl {
  private element: HTMLElement | null = null;

  constructor(
    private letter: string,
    private title: string,
  ) {}

  onAdd(): HTMLElement {
    const element = document.createElement("div");
    element.className = "maplibregl-ctrl binhyen-north-arrow";
    element.innerHTML = `${ARROW_SVG}<span class="binhyen-north-letter"></span>`;
    this.element = element;
    this.relabel(this.letter, this.title);
    return element;
  }

  relabel(letter: string, title: string): void {
    this.letter = letter;
    this.title = title;
    if (!this.element) return;
    this.element.setAttribute("role", "img");
    this.element.setAttribute("aria-label", title);
    this.element.title = title;
    const span = this.element.querySelector(".binhyen-north-letter");
    if (span) span.textContent = letter;
  }

  onRemove(): void {
    this.element?.remove();
    this.element = null;
  }
}
