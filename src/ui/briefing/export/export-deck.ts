// Every slide to PNG (in one zip) or the whole deck to one PDF. Slides are drawn one after the
// other: each needs its own off-screen WebGL map, and two at once would only compete for it.
import JSZip from "jszip";
import type { Dataset } from "../../../data/dataset";
import { createSnapshotSession } from "../../../map/snapshot";
import type { Deck } from "../../../state/deck";
import type { ViewState } from "../../../state/view";
import type { CoverageEngine } from "../../coverage/use-coverage";
import type { ProjectorTheme } from "../presentation-colours";
import { downloadBlob, fileNameOf } from "./download";
import { extrasSource } from "./map-extras";
import { slidesToPdf } from "./pdf";
import { canvasToPng, type ImageSize, mapDrawingOf, renderSlideImage } from "./slide-image";

export interface DeckExportInput {
  deck: Deck;
  baseView: ViewState;
  dataset: Dataset;
  theme: ProjectorTheme;
  /** The app's coverage engine: coverage slides are drawn with their colours, plan slides with their plan. */
  engine: CoverageEngine;
  onProgress?(done: number, total: number): void;
}

async function slidePngs(input: DeckExportInput, size: ImageSize): Promise<Blob[]> {
  const pngs: Blob[] = [];
  const count = input.deck.slides.length;
  const maps = createSnapshotSession(input.dataset.layers, mapDrawingOf(size));
  const coverageOf = extrasSource(input.engine, input.dataset.layers);
  try {
    for (const [index, slide] of input.deck.slides.entries()) {
      input.onProgress?.(index, count);
      const canvas = await renderSlideImage(
        { ...input, slide, size, number: index + 1, count, coverageOf },
        maps,
      );
      pngs.push(await canvasToPng(canvas));
    }
  } finally {
    maps.destroy();
  }
  input.onProgress?.(count, count);
  return pngs;
}

function deckFileName(input: DeckExportInput): string {
  return fileNameOf(input.deck.title, "binh-yen-deck");
}

/** One zip with a PNG per slide, named by number and title. */
export async function exportDeckPngs(input: DeckExportInput, size: ImageSize): Promise<number> {
  const pngs = await slidePngs(input, size);
  const zip = new JSZip();
  pngs.forEach((png, index) => {
    const title = input.deck.slides[index]?.title ?? "";
    const number = String(index + 1).padStart(2, "0");
    zip.file(`${number}-${fileNameOf(title, "slide")}-${size.width}x${size.height}.png`, png);
  });
  const blob = await zip.generateAsync({ type: "blob" });
  downloadBlob(blob, `${deckFileName(input)}-${size.width}x${size.height}.zip`);
  return pngs.length;
}

/** One A4 landscape page per slide, from the 1920×1080 images. */
export async function exportDeckPdf(input: DeckExportInput): Promise<number> {
  const pngs = await slidePngs(input, { width: 1920, height: 1080 });
  const bytes = await Promise.all(pngs.map(async (png) => new Uint8Array(await png.arrayBuffer())));
  const pdf = await slidesToPdf(bytes, input.deck.title);
  downloadBlob(
    new Blob([pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
    `${deckFileName(input)}.pdf`,
  );
  return pngs.length;
}
