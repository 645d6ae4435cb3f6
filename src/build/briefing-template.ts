// dist/briefing-template.html: the read-only presentation (briefing.html) built a second time
// into one self-contained page. Scripts and styles go inline, every asset (fonts, MapLibre's
// worker) becomes a data: URI, and the page carries its own CSP, which allows its one script by
// hash and nothing from anywhere else. The app and `geodata pack` fill it with a deck and data.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build, type Plugin } from "vite";

export const TEMPLATE_NAME = "briefing-template.html";

/** The file's CSP: its own inline script (by hash) and styles, inlined workers, data: fonts/images. */
export function briefingPolicy(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "font-src data:",
    // From a file (origin "null") MapLibre reads its worker's blob: URL back and starts the
    // worker from a data: URL of the same code; nothing with a host is allowed.
    "worker-src blob: data:",
    "connect-src blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

// "</script" inside the code would end the element early; "<\/script" is the same text in JS.
const inlineScript = (code: string) => code.replaceAll("</script", "<\\/script");

/** Inlines the built page's one module script and stylesheet into the HTML. */
export function inlinePage(html: string, readAsset: (path: string) => string): string {
  const scriptTag = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/u;
  const styleTag = /<link rel="stylesheet" crossorigin href="([^"]+)">\s*/gu;
  const scriptPath = scriptTag.exec(html)?.[1];
  if (!scriptPath) throw new Error("the briefing build has no module script");
  const code = inlineScript(readAsset(scriptPath));
  const hash = createHash("sha256").update(code, "utf8").digest("base64");
  let page = html.replace(scriptTag, "");
  page = page.replace(styleTag, (_, path: string) => `<style>${readAsset(path)}</style>\n`);
  if (/<(script|link)[^>]+(src|href)=/u.test(page)) throw new Error("the briefing build links a file");
  const policy = `<meta http-equiv="Content-Security-Policy" content="${briefingPolicy(hash)}" />`;
  page = page.replace("<head>", () => `<head>\n    ${policy}`);
  // The app's script last, after the data element it reads.
  // A function, not a string: the code holds "$`" and "$'", which a replacement string expands.
  return page.replace("</body>", () => `<script type="module">${code}</script>\n</body>`);
}

export function briefingTemplate(root: string): Plugin {
  let outDir = "dist";
  return {
    name: "binh-yen-briefing-template",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const scratch = mkdtempSync(join(tmpdir(), "binhyen-briefing-"));
      try {
        await build({
          configFile: false,
          root,
          base: "./",
          logLevel: "warn",
          plugins: [react()],
          // Classic workers: a module worker from a blob: URL does not start in a page opened
          // from disk (its origin is "null"); a classic one does.
          worker: { format: "iife" },
          build: {
            outDir: scratch,
            emptyOutDir: true,
            target: "es2022",
            // Every asset inline, one script, one stylesheet: nothing for file:// to fetch.
            assetsInlineLimit: () => true,
            cssCodeSplit: false,
            modulePreload: false,
            chunkSizeWarningLimit: 5000,
            rollupOptions: {
              input: resolve(root, "briefing.html"),
              output: { codeSplitting: false },
            },
          },
        });
        const html = readFileSync(join(scratch, "briefing.html"), "utf8");
        const page = inlinePage(html, (path) => readFileSync(join(scratch, path), "utf8"));
        writeFileSync(join(outDir, TEMPLATE_NAME), page);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}
