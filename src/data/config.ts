// geodata/config.json: what a deployer sets for their server: a title, the area of interest
// (initial view and bounds), the default language, and an optional basemap of their own (a
// PMTiles archive on the same server, optionally a hillshade). Every key is optional; a wrong
// value is reported and left out, never fatal. Shared by the app and `geodata check`.
import { queryOptions } from "@tanstack/react-query";
import type { Message } from "../domain/types";
import type { Texts } from "./messages";
import { parseJson } from "./parse-layer";

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

function message(
  level: Message["level"],
  code: string,
  property: string,
  found: unknown,
  text: Texts,
): Message {
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
    messages.push(
      message("error", "config-bad-value", property, raw, {
        vi: "cần đường dẫn tới tệp .pmtiles (ví dụ “basemap.pmtiles”, tính từ thư mục geodata/). Bản đồ nền bị tắt.",
        en: "needs the path of a .pmtiles file (e.g. “basemap.pmtiles”, relative to geodata/). The basemap is off.",
      }),
    );
    return null;
  }
  const path = raw.trim();
  if (!isSameOrigin(path, origin)) {
    messages.push(
      message("error", "config-foreign-url", property, path, {
        vi: "trỏ tới một máy chủ khác. Ứng dụng chỉ đọc từ máy chủ của chính nó: hãy chép tệp vào geodata/ và ghi tên tệp (ví dụ “basemap.pmtiles”). Bản đồ nền bị tắt.",
        en: "points to another host. The app only reads from its own server: copy the file into geodata/ and give its name (e.g. “basemap.pmtiles”). The basemap is off.",
      }),
    );
    return null;
  }
  if (!/\.pmtiles$/iu.test(path.split(/[?#]/u)[0] ?? "")) {
    messages.push(
      message("error", "config-not-pmtiles", property, path, {
        vi: "phải là một tệp PMTiles (đuôi .pmtiles). Bản đồ nền bị tắt.",
        en: "must be a PMTiles archive (ending in .pmtiles). The basemap is off.",
      }),
    );
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
      message("warning", "config-bad-value", "basemap.hillshadeEncoding", encoding, {
        vi: "phải là “terrarium” hoặc “mapbox”; đã dùng “terrarium”.",
        en: "must be “terrarium” or “mapbox”; “terrarium” was used.",
      }),
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
    messages.push(
      message("error", "config-not-object", "(tệp / file)", found, {
        vi: "không phải một đối tượng JSON; cấu hình bị bỏ qua. Hãy sửa tệp (xem geodata/README.md).",
        en: "is not a JSON object; the configuration was ignored. Correct the file (see geodata/README.md).",
      }),
    );
    return { config: EMPTY_CONFIG, messages };
  }
  const raw = json.value as Record<string, unknown>;
  const wrong = (property: string, found: unknown, expected: Texts) =>
    messages.push(
      message("warning", "config-bad-value", property, found, {
        vi: `cần ${expected.vi}; khóa này bị bỏ qua.`,
        en: `needs ${expected.en}; the key was ignored.`,
      }),
    );
  let title: string | null = null;
  if (typeof raw.title === "string" && raw.title.trim() !== "") title = raw.title.trim().normalize("NFC");
  else if (raw.title !== undefined) wrong("title", raw.title, { vi: "một dòng chữ", en: "a line of text" });
  let language: DeployConfig["language"] = null;
  if (raw.language === "vi" || raw.language === "en") language = raw.language;
  else if (raw.language !== undefined)
    wrong("language", raw.language, { vi: "“vi” hoặc “en”", en: "“vi” or “en”" });
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
  else if (raw.view !== undefined)
    wrong("view", raw.view, {
      vi: "{ “center”: [kinh độ, vĩ độ], “zoom”: 0–22 }",
      en: "{ “center”: [longitude, latitude], “zoom”: 0–22 }",
    });
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
  else if (b !== undefined)
    wrong("bounds", b, {
      vi: "[tây, nam, đông, bắc] tính bằng độ (tây < đông, nam < bắc)",
      en: "[west, south, east, north] in degrees (west < east, south < north)",
    });
  const basemap = parseBasemap(raw.basemap, origin, messages);
  return { config: { title, language, view, bounds, basemap }, messages };
}

/** The page's query for geodata/config.json; a missing file is no configuration, not an error. */
export function configQuery(baseUrl: string) {
  return queryOptions({
    queryKey: ["geodata", baseUrl, "config"] as const,
    queryFn: async (): Promise<ParsedConfig> => {
      try {
        const response = await fetch(`${baseUrl}${CONFIG_FILE}`);
        // A server that answers every unknown path with the page itself has no config either.
        const html = response.headers.get("content-type")?.includes("text/html") ?? false;
        if (response.status === 404 || html) return parseConfig(null);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return parseConfig(await response.text(), window.location.origin);
      } catch {
        return parseConfig(null);
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** An archive path of the config as an absolute URL, resolved against geodata/ of the page. */
export function archiveUrl(path: string, geodataBase: string): string {
  return new URL(path, geodataBase).href;
}
