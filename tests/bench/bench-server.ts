// A static server for the bench's pages: one built page under /binh-yen/, its geodata/ taken from
// another folder (the sample or the generated province), so the app and the bare page read the
// very same files. Optionally cross-origin isolated, which `measureUserAgentSpecificMemory` needs
// to count the workers' memory too.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { byteRange } from "../../src/build/basemap-files";
import type { RunningServer } from "../e2e/static-server";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

const SUB_PATH = "/binh-yen/";

export interface BenchServerOptions {
  /** Serves geodata/ from here instead of the page's own folder. */
  geodata?: string;
  /** Sends the headers that make the page cross-origin isolated. */
  isolated?: boolean;
}

function fileFor(pathname: string, page: string, geodata: string | undefined): string | null {
  const relative = pathname.slice(SUB_PATH.length);
  const [base, rest] =
    geodata && relative.startsWith("geodata/")
      ? [geodata, relative.slice("geodata/".length)]
      : [page, relative];
  const file = normalize(join(base, rest));
  if (!file.startsWith(base)) return null;
  return existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
}

export async function serveBench(
  directory: string,
  options: BenchServerOptions = {},
): Promise<RunningServer> {
  const page = resolve(directory);
  const geodata = options.geodata && resolve(options.geodata);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = pathname.startsWith(SUB_PATH) ? fileFor(pathname, page, geodata) : null;
    if (!file || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    const type = contentTypes[extname(file)] ?? "application/octet-stream";
    // Range requests, as the pmtiles reader makes them for a tile archive.
    const size = statSync(file).size;
    const range = byteRange(request.headers.range, size);
    if (range) {
      response.writeHead(206, {
        "Content-Type": type,
        "Content-Range": `bytes ${range[0]}-${range[1]}/${size}`,
        "Content-Length": range[1] - range[0] + 1,
        "Accept-Ranges": "bytes",
      });
      createReadStream(file, { start: range[0], end: range[1] }).pipe(response);
      return;
    }
    response.writeHead(200, {
      "Content-Type": type,
      "Accept-Ranges": "bytes",
      ...(options.isolated
        ? { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" }
        : {}),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
