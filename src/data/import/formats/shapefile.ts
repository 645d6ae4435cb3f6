// Zipped Shapefiles: .shp geometry and .dbf attributes through shpjs, opened with jszip. shpjs
// would reproject on its own through proj4 when handed the .prj, and proj4 reads an ESRI VN-2000
// .prj without its datum shift (about 200 m off), so the .prj goes to crs.ts instead.
import { parseDbf, parseShp } from "shpjs";
import { importMessage } from "../../import-messages";
import { implausibility } from "../encoding";
import { errorText, type RawLayer, rawLayer, unreadableLayer } from "./raw-layer";
import { openZip, zipLimitMessage } from "./zip";

/** Dates come back from the .dbf as local-time Date objects; a date is a calendar day. */
function plainValue(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  if (Number.isNaN(value.getTime())) return null;
  const pad = (number: number) => String(number).padStart(2, "0");
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/**
 * The .dbf with its header's record count bounded by the records its bytes hold: one corrupted
 * byte of that count claims billions of records, and the reader looped and allocated until the
 * import worker ran out of memory. Records that are not there cannot be lost.
 */
export function boundedDbf(dbf: Uint8Array): Uint8Array {
  if (dbf.length < 12) return dbf;
  const header = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const claimed = header.getUint32(4, true);
  const headerLength = header.getUint16(8, true);
  const recordLength = header.getUint16(10, true);
  const held =
    recordLength > 0 && dbf.length > headerLength
      ? Math.floor((dbf.length - headerLength) / recordLength)
      : 0;
  if (claimed <= held) return dbf;
  const copy = dbf.slice();
  new DataView(copy.buffer).setUint32(4, held, true);
  return copy;
}

/**
 * Without a .cpg, a .dbf is UTF-8 (QGIS) or a Windows code page (older ArcGIS, MapInfo); the
 * reading with the fewest implausible characters wins.
 */
function readAttributes(
  file: Uint8Array,
  cpg: string | null,
): { rows: Record<string, unknown>[]; encoding: string } {
  const dbf = boundedDbf(file);
  if (cpg !== null && cpg.trim() !== "") return { rows: parseDbf(dbf, cpg.trim()), encoding: cpg.trim() };
  const candidates = ["utf-8", "windows-1258", "windows-1252"].map((encoding) => {
    const rows = parseDbf(dbf, encoding);
    const sample = rows
      .slice(0, 500)
      .flatMap((row) => Object.values(row).filter((value) => typeof value === "string"))
      .join(" ");
    return { rows, encoding, score: implausibility(sample) };
  });
  candidates.sort((a, b) => a.score - b.score);
  const best = candidates[0] as (typeof candidates)[number];
  return { rows: best.rows, encoding: best.encoding };
}

export async function readShapefileZip(bytes: Uint8Array, file: string): Promise<RawLayer> {
  const zip = await openZip(bytes, file);
  if (!("names" in zip)) return unreadableLayer(zip);
  const names = zip.names.filter((name) => !name.startsWith("__MACOSX"));
  const shp = names.find((name) => name.toLowerCase().endsWith(".shp"));
  if (shp === undefined) {
    return unreadableLayer(
      importMessage("zip-invalid", { file }, { found: `no .shp inside (${names.join(", ") || "empty"})` }),
    );
  }
  const base = shp.slice(0, -4).toLowerCase();
  const sibling = (extension: string) => names.find((name) => name.toLowerCase() === `${base}.${extension}`);
  try {
    const named = (extension: string) => {
      const name = sibling(extension);
      return name === undefined ? null : name;
    };
    const shpBytes = (await zip.bytes(shp)) as Uint8Array;
    const dbfName = named("dbf");
    const dbf = dbfName === null ? null : await zip.bytes(dbfName);
    const cpgName = named("cpg");
    const cpg = cpgName === null ? undefined : ((await zip.text(cpgName)) ?? undefined);
    const prjName = named("prj");
    const prj = prjName === null ? undefined : ((await zip.text(prjName)) ?? undefined);
    const geometries = parseShp(shpBytes, false);
    const attributes = dbf ? readAttributes(dbf, cpg ?? null) : { rows: [], encoding: null };
    const features = geometries.map((geometry, index) => {
      const row = attributes.rows[index] ?? {};
      const properties = Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, plainValue(value)]),
      );
      return { type: "Feature", geometry, properties };
    });
    const layer = rawLayer(features);
    layer.declaredCrs = prj ?? null;
    layer.encoding = attributes.encoding;
    if (prj === undefined) layer.messages.push(importMessage("shapefile-no-prj", { file }));
    return layer;
  } catch (error) {
    return unreadableLayer(
      zipLimitMessage(error, file) ??
        importMessage("shapefile-invalid", { file }, { found: errorText(error) }),
    );
  }
}
