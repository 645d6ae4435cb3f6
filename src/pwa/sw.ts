// The service worker (built into dist/sw.js by build/service-worker.ts, with BUILD filled in):
// after the first visit the app and its data open with no network. Everything a page uses comes
// from ONE versioned cache; a new build or new data is gathered into a new cache beside it, and
// the pages are told. The switch is one write, made when the user chooses to reload: a page never
// sees new scripts with old data, or the reverse. The data is read from geodata/manifest.json at
// run time, because a data steward replaces dist/geodata/ without rebuilding.
/// <reference lib="webworker" />
export {};

declare const self: ServiceWorkerGlobalScope;
/** Injected at build: the build's version and every file of it (paths relative to the scope). */
declare const BUILD: { version: string; assets: string[] };

const PREFIX = "binhyen-";
const META_CACHE = "binhyen-meta";
const STATE_KEY = "state.json";
// A deployer's basemap archive can be huge: larger ones are read from the server only.
const MAX_CACHED_ARCHIVE_BYTES = 200_000_000;

interface CacheRecord {
  name: string;
  build: string;
  data: string;
}
interface State {
  current: CacheRecord | null;
  /** New data gathered for this build, waiting for the user's reload. */
  pending: CacheRecord | null;
  /** The cache a newly installed build made, taken up when it activates. */
  installed: CacheRecord | null;
}

const scope = () => self.registration.scope;
const url = (path: string) => new URL(path, scope()).href;
// Remembered for answering fetches; read afresh before every change, since a newly installed
// build writes its record while this worker still serves the pages.
let stateCache: State | null = null;

async function readState(fresh = false): Promise<State> {
  if (stateCache && !fresh) return stateCache;
  const response = await (await caches.open(META_CACHE)).match(url(STATE_KEY));
  stateCache = response
    ? ((await response.json()) as State)
    : { current: null, pending: null, installed: null };
  return stateCache;
}

async function writeState(state: State): Promise<void> {
  stateCache = state;
  const body = JSON.stringify(state);
  await (await caches.open(META_CACHE)).put(
    url(STATE_KEY),
    new Response(body, { headers: { "Content-Type": "application/json" } }),
  );
}

async function digest(parts: readonly (string | ArrayBuffer)[]): Promise<string> {
  const encoder = new TextEncoder();
  const chunks = parts.map((part) =>
    typeof part === "string" ? encoder.encode(part) : new Uint8Array(part),
  );
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", all));
  return Array.from(hash.slice(0, 8), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The data files as the server has them now: manifest, config, listed files, archives. */
async function fetchData(): Promise<{ responses: [string, Response][]; fingerprint: string }> {
  const fresh = (path: string) => fetch(url(path), { cache: "no-cache" });
  const responses: [string, Response][] = [];
  const parts: (string | ArrayBuffer)[] = [];
  const keep = async (path: string, response: Response) => {
    const body = await response.clone().arrayBuffer();
    parts.push(path, body);
    responses.push([url(path), response]);
  };
  const manifest = await fresh("geodata/manifest.json");
  if (!manifest.ok) throw new Error(`geodata/manifest.json: HTTP ${manifest.status}`);
  const listed = ((await manifest.clone().json()) as { files?: { path?: unknown }[] }).files ?? [];
  await keep("geodata/manifest.json", manifest);
  const config = await fresh("geodata/config.json");
  const archives: string[] = [];
  if (config.ok && !(config.headers.get("content-type") ?? "").includes("text/html")) {
    const settings = (await config
      .clone()
      .json()
      .catch(() => ({}))) as { basemap?: Record<string, unknown> };
    for (const key of ["url", "hillshade"]) {
      const path = settings.basemap?.[key];
      if (typeof path === "string" && !/^[a-z][a-z0-9+.-]*:|^\/\//iu.test(path))
        archives.push(`geodata/${path}`);
    }
    await keep("geodata/config.json", config);
  }
  const files = listed.map((entry) => entry.path).filter((path): path is string => typeof path === "string");
  for (const path of files.map((name) => `geodata/${name}`)) {
    const response = await fresh(path);
    if (response.ok) await keep(path, response);
  }
  for (const path of archives) {
    const response = await fresh(path);
    const size = Number(response.headers.get("content-length") ?? "0");
    if (response.ok && response.status === 200 && size <= MAX_CACHED_ARCHIVE_BYTES)
      await keep(path, response);
    else await response.body?.cancel();
  }
  return { responses, fingerprint: await digest(parts) };
}

/** A complete cache: this build's files (from `source` when given) and the data. */
async function fillCache(source: Cache | null): Promise<CacheRecord> {
  const data = await fetchData();
  const name = `${PREFIX}${BUILD.version}-${data.fingerprint}-${Date.now().toString(36)}`;
  const cache = await caches.open(name);
  try {
    for (const path of BUILD.assets) {
      const copied = await source?.match(url(path));
      const response = copied ?? (await fetch(url(path), { cache: "no-cache" }));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      await cache.put(url(path), response);
    }
    for (const [key, response] of data.responses) await cache.put(key, response);
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
  return { name, build: BUILD.version, data: data.fingerprint };
}

/** Keeps the current cache and the one before it (a page still open on it may ask for a file). */
async function pruneCaches(keep: readonly string[]): Promise<void> {
  for (const name of await caches.keys())
    if (name.startsWith(PREFIX) && name !== META_CACHE && !keep.includes(name)) await caches.delete(name);
}

async function tellPages(message: unknown): Promise<void> {
  for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage(message);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const installed = await fillCache(null);
      const state = await readState(true);
      // The very first install has nothing to replace: it is taken up at once.
      await writeState({ ...state, installed });
      if (!state.current) await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const state = await readState(true);
      const current = state.installed ?? state.current;
      await writeState({ current, pending: null, installed: null });
      await pruneCaches([current?.name ?? "", state.current?.name ?? ""]);
      await self.clients.claim();
    })(),
  );
});

