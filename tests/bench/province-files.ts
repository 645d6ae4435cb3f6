// The generated province as geodata files (src/sample/province-files.ts), written once into the
// bench's cache and reused; the app and the bare pages read the very same files.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { provinceFiles } from "../../src/sample/province-files";

const root = resolve(import.meta.dirname, "../..");
/** Bump when the generator or the file shape changes, so a stale cache is not reused. */
const VERSION = 1;
export const PROVINCE_DIRECTORY = resolve(root, `node_modules/.cache/binhyen-bench/province-v${VERSION}`);

/** Writes geodata/ for the province (if not there yet) and returns its directory. */
export function provinceGeodata(): string {
  const directory = resolve(PROVINCE_DIRECTORY, "geodata");
  if (existsSync(resolve(directory, "manifest.json"))) return directory;
  mkdirSync(directory, { recursive: true });
  const { "manifest.json": manifest, ...layers } = provinceFiles();
  for (const [path, text] of Object.entries(layers)) writeFileSync(resolve(directory, path), text);
  // Written last: its presence says the directory is complete.
  writeFileSync(resolve(directory, "manifest.json"), manifest as string);
  return directory;
}
