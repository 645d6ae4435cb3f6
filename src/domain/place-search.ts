// "Find a place": communes and hamlets by name, as people type them: without diacritics, in any
// case, with or without spaces and the administrative word ("chieng pha", "xa chieng pha",
// "ChiềngPha" all find Xã Chiềng Pha), or by code. Pure, so it is tested in node and could run
// anywhere; the index is built once per data and a search is a scan of short strings.

import type { Position } from "geojson";
import { minOf } from "./arrays";
import { foldName, foldNameKeepingPrefix } from "./names";
import type { HamletFeature, UnitFeature, UnitType } from "./types";

export type PlaceKind = UnitType | "hamlet";

export interface Place {
  layer: "units" | "hamlets";
  code: string;
  name: string;
  kind: PlaceKind;
  /** The commune a hamlet belongs to; null for a commune or a hamlet not joined to one. */
  unitName: string | null;
  /** West, south, east, north; a hamlet's is its point. */
  bounds: [number, number, number, number];
}

interface IndexedPlace {
  place: Place;
  keys: string[];
  /** The folded words of the name, for matches that start inside it ("trai" in "Heo Trại"). */
  words: string[];
  code: string;
  /** Lower-case NFC name, to prefer names typed with the same diacritics. */
  written: string;
}

export interface PlaceIndex {
  places: IndexedPlace[];
}

function boundsOf(coordinates: unknown, into: [number, number, number, number]): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === "number" && typeof coordinates[1] === "number") {
    const [longitude, latitude] = coordinates as Position as [number, number];
    into[0] = Math.min(into[0], longitude);
    into[1] = Math.min(into[1], latitude);
    into[2] = Math.max(into[2], longitude);
    into[3] = Math.max(into[3], latitude);
    return;
  }
  for (const inner of coordinates) boundsOf(inner, into);
}

const lower = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi");

function indexed(place: Place): IndexedPlace {
  const words = place.name
    .split(/[\s.,:;()/_-]+/u)
    .map(foldNameKeepingPrefix)
    .filter((word) => word.length > 0);
  return {
    place,
    keys: [...new Set([foldName(place.name), foldNameKeepingPrefix(place.name)])].filter(Boolean),
    words,
    code: place.code.toLowerCase(),
    written: lower(place.name),
  };
}

export function buildPlaceIndex(
  units: readonly UnitFeature[],
  hamlets: readonly HamletFeature[],
): PlaceIndex {
  const unitNames = new Map(units.map((unit) => [unit.properties.code as string, unit.properties.name]));
  const places: Place[] = [];
  for (const unit of units) {
    const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    boundsOf(unit.geometry?.coordinates, bounds);
    if (!Number.isFinite(bounds[0])) continue;
    const { code, name, unitType } = unit.properties;
    places.push({ layer: "units", code, name, kind: unitType, unitName: null, bounds });
  }
  for (const hamlet of hamlets) {
    const [longitude, latitude] = hamlet.geometry?.coordinates ?? [];
    if (typeof longitude !== "number" || typeof latitude !== "number") continue;
    const { code, name, unitCode } = hamlet.properties;
    places.push({
      layer: "hamlets",
      code,
      name,
      kind: "hamlet",
      unitName: unitCode === null ? null : (unitNames.get(unitCode) ?? null),
      bounds: [longitude, latitude, longitude, latitude],
    });
  }
  return { places: places.map(indexed) };
}

/**
 * How well a place answers the query, lower is better; null when it does not. 0: the whole name
 * or code; 1: the name (with or without its administrative word) or code starts with it; 2: a
 * word inside the name starts with it; 3: it appears anywhere in the name (3 letters or more).
 */
function tier(entry: IndexedPlace, query: string): number | null {
  if (entry.keys.includes(query) || entry.code === query) return 0;
  if (entry.keys.some((key) => key.startsWith(query)) || entry.code.startsWith(query)) return 1;
  for (let start = 1; start < entry.words.length; start++) {
    if (entry.words.slice(start).join("").startsWith(query)) return 2;
  }
  if (query.length >= 3 && entry.keys.some((key) => key.includes(query))) return 3;
  return null;
}

const KIND_ORDER: Record<PlaceKind, number> = { commune: 0, town: 0, ward: 0, hamlet: 1 };

/**
 * The places whose name (or code) matches `query`, best first: by how well they match, then
 * names typed with the same diacritics, then communes before hamlets, then by name and code.
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 8): Place[] {
  const folded = foldNameKeepingPrefix(query);
  const withoutPrefix = foldName(query);
  const code = query.trim().toLowerCase();
  if (folded.length === 0) return [];
  const written = lower(query.trim());
  const matches: { entry: IndexedPlace; rank: number; sameMarks: number }[] = [];
  for (const entry of index.places) {
    const tiers = [
      tier(entry, folded),
      withoutPrefix && withoutPrefix !== folded ? tier(entry, withoutPrefix) : null,
    ];
    if (entry.code === code) tiers.push(0);
    const best = minOf(
      tiers.map((value) => value ?? Infinity),
      Infinity,
    );
    if (!Number.isFinite(best)) continue;
    matches.push({ entry, rank: best, sameMarks: entry.written.includes(written) ? 0 : 1 });
  }
  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.sameMarks - b.sameMarks ||
      KIND_ORDER[a.entry.place.kind] - KIND_ORDER[b.entry.place.kind] ||
      a.entry.keys[0]?.localeCompare(b.entry.keys[0] ?? "") ||
      a.entry.place.code.localeCompare(b.entry.place.code),
  );
  return matches.slice(0, limit).map((match) => match.entry.place);
}
