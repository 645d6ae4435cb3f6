// The JavaScript a first visit loads before the app can start: the page's module scripts (the
// entry and the chunks the build groups beside it, vite.config.ts) and every chunk they import
// statically, with their gzip sizes. `npx tsx tests/e2e/tools/initial-js.mts
// [dist]` prints them; lazily loaded chunks (import()) are listed apart.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

const directory = resolve(process.argv[2] ?? "dist");
const html = readFileSync(resolve(directory, "index.html"), "utf8");
const scripts = [...html.matchAll(/<script type="module"[^>]*src="\.\/assets\/([^"]+)"/g)].map(
  (match) => match[1] as string,
);
if (scripts.length === 0) throw new Error("no module script in index.html");
const gzip = (name: string) => gzipSync(readFileSync(resolve(directory, "assets", name))).length;
const seen = new Set<string>();
const queue = [...scripts];
while (queue.length > 0) {
  const name = queue.pop() as string;
  if (seen.has(name)) continue;
  seen.add(name);
  const code = readFileSync(resolve(directory, "assets", name), "utf8");
  for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(match[1] as string);
}
const initial = [...seen].map((name) => ({ name, kB: gzip(name) / 1000 })).sort((a, b) => b.kB - a.kB);
const total = initial.reduce((sum, chunk) => sum + chunk.kB, 0);
for (const chunk of initial) console.log(chunk.kB.toFixed(1).padStart(8), "kB gzip", chunk.name);
console.log(total.toFixed(1).padStart(8), "kB gzip: initial JavaScript, every chunk above");
const lazy = readdirSync(resolve(directory, "assets")).filter(
  (name) => name.endsWith(".js") && !seen.has(name),
);
console.log(`lazy: ${lazy.map((name) => `${name} ${(gzip(name) / 1000).toFixed(1)}`).join(", ")}`);
