// The deck as a PDF: one A4 landscape page per slide, each page the slide's PNG, so the printed
// text is exactly what the screen and the PNG show (no second layout to drift apart).
import { PDFDocument, rgb } from "pdf-lib";

/** A4 landscape in PDF points (1/72 inch). */
export const A4_LANDSCAPE: [width: number, height: number] = [841.89, 595.28];
const MARGIN = 18;

export async function slidesToPdf(images: Uint8Array[], title: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle(title);
  document.setCreator("Bình Yên");
  const [pageWidth, pageHeight] = A4_LANDSCAPE;
  for (const bytes of images) {
    const image = await document.embedPng(bytes);
    const page = document.addPage(A4_LANDSCAPE);
    page.drawRectangle({ x: 0, y: 0, width: pageWidth, height: pageHeight, color: rgb(1, 1, 1) });
    const scale = Math.min((pageWidth - 2 * MARGIN) / image.width, (pageHeight - 2 * MARGIN) / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    page.drawImage(image, { x: (pageWidth - width) / 2, y: (pageHeight - height) / 2, width, height });
  }
  return document.save();
}
