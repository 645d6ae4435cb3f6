// Coordinate reference systems as users and files name them: EPSG codes, proj4 strings, WKT
// from a .prj or a GeoJSON "crs" member, or the short "VN2000:<meridian>". Everything becomes a
// proj4 definition to WGS 84 lon/lat; a VN-2000 definition without its datum shift gets it.
import proj4 from "proj4";
import {
  formatMeridian,
  VN2000_GEOGRAPHIC_PROJ4,
  VN2000_PROVINCES,
  VN2000_TM3_EPSG,
  VN2000_TOWGS84,
  type Vn2000Province,
  vn2000Tm3Proj4,
  vn2000UtmProj4,
} from "./vn2000";

export interface Crs {
  /** As shown to the user: "EPSG:4326 (WGS 84)", "VN-2000 / TM-3 104°00'". */
  label: string;
  /** proj4 definition of the source; null for WGS 84 lon/lat, which needs nothing done. */
  proj4: string | null;
  units: "degrees" | "metres";
  /** True when a VN-2000 definition lacked the datum shift (ESRI .prj files) and it was added. */
  shiftAdded: boolean;
}

export const WGS84: Crs = { label: "EPSG:4326 (WGS 84)", proj4: null, units: "degrees", shiftAdded: false };

const tm3 = (meridian: number, code?: number): Crs => ({
  label: `VN-2000 / TM-3 ${formatMeridian(meridian)}${code ? ` (EPSG:${code})` : ""}`,
  proj4: vn2000Tm3Proj4(meridian),
  units: "metres",
  shiftAdded: false,
});

function fromEpsg(code: number): Crs | null {
  if (code === 4326) return WGS84;
  if (code === 4756)
    return {
      label: "VN-2000 (EPSG:4756)",
      proj4: VN2000_GEOGRAPHIC_PROJ4,
      units: "degrees",
      shiftAdded: false,
    };
  if (code === 3405 || code === 3406) {
    const zone = code === 3405 ? 48 : 49;
    return {
      label: `VN-2000 / UTM ${zone}N (EPSG:${code})`,
      proj4: vn2000UtmProj4(zone),
      units: "metres",
      shiftAdded: false,
    };
  }
  const meridian = VN2000_TM3_EPSG[code];
  if (meridian !== undefined) return tm3(meridian, code);
  if (code >= 32601 && code <= 32660) {
    const zone = code - 32600;
    return {
      label: `WGS 84 / UTM ${zone}N (EPSG:${code})`,
      proj4: `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`,
      units: "metres",
      shiftAdded: false,
    };
  }
  if (code === 3857 || code === 900913) {
    return { label: "Web Mercator (EPSG:3857)", proj4: "EPSG:3857", units: "metres", shiftAdded: false };
  }
  return null;
}

