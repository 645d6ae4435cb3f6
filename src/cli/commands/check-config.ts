// `geodata check` on geodata/config.json: the same parsing as the app (data/config.ts), and then
// what only the command line can see: whether each archive the config names is there, on this
// server's folder, and is a PMTiles archive of the right kind.

import { open } from "node:fs/promises";
import { dirname, join } from "node:path";
import { bytesToHeader, TileType } from "pmtiles";
import { CONFIG_FILE, parseConfig } from "../../data/config";
import { appendAll } from "../../domain/arrays";
import type { Message } from "../../domain/types";
import type { CliIo } from "../cli-io";

function archiveMessage(property: string, path: string, vi: string, en: string): Message {
  return {
    level: "error",
    code: "config-archive",
    file: CONFIG_FILE,
    featureIndex: null,
    featureId: null,
    property,
    expected: null,
    found: JSON.stringify(path),
    text: {
      vi: `Tệp ${CONFIG_FILE}, khóa “${property}”: ${vi}`,
      en: `${CONFIG_FILE}, key “${property}”: ${en}`,
    },
  };
}

async function readHeader(file: string): Promise<ArrayBuffer | null> {
  try {
    const handle = await open(file, "r");
    try {
      const buffer = new Uint8Array(127);
      const { bytesRead } = await handle.read(buffer, 0, 127, 0);
      return bytesRead === 127 ? buffer.buffer : new ArrayBuffer(0);
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

async function checkArchive(
  folder: string,
  path: string,
  property: string,
  wanted: "vector" | "raster",
): Promise<Message[]> {
  // Paths starting with "/" are on the server, outside what the command line can see.
  if (path.startsWith("/")) return [];
  const file = join(folder, decodeURI(path.split(/[?#]/u)[0] ?? path));
  const bytes = await readHeader(file);
  if (bytes === null)
    return [
      archiveMessage(
        property,
        path,
        `không tìm thấy tệp ${file}. Hãy chép tệp vào đó, hoặc sửa đường dẫn.`,
        `there is no file ${file}. Copy the archive there, or correct the path.`,
      ),
    ];
  let tileType: TileType | null = null;
  try {
    const magic = new TextDecoder().decode(new Uint8Array(bytes, 0, 7));
    if (magic === "PMTiles" && new Uint8Array(bytes)[7] === 3) tileType = bytesToHeader(bytes).tileType;
  } catch {
    tileType = null;
  }
  if (tileType === null)
    return [
      archiveMessage(
        property,
        path,
        "không phải tệp PMTiles phiên bản 3. Hãy chuyển đổi bằng công cụ pmtiles (pmtiles convert).",
        "is not a PMTiles version 3 archive. Convert it with the pmtiles tool (pmtiles convert).",
      ),
    ];
  const vector = tileType === TileType.Mvt;
  const raster = tileType === TileType.Png || tileType === TileType.Webp;
  if ((wanted === "vector" && !vector) || (wanted === "raster" && !raster))
    return [
      archiveMessage(
        property,
        path,
        wanted === "vector"
          ? "phải chứa ô vector (MVT, lược đồ Protomaps)."
          : "phải chứa ô độ cao raster-dem (PNG hoặc WebP, mã hóa terrarium hoặc mapbox).",
        wanted === "vector"
          ? "must hold vector tiles (MVT, Protomaps schema)."
          : "must hold raster-dem elevation tiles (PNG or WebP, terrarium or mapbox encoding).",
      ),
    ];
  return [];
}

/** The config beside a manifest: its messages, or null when the folder has no config.json. */
export async function checkConfig(manifestPath: string, io: CliIo): Promise<Message[] | null> {
  const folder = dirname(manifestPath);
  const text = await io.readText(join(folder, CONFIG_FILE));
  if (text === null) return null;
  const { config, messages } = parseConfig(text);
  if (config.basemap) {
    appendAll(messages, await checkArchive(folder, config.basemap.url, "basemap.url", "vector"));
    if (config.basemap.hillshade)
      appendAll(
        messages,
        await checkArchive(folder, config.basemap.hillshade, "basemap.hillshade", "raster"),
      );
  }
  return messages;
}

export function formatConfigCheck(path: string, messages: readonly Message[]): string {
  if (messages.length === 0) return `Config ${path}: ok\n`;
  const lines = messages.map(
    (message) =>
      `    ${message.level === "error" ? "ERROR  " : "warning"} [${message.code}] ${message.property}: found ${message.found}\n             ${message.text.en}\n`,
  );
  return `Config ${path}:\n${lines.join("")}`;
}
