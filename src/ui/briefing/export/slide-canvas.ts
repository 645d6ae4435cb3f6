// Painting a slide's words and legend on a 2D canvas in Noto Sans (bundled, with its Vietnamese
// subset): fitting text to a width, and the legend and key figures of the side column, drawn
// from the same items the screen lists.
import type { LegendItem } from "../legend-items";
import type { FrameColours } from "../presentation-colours";

const FONT_FAMILY = '"Noto Sans", sans-serif';
export const font = (weight: 400 | 700, pixels: number) => `${weight} ${Math.round(pixels)}px ${FONT_FAMILY}`;

/** Waits until both weights can draw Vietnamese: a canvas does not wait for fonts by itself. */
export async function loadCanvasFonts(): Promise<void> {
  const sample = "Tiếng Việt ềảậđ";
  await Promise.all([document.fonts.load(font(400, 20), sample), document.fonts.load(font(700, 20), sample)]);
}

export function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The largest size from `start` down to `minimum` at which the text fits; cut if none does. */
export function fitFont(
  context: CanvasRenderingContext2D,
  text: string,
  weight: 400 | 700,
  start: number,
  minimum: number,
  maxWidth: number,
): string {
  let size = start;
  context.font = font(weight, size);
  while (size > minimum && context.measureText(text).width > maxWidth) {
    size -= 1;
    context.font = font(weight, size);
  }
  return fitText(context, text, maxWidth);
}

/** Lines of at most `maxWidth`, broken between words; a word too long is cut. */
export function wrapText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width <= maxWidth || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((each) => fitText(context, each, maxWidth));
}

function drawSwatch(
  context: CanvasRenderingContext2D,
  item: LegendItem,
  centreX: number,
  centreY: number,
  swatch: number,
  scale: number,
): void {
  context.lineWidth = 3 * scale;
  context.setLineDash([]);
  switch (item.kind) {
    case "icon": {
      const icon = document.createElement("canvas");
      icon.width = item.icon.width;
      icon.height = item.icon.height;
      icon
        .getContext("2d")
        ?.putImageData(new ImageData(new Uint8ClampedArray(item.icon.data), icon.width, icon.height), 0, 0);
      const side = swatch * 1.3;
      context.drawImage(icon, centreX - side / 2, centreY - side / 2, side, side);
      return;
    }
    case "line":
      context.strokeStyle = item.colour;
      context.lineWidth = 4 * scale;
      if (item.dashed) context.setLineDash([8 * scale, 5 * scale]);
      context.beginPath();
      context.moveTo(centreX - swatch * 0.7, centreY);
      context.lineTo(centreX + swatch * 0.7, centreY);
      context.stroke();
      context.setLineDash([]);
      return;
    case "ramp": {
      const gradient = context.createLinearGradient(centreX - swatch * 0.7, 0, centreX + swatch * 0.7, 0);
      for (const [index, colour] of item.colours.entries())
        gradient.addColorStop(index / (item.colours.length - 1), colour);
      context.fillStyle = gradient;
      context.fillRect(centreX - swatch * 0.7, centreY - swatch / 2, swatch * 1.4, swatch);
      return;
    }
    case "pick":
      context.fillStyle = item.colour;
      context.strokeStyle = item.ring;
      context.beginPath();
      context.arc(centreX, centreY, swatch / 1.8, 0, Math.PI * 2);
      context.fill();
      context.stroke();
      context.fillStyle = "#FFFFFF";
      context.font = font(700, swatch * 0.7);
      context.textAlign = "center";
      context.textBaseline = "middle";
      context.fillText("1", centreX, centreY + scale);
      context.textAlign = "left";
      return;
    default:
      context.fillStyle = item.colour;
      context.strokeStyle = item.outline;
      context.beginPath();
      if (item.kind === "square") context.rect(centreX - swatch / 2, centreY - swatch / 2, swatch, swatch);
      else context.arc(centreX, centreY, item.large ? swatch / 2 : swatch / 2.6, 0, Math.PI * 2);
      context.fill();
      context.stroke();
  }
}

export interface ColumnBox {
  left: number;
  top: number;
  width: number;
  /** The column's bottom edge: what does not fit above it is left out. */
  bottom: number;
}

/** The legend from the top of the column; returns where it ends. */
export function drawLegend(
  context: CanvasRenderingContext2D,
  items: LegendItem[],
  colours: FrameColours,
  box: ColumnBox,
  scale: number,
): number {
  const row = 30 * scale;
  const line = 23 * scale;
  const swatch = 22 * scale;
  const textLeft = box.left + swatch * 1.6 + 10 * scale;
  let y = box.top;
  for (const item of items) {
    context.font = font(400, 20 * scale);
    // A long label takes two lines, as on screen, rather than losing its end.
    const lines = wrapText(context, item.label, box.left + box.width - textLeft).slice(0, 2);
    const height = Math.max(row, lines.length * line + 9 * scale);
    if (y + height > box.bottom) break;
    const centreY = y + height / 2;
    drawSwatch(context, item, box.left + swatch * 0.8, centreY, swatch, scale);
    context.font = font(400, 20 * scale);
    context.fillStyle = colours.ink;
    context.textAlign = "left";
    context.textBaseline = "middle";
    lines.forEach((text, index) => {
      context.fillText(text, textLeft, centreY + (index - (lines.length - 1) / 2) * line);
    });
    y += height;
  }
  return y;
}

/** The slide's key figures under a heading, each wrapped to the column. */
export function drawFacts(
  context: CanvasRenderingContext2D,
  heading: string,
  facts: readonly string[],
  colours: FrameColours,
  box: ColumnBox,
  scale: number,
): void {
  if (facts.length === 0) return;
  const line = 25 * scale;
  let y = box.top + 12 * scale;
  context.fillStyle = colours.ink;
  context.fillRect(box.left, y, box.width, 3 * scale);
  y += 12 * scale;
  context.textAlign = "left";
  context.textBaseline = "top";
  context.font = font(700, 20 * scale);
  context.fillText(fitText(context, heading, box.width), box.left, y);
  y += line + 4 * scale;
  context.font = font(400, 20 * scale);
  for (const fact of facts) {
    const lines = wrapText(context, fact, box.width);
    if (y + line * lines.length > box.bottom) break;
    for (const text of lines) {
      context.fillText(text, box.left, y);
      y += line;
    }
    y += 6 * scale;
  }
}
