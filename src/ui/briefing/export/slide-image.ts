// A slide as one picture, laid out as the screen lays it out: the title bar with the slide's
// title and headline figure, the map drawn off screen at the exact size (with the coverage
// colours, reach, plan, scale bar and north arrow the screen has), the side column with the
// legend and key figures, and the footer, painted by the 2D canvas in the bundled Noto Sans.
import type { Dataset } from "../../../data/dataset";
import { textsFor } from "../../../i18n";
import { fitCamera } from "../../../map/fit-camera";
import { featureBounds } from "../../../map/geometry";
import type { SnapshotSession } from "../../../map/snapshot";
import type { Slide } from "../../../state/deck";
import type { ViewState } from "../../../state/view";
import { mapStateOf } from "../../map-state-of";
import { sampleBadgePlain } from "../../SampleBadgeText";
import { legendItems } from "../legend-items";
import { periodText } from "../period";
import { FRAME_COLOURS, type FrameColours, type ProjectorTheme } from "../presentation-colours";
import { resolveSlide, SUBJECT_PADDING } from "../slide-view";
import { type SlideWords, type StoryData, slideWords } from "../story";
import type { ImageSize } from "./image-sizes";
import { type CoverageSource, mapExtras } from "./map-extras";
import { drawFacts, drawLegend, fitFont, fitText, font, loadCanvasFonts, wrapText } from "./slide-canvas";
import "../../../i18n/more-texts"; // the words looked up here, before it first draws

export type { ImageSize } from "./image-sizes";

export interface SlideImageInput {
  slide: Slide;
  /** The view the slide is merged into: fields a slide lacks keep the store's value. */
  baseView: ViewState;
  dataset: Dataset;
  size: ImageSize;
  theme: ProjectorTheme;
  number: number;
  count: number;
  /** Coverage for a window and radius, from the app's engine (see map-extras.ts). */
  coverageOf: CoverageSource;
}

const TOP = 128;
const BOTTOM = 56;
/** The side column's share of the width at 4:3; a wider picture gives it a smaller share. */
const SIDE_SHARE = 0.3;
/** Room around the whole area when a slide frames it, as on screen (camera-moves.ts). */
const AREA_PADDING = 40;

function sideShare(size: ImageSize): number {
  return SIDE_SHARE * Math.min(1, (4 / 3) * (size.height / size.width));
}

/** The map area of a slide image: the picture less the title and footer bands and the side column. */
export function mapAreaOf(size: ImageSize): ImageSize {
  const scale = size.height / 768;
  return {
    width: Math.round(size.width * (1 - sideShare(size))),
    height: size.height - Math.round(TOP * scale) - Math.round(BOTTOM * scale),
  };
}

/**
 * The off-screen map for a slide image: laid out as on a 768-pixel-high screen and drawn at the
 * picture's scale, so its labels, marks, scale bar and north arrow grow with the picture as the
 * title and legend do (a 1920×1080 page is a 1024×768 slide, sharper).
 */
export function mapDrawingOf(size: ImageSize): { width: number; height: number; pixelRatio: number } {
  const area = mapAreaOf(size);
  const pixelRatio = Math.max(1, size.height / 768);
  return { width: area.width / pixelRatio, height: area.height / pixelRatio, pixelRatio };
}

function drawTitleBar(
  context: CanvasRenderingContext2D,
  words: SlideWords,
  lines: [area: string, period: string],
  colours: FrameColours,
  size: ImageSize,
): void {
  const scale = size.height / 768;
  const margin = 24 * scale;
  context.textBaseline = "alphabetic";
  context.textAlign = "right";
  context.fillStyle = colours.ink;
  context.font = font(700, 64 * scale);
  const figureWidth = context.measureText(words.headline.figure).width;
  context.fillText(words.headline.figure, size.width - margin, 72 * scale);
  context.fillStyle = colours.muted;
  const labelRoom = Math.max(figureWidth, 400 * scale);
  const label = fitFont(context, words.headline.label, 400, 20 * scale, 16 * scale, labelRoom);
  context.fillText(label, size.width - margin, 108 * scale);
  const labelWidth = context.measureText(label).width;
  const titleWidth = size.width - margin * 3 - Math.max(figureWidth, labelWidth);
  context.textAlign = "left";
  context.fillStyle = colours.ink;
  context.font = font(700, 30 * scale);
  // A title too long for one line takes two, in place of the area's name (which it names anyway).
  const oneLine = context.measureText(words.title).width <= titleWidth;
  if (oneLine || fitsAt(context, words.title, 26 * scale, titleWidth)) {
    context.fillText(
      fitFont(context, words.title, 700, 36 * scale, 26 * scale, titleWidth),
      margin,
      48 * scale,
    );
    context.fillStyle = colours.muted;
    context.fillText(fitFont(context, lines[0], 400, 22 * scale, 18 * scale, titleWidth), margin, 84 * scale);
  } else {
    context.font = font(700, 28 * scale);
    wrapText(context, words.title, titleWidth)
      .slice(0, 2)
      .forEach((line, index) => {
        context.fillText(line, margin, (38 + index * 34) * scale);
      });
    context.fillStyle = colours.muted;
  }
  context.fillText(fitFont(context, lines[1], 400, 22 * scale, 18 * scale, titleWidth), margin, 114 * scale);
}

