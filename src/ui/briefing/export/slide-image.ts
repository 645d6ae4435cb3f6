// A slide as one picture: the map drawn off screen at the exact size, with the title bar,
// headline figure, legend and footer painted around it in Noto Sans (bundled, with its
// Vietnamese subset) by the 2D canvas, so the file reads the same on any computer.
import type { Dataset } from "../../../data/dataset";
import { maxOf } from "../../../domain/arrays";
import type { SnapshotSession } from "../../../map/snapshot";
import type { Slide } from "../../../state/deck";
import { restoreView, type ViewState } from "../../../state/view";
import { formatDate } from "../../Header";
import { mapStateOf } from "../../map-state-of";
import { briefingText } from "../briefing-i18n";
import { headlineFigure } from "../headline";
import { type LegendItem, legendItems } from "../legend-items";
import { FRAME_COLOURS, type FrameColours, type ProjectorTheme } from "../presentation-colours";
import { savedCamera } from "../slide-view";

export interface ImageSize {
  width: number;
  height: number;
}

export const IMAGE_SIZES: readonly ImageSize[] = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];

export interface SlideImageInput {
  slide: Slide;
  /** The view the slide is merged into: fields a slide lacks keep the store's value. */
  baseView: ViewState;
  dataset: Dataset;
  size: ImageSize;
  theme: ProjectorTheme;
  number: number;
  count: number;
}

const TOP = 128;
const BOTTOM = 56;
/** The legend's column at 4:3; a wider picture gives it a smaller share. */
const LEGEND_SHARE = 0.34;

function legendShare(size: ImageSize): number {
  return LEGEND_SHARE * Math.min(1, (4 / 3) * (size.height / size.width));
}

/** The map area of a slide image: the picture less the title and footer bands and the legend. */
export function mapAreaOf(size: ImageSize): ImageSize {
  const scale = size.height / 768;
  return {
    width: Math.round(size.width * (1 - legendShare(size))),
    height: size.height - Math.round(TOP * scale) - Math.round(BOTTOM * scale),
  };
}

const FONT_FAMILY = '"Noto Sans", sans-serif';
const font = (weight: 400 | 700, pixels: number) => `${weight} ${Math.round(pixels)}px ${FONT_FAMILY}`;

/** Waits until both weights can draw Vietnamese: a canvas does not wait for fonts by itself. */
export async function loadCanvasFonts(): Promise<void> {
  const sample = "Tiếng Việt ềảậđ";
  await Promise.all([document.fonts.load(font(400, 20), sample), document.fonts.load(font(700, 20), sample)]);
}

