// The deployer's basemap archives (geodata/**/*.pmtiles, named in geodata/config.json) are served
// by the dev server with HTTP ranges, as the pmtiles reader asks for them, and copied into
// dist/geodata/ by the build, file by file (an extract can be hundreds of megabytes).
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";

function archives(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.toLowerCase().endsWith(".pmtiles"))
    .filter((name) => statSync(join(folder, name)).isFile());
}

/** `bytes=START-END` (END optional, or `-SUFFIX`) → inclusive start and end; null if unusable. */
export function byteRange(header: string | undefined, size: number): [number, number] | null {
  const match = /^bytes=(\d*)-(\d*)$/u.exec(header ?? "");
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const start = match[1] === "" ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === "" || match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start <= end && start < size ? [start, end] : null;
}

export function basemapFiles(geodataDirectory: string): Plugin {
  let outDir = "dist";
  return {
    name: "binh-yen-basemap-files",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use("/geodata/", (request, response, next) => {
        const name = decodeURIComponent((request.url ?? "").split("?")[0]?.replace(/^\//u, "") ?? "");
        if (!archives(geodataDirectory).includes(name.split("/").join(sep))) return next();
        const file = join(geodataDirectory, name);
        const size = statSync(file).size;
        const range = byteRange(request.headers.range, size);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Content-Type", "application/vnd.pmtiles");
        if (!range) {
          response.setHeader("Content-Length", size);
          createReadStream(file).pipe(response);
          return;
        }
        response.statusCode = 206;
        response.setHeader("Content-Range", `bytes ${range[0]}-${range[1]}/${size}`);
        response.setHeader("Content-Length", range[1] - range[0] + 1);
        createReadStream(file, { start: range[0], end: range[1] }).pipe(response);
      });
    },
    closeBundle() {
      for (const name of archives(geodataDirectory)) {
        const target = join(outDir, "geodata", name);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(join(geodataDirectory, name), target);
        this.info?.(`copied ${relative(outDir, target)}`);
      }
    },
  };
}