function fitsAt(context: CanvasRenderingContext2D, text: string, pixels: number, width: number): boolean {
  context.font = font(700, pixels);
  return context.measureText(text).width <= width;
}

function drawFooter(
  context: CanvasRenderingContext2D,
  input: SlideImageInput,
  colours: FrameColours,
  tx: ReturnType<typeof textsFor>,
): void {
  const { width, height } = input.size;
  const scale = height / 768;
  const margin = 24 * scale;
  const bottom = Math.round(BOTTOM * scale);
  context.fillStyle = colours.ink;
  context.fillRect(0, height - bottom, width, 3 * scale);
  const baseline = height - bottom / 2;
  context.textBaseline = "middle";
  context.font = font(700, 20 * scale);
  context.textAlign = "right";
  const counter = tx.t("briefing.slideOf", { n: input.number, total: input.count });
  context.fillText(counter, width - margin, baseline);
  const counterWidth = context.measureText(counter).width;
  context.textAlign = "left";
  let x = margin;
  if (input.dataset.sample) {
    const badge = sampleBadgePlain();
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
  const source = `${tx.t("briefing.source")}: ${input.dataset.source}`;
  context.fillText(fitText(context, source, width - x - counterWidth - margin * 2), x, baseline);
}

/** `maps` draws at mapAreaOf(input.size); one session serves every slide of a deck. */
export async function renderSlideImage(
  input: SlideImageInput,
  maps: SnapshotSession,
): Promise<HTMLCanvasElement> {
  const { width, height } = input.size;
  const { layers } = input.dataset;
  const scale = height / 768;
  const colours = FRAME_COLOURS[input.theme];
  const resolved = resolveSlide(input.slide, input.baseView, layers);
  const view = { ...resolved.view, theme: input.theme };
  const tx = textsFor(view.language);
  const mapArea = mapAreaOf(input.size);
  const drawing = mapDrawingOf(input.size);
  const extras = await mapExtras(input.slide, view, layers, input.coverageOf);
  const data: StoryData = {
    layers,
    title: input.dataset.title,
    dataDate: input.dataset.dataDate,
    plan: extras.deckPlan ?? null,
  };
  const words = slideWords(input.slide, view, data, tx);
  const area = resolved.focus ?? featureBounds(layers.units);
  const camera =
    resolved.camera ??
    (area
      ? fitCamera(area, drawing, { padding: resolved.focus ? SUBJECT_PADDING : AREA_PADDING, maxZoom: 15 })
      : null);
  const [map] = await Promise.all([
    maps.render(mapStateOf(view, layers), camera, {
      coverage: extras.coverage,
      plan: extras.plan,
      northLetter: tx.t("briefing.north"),
    }),
    loadCanvasFonts(),
  ]);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D canvas");
  context.fillStyle = colours.background;
  context.fillRect(0, 0, width, height);
  const top = Math.round(TOP * scale);
  context.drawImage(map, 0, top);

  const period = `${tx.t("briefing.period")}: ${periodText(view.window, tx)}`;
  const dataDate = input.dataset.dataDate ? `${tx.t("app.dataDate")} ${tx.date(input.dataset.dataDate)}` : "";
  drawTitleBar(
    context,
    words,
    [input.dataset.title, [period, dataDate].filter(Boolean).join(" · ")],
    colours,
    input.size,
  );
  context.fillStyle = colours.ink;
  context.fillRect(0, top - 3 * scale, width, 3 * scale);

  // The side column: legend from the top, the key figures under it.
  context.fillRect(mapArea.width, top, 3 * scale, mapArea.height);
  const column = {
    left: mapArea.width + 18 * scale,
    top: top + 14 * scale,
    width: width - mapArea.width - 32 * scale,
    bottom: top + mapArea.height - 10 * scale,
  };
  const items = legendItems(view, input.theme, tx, { zoom: camera?.zoom ?? 0 });
  const legendEnd = drawLegend(context, items, colours, column, scale);
  drawFacts(context, tx.t("story.facts"), words.facts, colours, { ...column, top: legendEnd }, scale);

  drawFooter(context, input, colours, tx);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}