function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The largest size from `start` down to `minimum` at which the text fits; cut if none does. */
function fitFont(
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

function drawLegend(
  context: CanvasRenderingContext2D,
  items: LegendItem[],
  colours: FrameColours,
  right: number,
  bottom: number,
  scale: number,
): void {
  if (items.length === 0) return;
  const row = 32 * scale;
  const padding = 14 * scale;
  const swatch = 22 * scale;
  context.font = font(400, 20 * scale);
  const textWidth = maxOf(
    items.map((item) => context.measureText(item.label).width),
    0,
  );
  const width = padding * 3 + swatch + textWidth;
  const height = padding * 2 + row * items.length;
  const left = right - width;
  const top = bottom - height;
  context.fillStyle = colours.background;
  context.strokeStyle = colours.ink;
  context.lineWidth = 3 * scale;
  context.fillRect(left, top, width, height);
  context.strokeRect(left, top, width, height);
  items.forEach((item, index) => {
    const centreY = top + padding + row * index + row / 2;
    const centreX = left + padding + swatch / 2;
    if (item.kind === "icon") {
      const icon = document.createElement("canvas");
      icon.width = item.icon.width;
      icon.height = item.icon.height;
      icon
        .getContext("2d")
        ?.putImageData(new ImageData(new Uint8ClampedArray(item.icon.data), icon.width, icon.height), 0, 0);
      const side = swatch * 1.3;
      context.drawImage(icon, centreX - side / 2, centreY - side / 2, side, side);
    } else {
      context.fillStyle = item.colour;
      context.strokeStyle = item.outline;
      context.lineWidth = 3 * scale;
      context.beginPath();
      if (item.kind === "square") context.rect(centreX - swatch / 2, centreY - swatch / 2, swatch, swatch);
      else context.arc(centreX, centreY, item.large ? swatch / 2 : swatch / 2.6, 0, Math.PI * 2);
      context.fill();
      context.stroke();
    }
    context.fillStyle = colours.ink;
    context.textBaseline = "middle";
    context.fillText(item.label, left + padding * 2 + swatch, centreY);
  });
}

/** `maps` draws at mapAreaOf(input.size); one session serves every slide of a deck. */
export async function renderSlideImage(
  input: SlideImageInput,
  maps: SnapshotSession,
): Promise<HTMLCanvasElement> {
  const { width, height } = input.size;
  const scale = height / 768;
  const colours = FRAME_COLOURS[input.theme];
  const view = { ...restoreView(input.baseView, input.slide.view), theme: input.theme };
  const language = view.language;
  const t = (phrase: Parameters<typeof briefingText>[1], values?: Record<string, string | number>) =>
    briefingText(language, phrase, values);
  const top = Math.round(TOP * scale);
  const bottom = Math.round(BOTTOM * scale);
  const mapArea = mapAreaOf(input.size);
  // The coverage colours are computed by the coverage view, which the off-screen map does not
  // have yet: rather than a choropleth of wrong colours, the slide is drawn as the plain map.
  const mapState = { ...mapStateOf(view, input.dataset.layers), mode: "map" as const };
  const [map] = await Promise.all([maps.render(mapState, savedCamera(input.slide.view)), loadCanvasFonts()]);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D canvas");
  context.fillStyle = colours.background;
  context.fillRect(0, 0, width, height);
  context.drawImage(map, 0, top);
  const margin = 24 * scale;

  // Title bar: the headline figure on the right, the title in what is left.
  const headline = headlineFigure(input.dataset, view.selected);
  context.textBaseline = "alphabetic";
  context.textAlign = "right";
  context.fillStyle = colours.ink;
  context.font = font(700, 64 * scale);
  const figure = `${headline.covered}/${headline.total}`;
  const figureWidth = context.measureText(figure).width;
  context.fillText(figure, width - margin, 72 * scale);
  context.font = font(400, 20 * scale);
  context.fillStyle = colours.muted;
  const figureLabel = `${t("hamletsWithModel")} · ${headline.where ?? t("inDistrict")}`;
  context.fillText(
    fitText(context, figureLabel, Math.max(figureWidth, 320 * scale)),
    width - margin,
    108 * scale,
  );
  const labelWidth = Math.min(context.measureText(figureLabel).width, Math.max(figureWidth, 320 * scale));
  const titleWidth = width - margin * 3 - Math.max(figureWidth, labelWidth);
  context.textAlign = "left";
  context.fillStyle = colours.ink;
  const title = input.slide.title || input.dataset.title;
  context.fillText(fitFont(context, title, 700, 36 * scale, 26 * scale, titleWidth), margin, 48 * scale);
  const window = view.window;
  const period = `${t("period")}: ${
    window.from || window.to
      ? `${window.from ? formatDate(window.from, language) : "…"} – ${window.to ? formatDate(window.to, language) : "…"}`
      : t("allDates")
  }`;
  const dataDate = input.dataset.dataDate
    ? `${t("dataAsOf")} ${formatDate(input.dataset.dataDate, language)}`
    : "";
  context.fillStyle = colours.muted;
  context.fillText(
    fitFont(context, input.dataset.title, 400, 22 * scale, 20 * scale, titleWidth),
    margin,
    84 * scale,
  );
  const second = [period, dataDate].filter(Boolean).join(" · ");
  context.fillText(fitFont(context, second, 400, 22 * scale, 20 * scale, titleWidth), margin, 114 * scale);
  context.fillStyle = colours.ink;
  context.fillRect(0, top - 3 * scale, width, 3 * scale);

  context.fillStyle = colours.ink;
  context.fillRect(mapArea.width, top, 3 * scale, mapArea.height);
  drawLegend(
    context,
    legendItems(view, input.theme, language),
    colours,
    width - margin / 2,
    height - bottom - margin / 2,
    scale,
  );

  // Footer: source and sample badge on the left, the slide number on the right.
  context.fillStyle = colours.ink;
  context.fillRect(0, height - bottom, width, 3 * scale);
  const baseline = height - bottom / 2;
  context.textBaseline = "middle";
  context.font = font(700, 20 * scale);
  context.textAlign = "right";
  const counter = t("slideOf", { n: input.number, total: input.count });
  context.fillText(counter, width - margin, baseline);
  const counterWidth = context.measureText(counter).width;
  context.textAlign = "left";
  let x = margin;
  if (input.dataset.sample) {
    const badge = "Dữ liệu mẫu / sample data";
    const badgeWidth = context.measureText(badge).width + 24 * scale;
    context.fillStyle = colours.badgeBackground;
    context.strokeStyle = colours.badgeInk;
    context.lineWidth = 2 * scale;
    context.fillRect(x, baseline - 17 * scale, badgeWidth, 34 * scale);
    context.strokeRect(x, baseline - 17 * scale, badgeWidth, 34 * scale);
    context.fillStyle = colours.badgeInk;
    context.fillText(badge, x + 12 * scale, baseline);
    x += badgeWidth + 16 * scale;
  }
  context.font = font(400, 20 * scale);
  context.fillStyle = colours.muted;
  const source = `${t("source")}: ${input.dataset.source}`;
  context.fillText(fitText(context, source, width - x - counterWidth - margin * 2), x, baseline);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