/** New data on the server for this build: gathered into a new cache, and the pages told. */
async function checkData(): Promise<void> {
  const state = await readState(true);
  if (!state.current || state.current.build !== BUILD.version) return;
  const { fingerprint } = await fetchData();
  if (fingerprint === state.current.data || fingerprint === state.pending?.data) {
    if (state.pending) await tellPages({ type: "binhyen-update", reason: "data" });
    return;
  }
  const pending = await fillCache(await caches.open(state.current.name));
  await writeState({ ...(await readState(true)), pending });
  await tellPages({ type: "binhyen-update", reason: "data" });
}

async function applyPending(): Promise<void> {
  const state = await readState(true);
  if (!state.pending) return;
  await writeState({ current: state.pending, pending: null, installed: state.installed });
  await pruneCaches([state.pending.name, state.current?.name ?? "", state.installed?.name ?? ""]);
}

self.addEventListener("message", (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === "binhyen-check-data") event.waitUntil(checkData().catch(() => {}));
  else if (type === "binhyen-skip-waiting") event.waitUntil(self.skipWaiting());
  else if (type === "binhyen-apply-data")
    event.waitUntil(
      applyPending().then(() => (event.source as Client | null)?.postMessage({ type: "binhyen-applied" })),
    );
});

/** The cached archive cut to the asked range, as the pmtiles reader expects (206). */
async function rangeOf(response: Response, header: string): Promise<Response> {
  const blob = await response.blob();
  const match = /^bytes=(\d*)-(\d*)$/u.exec(header);
  if (!match || (match[1] === "" && match[2] === ""))
    return new Response(blob, { headers: response.headers });
  const size = blob.size;
  const start = match[1] === "" ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === "" || match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start > end || start >= size)
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  return new Response(blob.slice(start, end + 1), {
    status: 206,
    headers: {
      "Content-Type": response.headers.get("Content-Type") ?? "application/octet-stream",
      "Content-Range": `bytes ${start}-${end}/${size}`,
      "Content-Length": String(end - start + 1),
    },
  });
}

async function respond(request: Request): Promise<Response> {
  const state = await readState();
  const cache = state.current ? await caches.open(state.current.name) : null;
  const key = request.mode === "navigate" ? url("index.html") : request.url;
  // The current cache first; then an older one a page still open on it may need (a lazy chunk).
  const cached =
    (await cache?.match(key, { ignoreSearch: true })) ?? (await caches.match(key, { ignoreSearch: true }));
  if (!cached) return fetch(request);
  const range = request.headers.get("range");
  return range ? rangeOf(cached, range) : cached;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope())) return;
  // The service worker's own file is the browser's to check, never ours.
  if (new URL(request.url).pathname.endsWith("/sw.js")) return;
  event.respondWith(respond(request));
});
