// geodata/config.json: what a deployer sets for their server: a title, the area of interest
// (initial view and bounds), the default language, and an optional basemap of their own (a
// PMTiles archive on the same server, optionally a hillshade). Every key is optional; a wrong
// value is reported and left out, never fatal. Shared by the app and `geodata check`.
import { queryOptions } from "@tanstack/react-query";
import type { Message } from "../domain/types";
import { SentencesNotLoaded, sentences, withSentences } from "./message-sentences";
import { parseJson } from "./parse-layer";
import type { CONFIG_SENTENCES, ConfigKey } from "./sentences/config-sentences";

export const CONFIG_FILE = "config.json";

export interface BasemapConfig {
  /** The vector archive (Protomaps schema), as written: relative to geodata/ or same-origin. */
  url: string;
  /** A raster-dem archive drawn as hillshade; null for none. */
  hillshade: string | null;
  hillshadeEncoding: "terrarium" | "mapbox";
  /** Whether the basemap is on when a user first opens the app. */
  visible: boolean;
}

export interface DeployConfig {
  /** Shown in place of "Bình Yên" in the header and the window title; null keeps the name. */
  title: string | null;
  language: "vi" | "en" | null;
  /** Where the map opens when the address bar says nothing; null: framed on the data. */
  view: { center: [number, number]; zoom: number } | null;
  /** [west, south, east, north]: the map does not pan beyond them; null: anywhere. */
  bounds: [number, number, number, number] | null;
  basemap: BasemapConfig | null;
}

export interface ParsedConfig {
  config: DeployConfig;
  messages: Message[];
}

export const EMPTY_CONFIG: DeployConfig = {
  title: null,
  language: null,
  view: null,
  bounds: null,
  basemap: null,
};

