// What a first visit loads before the app can start, read off a build: the page's module scripts
// (the entry and the chunks the build groups beside it, vite.config.ts) and every chunk they
// import statically; everything else loads on first use (import()). Used by initial-js.mts and
// tests/e2e/initial-js.e2e.ts.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

export interface Chunk {
  name: string;
  text: string;
  gzipBytes: number;
}

export function readChunks(directory: string): { initial: Chunk[]; lazy: Chunk[] } {
  const html = readFileSync(resolve(directory, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<script type="module"[^>]*src="\.\/assets\/([^"]+)"/g)].map(
    (match) => match[1] as string,
  );
  if (scripts.length === 0) throw new Error(`no module script in ${directory}/index.html`);
  const chunk = (name: string): Chunk => {
    const bytes = readFileSync(resolve(directory, "assets", name));
    return { name, text: bytes.toString("utf8"), gzipBytes: gzipSync(bytes).length };
  };
  const initial = new Map<string, Chunk>();
  const queue = [...scripts];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (initial.has(name)) continue;
    const read = chunk(name);
    initial.set(name, read);
    for (const match of read.text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      queue.push(match[1] as string);
  }
  const lazy = readdirSync(resolve(directory, "assets"))
    .filter((name) => name.endsWith(".js") && !initial.has(name))
    .map(chunk);
  return { initial: [...initial.values()], lazy };
}

export const gzipTotal = (chunks: readonly Chunk[]) =>
  chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