const EPSG_PATTERN = /^(?:EPSG\s*:{1,2}\s*|urn:ogc:def:crs:EPSG:[\d.]*:)?(\d{4,6})$/iu;
const CRS84_PATTERN = /^(?:urn:ogc:def:crs:OGC:[\d.]*:)?(?:OGC:)?CRS:?84$/iu;
const VN2000_SHORT = /^VN-?2000\s*[:/ ]\s*(\d{3}(?:\.\d+)?)(?:\s*[°\-\s]\s*(\d{1,2})\s*'?)?$/iu;
const VN2000_NAME = /vn[-_ ]?2000|vietnam[-_ ]?2000/iu;

interface ParsedProjection {
  projName?: string;
  name?: string;
  srsCode?: string;
  datumCode?: string;
  datum_params?: unknown;
  long0?: number;
  k0?: number;
  x0?: number;
  y0?: number;
  to_meter?: number;
  units?: string;
}

function isGeographic(parsed: ParsedProjection): boolean {
  return parsed.projName === "longlat" || parsed.projName === "latlong";
}

function hasShift(parsed: ParsedProjection): boolean {
  return Array.isArray(parsed.datum_params) && parsed.datum_params.some((value) => Number(value) !== 0);
}

/** A WKT or proj4 text, understood through proj4; VN-2000 is rebuilt from its parameters. */
function fromDefinition(text: string, kind: "WKT" | "proj4"): Crs | null {
  let parsed: ParsedProjection;
  try {
    parsed = proj4.Proj(text) as unknown as ParsedProjection;
  } catch {
    return null;
  }
  if (!parsed || typeof parsed.projName !== "string") return null;
  const name = parsed.name ?? parsed.srsCode ?? "";
  const vn2000 = VN2000_NAME.test(name) || VN2000_NAME.test(parsed.datumCode ?? "") || VN2000_NAME.test(text);
  if (isGeographic(parsed)) {
    if (vn2000) return { ...fromEpsg(4756), shiftAdded: !hasShift(parsed) } as Crs;
    if (!hasShift(parsed) && /wgs[-_ ]?84|crs84/iu.test(`${name} ${parsed.datumCode ?? ""} ${text}`))
      return WGS84;
  }
  if (vn2000 && /merc|tmerc|utm/iu.test(parsed.projName) && parsed.long0 !== undefined) {
    const meridian = Math.round(((parsed.long0 * 180) / Math.PI) * 1e6) / 1e6;
    const standard = parsed.k0 === 0.9999 && parsed.x0 === 500000 && (parsed.y0 ?? 0) === 0;
    const definition = standard
      ? vn2000Tm3Proj4(meridian)
      : `+proj=tmerc +lat_0=0 +lon_0=${meridian} +k=${parsed.k0 ?? 1} +x_0=${parsed.x0 ?? 0} +y_0=${parsed.y0 ?? 0} +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;
    return {
      label: standard ? tm3(meridian).label : `VN-2000 / TM ${formatMeridian(meridian)} (k=${parsed.k0})`,
      proj4: definition,
      units: "metres",
      shiftAdded: !hasShift(parsed),
    };
  }
  const label = kind === "WKT" ? `${name || "WKT"} (WKT)` : text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return { label, proj4: text, units: isGeographic(parsed) ? "degrees" : "metres", shiftAdded: false };
}

/**
 * A CRS from what a user typed or a file declared, or null when it is not understood.
 * "EPSG:4326", "4326", "EPSG:9206", "VN2000:104", "VN2000:104.75", "VN2000:104°45'", a proj4
 * string, or WKT.
 */
export function parseCrs(text: string): Crs | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (CRS84_PATTERN.test(trimmed)) return WGS84;
  const epsg = EPSG_PATTERN.exec(trimmed);
  if (epsg) return fromEpsg(Number(epsg[1]));
  const short = VN2000_SHORT.exec(trimmed);
  if (short) {
    const meridian = Number(short[1]) + (short[2] ? Number(short[2]) / 60 : 0);
    return meridian >= 100 && meridian <= 112 ? tm3(meridian) : null;
  }
  if (/^\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|BASEGEOGCRS)\s*\[/iu.test(trimmed))
    return fromDefinition(trimmed, "WKT");
  if (trimmed.includes("+proj=")) return fromDefinition(trimmed, "proj4");
  return null;
}

/** Converts source positions to WGS 84 lon/lat; positions that cannot be converted become null. */
export function makeConverter(crs: Crs): ((position: readonly number[]) => [number, number] | null) | null {
  if (crs.proj4 === null) return null;
  const converter = proj4(crs.proj4, "EPSG:4326");
  return (position) => {
    try {
      const [lon, lat] = converter.forward([position[0] as number, position[1] as number]);
      return Number.isFinite(lon) && Number.isFinite(lat) ? [lon as number, lat as number] : null;
    } catch {
      return null;
    }
  };
}

/** The province of the district this app maps (Thuận Châu). */
const HOME_PROVINCE = "Sơn La";

export interface ZoneSuggestion {
  province: Vn2000Province;
  /** What to pass as the CRS, e.g. "VN2000:104". */
  crs: string;
  label: string;
}

/**
 * For projected metres that came without a CRS: the provinces whose TM-3 zone puts the
 * coordinates near that province, nearest first. The same metres fit several zones (each has
 * its own 500 km false easting), so this is a short list for the user to choose from, never
 * applied by itself.
 */
export function suggestZones(position: readonly [number, number], limit = 5): ZoneSuggestion[] {
  const [x, y] = position;
  if (!(x > 0 && x < 1_000_000 && y > 900_000 && y < 2_700_000)) return [];
  const byMeridian = new Map<number, [number, number]>();
  const scored = VN2000_PROVINCES.map((candidate) => {
    let lonLat = byMeridian.get(candidate.meridian);
    if (!lonLat) {
      const definition = `+proj=tmerc +lat_0=0 +lon_0=${candidate.meridian} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs`;
      lonLat = proj4(definition, "EPSG:4326").forward([x, y]) as [number, number];
      byMeridian.set(candidate.meridian, lonLat);
    }
    return {
      province: candidate,
      distance: Math.hypot(lonLat[0] - candidate.centre[0], lonLat[1] - candidate.centre[1]),
    };
  });
  // One entry per zone: the province nearest the point that zone gives.
  const bestByMeridian = new Map<number, (typeof scored)[number]>();
  for (const entry of scored) {
    const best = bestByMeridian.get(entry.province.meridian);
    if (!best || entry.distance < best.distance) bestByMeridian.set(entry.province.meridian, entry);
  }
  // The stewards this app serves work in Sơn La: its zone leads whenever it fits at all.
  const rank = (entry: (typeof scored)[number]) =>
    entry.province.name === HOME_PROVINCE ? -1 : entry.distance;
  return [...bestByMeridian.values()]
    .filter((entry) => entry.distance <= 1)
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, limit)
    .map(({ province }) => ({
      province,
      crs: `VN2000:${province.meridian}`,
      label: tm3(province.meridian).label,
    }));
}