/** A message about one key; its sentence is in sentences/config-sentences.ts. */
function message(
  level: Message["level"],
  code: string,
  property: string,
  found: unknown,
  sentence: keyof typeof CONFIG_SENTENCES,
  key: ConfigKey = "title",
): Message {
  const text = sentences().config[sentence](key);
  const shown = found === undefined ? "" : JSON.stringify(found);
  return {
    level,
    code,
    file: CONFIG_FILE,
    featureIndex: null,
    featureId: null,
    property,
    expected: null,
    found: shown,
    text: {
      vi: `Tệp ${CONFIG_FILE}, khóa “${property}”${shown ? ` (${shown})` : ""}: ${text.vi}`.normalize("NFC"),
      en: `${CONFIG_FILE}, key “${property}”${shown ? ` (${shown})` : ""}: ${text.en}`.normalize("NFC"),
    },
  };
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isLonLat = (value: unknown): value is [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  isNumber(value[0]) &&
  isNumber(value[1]) &&
  Math.abs(value[0]) <= 180 &&
  Math.abs(value[1]) <= 90;

/**
 * Is `path` on the app's own server? Relative paths and root paths always are; a URL that names
 * a host only when it is `origin` (the page's; the command line knows none, so it refuses them).
 */
export function isSameOrigin(path: string, origin?: string): boolean {
  if (path.startsWith("//")) return false;
  if (!/^[a-z][a-z0-9+.-]*:/iu.test(path)) return true;
  try {
    return origin !== undefined && new URL(path).origin === origin;
  } catch {
    return false;
  }
}

function archivePath(raw: unknown, property: string, origin: string | undefined, messages: Message[]) {
  if (typeof raw !== "string" || raw.trim() === "") {
    messages.push(message("error", "config-bad-value", property, raw, "archive-path"));
    return null;
  }
  const path = raw.trim();
  if (!isSameOrigin(path, origin)) {
    messages.push(message("error", "config-foreign-url", property, path, "foreign-url"));
    return null;
  }
  if (!/\.pmtiles$/iu.test(path.split(/[?#]/u)[0] ?? "")) {
    messages.push(message("error", "config-not-pmtiles", property, path, "not-pmtiles"));
    return null;
  }
  return path;
}

function parseBasemap(raw: unknown, origin: string | undefined, messages: Message[]): BasemapConfig | null {
  if (raw === undefined || raw === null) return null;
  const entry = (typeof raw === "object" && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const url = archivePath(entry.url, "basemap.url", origin, messages);
  if (url === null) return null;
  const hillshade =
    entry.hillshade === undefined || entry.hillshade === null
      ? null
      : archivePath(entry.hillshade, "basemap.hillshade", origin, messages);
  const encoding = entry.hillshadeEncoding ?? "terrarium";
  if (encoding !== "terrarium" && encoding !== "mapbox")
    messages.push(
      message("warning", "config-bad-value", "basemap.hillshadeEncoding", encoding, "hillshade-encoding"),
    );
  return {
    url,
    hillshade,
    hillshadeEncoding: encoding === "mapbox" ? "mapbox" : "terrarium",
    visible: entry.visible !== false,
  };
}

/**
 * Reads config.json's text (null: there is none, which is fine). `origin` is the page's, so a
 * URL naming the app's own server is accepted there; without it every host is refused.
 */
export function parseConfig(text: string | null, origin?: string): ParsedConfig {
  const messages: Message[] = [];
  if (text === null) return { config: EMPTY_CONFIG, messages };
  const json = parseJson(text);
  if (!json.ok || typeof json.value !== "object" || json.value === null || Array.isArray(json.value)) {
    const found = json.ok ? json.value : json.failure.reason;
    messages.push(message("error", "config-not-object", "(tệp / file)", found, "not-object"));
    return { config: EMPTY_CONFIG, messages };
  }
  const raw = json.value as Record<string, unknown>;
  const wrong = (property: ConfigKey, found: unknown) =>
    messages.push(message("warning", "config-bad-value", property, found, "key-ignored", property));
  let title: string | null = null;
  if (typeof raw.title === "string" && raw.title.trim() !== "") title = raw.title.trim().normalize("NFC");
  else if (raw.title !== undefined) wrong("title", raw.title);
  let language: DeployConfig["language"] = null;
  if (raw.language === "vi" || raw.language === "en") language = raw.language;
  else if (raw.language !== undefined) wrong("language", raw.language);
  let view: DeployConfig["view"] = null;
  const rawView = raw.view as Record<string, unknown> | undefined;
  if (
    rawView &&
    isLonLat(rawView.center) &&
    isNumber(rawView.zoom) &&
    rawView.zoom >= 0 &&
    rawView.zoom <= 22
  )
    view = { center: rawView.center, zoom: rawView.zoom };
  else if (raw.view !== undefined) wrong("view", raw.view);
  let bounds: DeployConfig["bounds"] = null;
  const b = raw.bounds;
  if (
    Array.isArray(b) &&
    b.length === 4 &&
    isLonLat([b[0], b[1]]) &&
    isLonLat([b[2], b[3]]) &&
    b[0] < b[2] &&
    b[1] < b[3]
  )
    bounds = b as [number, number, number, number];
  else if (b !== undefined) wrong("bounds", b);
  const basemap = parseBasemap(raw.basemap, origin, messages);
  return { config: { title, language, view, bounds, basemap }, messages };
}

/** The page's query for geodata/config.json; a missing file is no configuration, not an error. */
export function configQuery(baseUrl: string) {
  return queryOptions({
    queryKey: ["geodata", baseUrl, "config"] as const,
    queryFn: async (): Promise<ParsedConfig> => {
      let text: string;
      try {
        const response = await fetch(`${baseUrl}${CONFIG_FILE}`);
        // A server that answers every unknown path with the page itself has no config either.
        const html = response.headers.get("content-type")?.includes("text/html") ?? false;
        if (response.status === 404 || html) return parseConfig(null);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        text = await response.text();
      } catch {
        return parseConfig(null);
      }
      // A configuration with something to say waits for the messages' sentences (which the
      // page loads with its first message, message-sentences.ts) and is read again.
      return withSentences(() => {
        try {
          return parseConfig(text, window.location.origin);
        } catch (error) {
          if (error instanceof SentencesNotLoaded) throw error;
          return parseConfig(null);
        }
      });
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** An archive path of the config as an absolute URL, resolved against geodata/ of the page. */
export function archiveUrl(path: string, geodataBase: string): string {
  return new URL(path, geodataBase).href;
}
