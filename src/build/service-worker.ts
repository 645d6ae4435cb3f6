// dist/sw.js: src/pwa/sw.ts with the build's file list and a version made from their contents.
// Written after every other plugin has written its files (the briefing template, the basemap
// archives), so the list is the folder as it will be deployed. The data (geodata/) is not in the
// list: the worker reads it from the manifest at run time, since it is replaced without a build.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { type Plugin, transformWithOxc } from "vite";

export const SERVICE_WORKER_FILE = "sw.js";

/** Every file of the build the worker keeps, as paths relative to dist/ with "/". */
export function buildAssets(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(sep).join("/"))
    .filter((name) => statSync(join(outDir, name)).isFile())
    .filter((name) => name !== SERVICE_WORKER_FILE && !name.startsWith("geodata/") && !name.endsWith(".map"))
    .sort();
}

export function buildVersion(outDir: string, assets: readonly string[]): string {
  const hash = createHash("sha256");
  for (const name of assets)
    hash
      .update(name)
      .update("\0")
      .update(readFileSync(join(outDir, name)));
  return hash.digest("hex").slice(0, 12);
}

export function serviceWorker(source: string): Plugin {
  let outDir = "dist";
  return {
    name: "binh-yen-service-worker",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: "post",
      async handler() {
        const assets = buildAssets(outDir);
        const version = buildVersion(outDir, assets);
        const { code } = await transformWithOxc(readFileSync(source, "utf8"), "sw.ts", { lang: "ts" });
        // A classic worker script: the module marker goes, the build's facts come first.
        const body = code.replace(/^export \{\};?\s*$/mu, "");
        const build = JSON.stringify({ version, assets });
        writeFileSync(join(outDir, SERVICE_WORKER_FILE), `const BUILD = ${build};\n${body}`);
      },
    },
  };
}
