// A static server for the bench's pages: one built page under /binh-yen/, its geodata/ taken from
// another folder (the sample or the generated province), so the app and the bare page read the
// very same files. Optionally cross-origin isolated, which `measureUserAgentSpecificMemory` needs
// to count the workers' memory too.
import { existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join, normalize, resolve } from "node:path";
import { listen, type RunningServer, sendFile } from "../e2e/static-server";

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

export function serveBench(directory: string, options: BenchServerOptions = {}): Promise<RunningServer> {
  const page = resolve(directory);
  const geodata = options.geodata && resolve(options.geodata);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = pathname.startsWith(SUB_PATH) ? fileFor(pathname, page, geodata) : null;
    if (!file || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    sendFile(
      request,
      response,
      file,
      options.isolated
        ? { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" }
        : {},
    );
  });
  return listen(server, SUB_PATH);
}
