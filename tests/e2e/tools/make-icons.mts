// Draws public/icon.svg into the PNG icons and favicon.ico the web manifest and browsers ask
// for, with the same Chromium the tests use. Run after changing the SVG:
// `npx tsx tests/e2e/tools/make-icons.mts`; the outputs are committed.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { launchChromium } from "../browser";

const publicDirectory = resolve(import.meta.dirname, "../../../public");
const svg = readFileSync(resolve(publicDirectory, "icon.svg"), "utf8");

const browser = await launchChromium();
async function png(size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const bytes = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  await page.close();
  return bytes;
}

/** An ICO holding PNG images (every browser since IE 11 reads these). */
function ico(images: { size: number; bytes: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, bytes }, index) => {
    const at = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(bytes.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += bytes.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.bytes)]);
}

writeFileSync(resolve(publicDirectory, "icon-192.png"), await png(192));
writeFileSync(resolve(publicDirectory, "icon-512.png"), await png(512));
writeFileSync(resolve(publicDirectory, "apple-touch-icon.png"), await png(180));
writeFileSync(
  resolve(publicDirectory, "favicon.ico"),
  ico([
    { size: 16, bytes: await png(16) },
    { size: 32, bytes: await png(32) },
    { size: 48, bytes: await png(48) },
  ]),
);
await browser.close();
console.log("icons written to public/");
