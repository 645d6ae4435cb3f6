// The JavaScript a first visit loads before the app can start (initial-chunks.ts), with their gzip
// sizes: `npx tsx tests/e2e/tools/initial-js.mts [dist]` prints them; lazily loaded chunks
// (import()) are listed apart. tests/e2e/initial-js.e2e.ts holds the build to its budget.
import { resolve } from "node:path";
import { gzipTotal, readChunks } from "./initial-chunks";

const { initial, lazy } = readChunks(resolve(process.argv[2] ?? "dist"));
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
for (const chunk of [...initial].sort((a, b) => b.gzipBytes - a.gzipBytes))
  console.log(kB(chunk.gzipBytes).padStart(8), "kB gzip", chunk.name);
console.log(kB(gzipTotal(initial)).padStart(8), "kB gzip: initial JavaScript, every chunk above");
console.log(`lazy: ${lazy.map((chunk) => `${chunk.name} ${kB(chunk.gzipBytes)}`).join(", ")}`);
