// Writes the synthetic sample district into geodata/: `npx tsx src/cli/sample.ts`.
// The output is the same byte for byte on every run; tests/sample checks the committed files.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateSample } from "../sample/generate";

const geodataDirectory = resolve(import.meta.dirname, "../../geodata");
mkdirSync(geodataDirectory, { recursive: true });
const sample = generateSample();
for (const [name, text] of sample.files) {
  writeFileSync(join(geodataDirectory, name), text, "utf8");
  console.log(`${name.padEnd(20)} ${String(Buffer.byteLength(text)).padStart(9)} bytes`);
}
console.log(
  `seed ${sample.seed}: ${sample.units.length} units, ${sample.hamlets.length} hamlets, ` +
    `${sample.sites.length} sites, ${sample.incidents.length} incidents, ${sample.activities.length} activity rows`,
);
