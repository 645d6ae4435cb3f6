// A plain static file server for the built app, mounted under a sub-path on purpose: it proves
// that `dist/` works from any folder of any static server, as the README promises.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { byteRange } from "../../src/build/basemap-files";

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

export interface RunningServer {
  /** Ends with a slash, e.g. http://127.0.0.1:41234/binh-yen/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Sends one file, answering a range request with its bytes only, as the pmtiles reader asks for
 * a tile archive's (the deployer's basemap, the nation's data); `headers` are added to a whole file.
 */
export function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  headers: Record<string, string> = {},
): void {
  const type = contentTypes[extname(file)] ?? "application/octet-stream";
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
  response.writeHead(200, { "Content-Type": type, "Accept-Ranges": "bytes", ...headers });
  createReadStream(file).pipe(response);
}

/** Starts `server` on a free local port; its URL ends with `subPath`. */
export async function listen(server: Server, subPath: string): Promise<RunningServer> {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function serveDirectory(directory: string, subPath = "/binh-yen/"): Promise<RunningServer> {
  const root = resolve(directory);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!pathname.startsWith(subPath)) {
      response.writeHead(404).end("outside the app's sub-path");
      return;
    }
    let file = normalize(join(root, pathname.slice(subPath.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    sendFile(request, response, file);
  });
  return listen(server, subPath);
}
