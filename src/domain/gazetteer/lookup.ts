// Finding units in the gazetteer by folded name (names.ts: case, spacing, diacritics, a type word
// or none, GADM's glued spellings) or by code, within a province and one administrative period.
// An exact match of a name or alias is an answer; anything else is a suggestion for a person to
// confirm, never taken here.
import { foldName, foldNameKeepingPrefix, stripDiacritics } from "../names";
import { ADMIN_PERIODS, type AdminPeriod, type UnitType } from "../types";
import { editDistance, suggestionLimit } from "./edit-distance";
import type { Gazetteer, GazetteerProvince, GazetteerUnit } from "./gazetteer-types";

export interface UnitCandidate {
  unit: GazetteerUnit;
  /** Edit distance between the folded names; 0 for an exact match among several. */
  distance: number;
  /** The name or alias that came closest. */
  spelling: string;
}

export type UnitMatch =
  | {
      status: "exact";
      unit: GazetteerUnit /** The alias matched, null for the official name. */;
      alias: string | null;
    }
  | {
      status: "suggested";
      candidates: UnitCandidate[] /** The best two are too close to tell. */;
      ambiguous: boolean;
    }
  | { status: "unknown" };

interface Spelling {
  unit: GazetteerUnit;
  spelling: string;
  alias: boolean;
  /** Folded, without any type word. */
  base: string;
}

interface PeriodIndex {
  units: GazetteerUnit[];
  byCode: Map<string, GazetteerUnit[]>;
  byKey: Map<string, Spelling[]>;
  spellings: Spelling[];
}

type ProvinceIndex = Record<AdminPeriod, PeriodIndex>;

const indexes = new WeakMap<GazetteerProvince, ProvinceIndex>();

/** "Xã Chiềng Pha" without its type word "Xã". */
function withoutType(unit: GazetteerUnit): string {
  const type = unit.typeName.toLocaleLowerCase("vi");
  return unit.name.toLocaleLowerCase("vi").startsWith(`${type} `)
    ? unit.name.slice(unit.typeName.length + 1)
    : unit.name;
}

function add<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function buildPeriod(units: GazetteerUnit[]): PeriodIndex {
  const index: PeriodIndex = { units, byCode: new Map(), byKey: new Map(), spellings: [] };
  // Current units before those merged away, so that a code names today's holder first.
  const ordered = [...units].sort((a, b) => Number(a.mergedInto !== null) - Number(b.mergedInto !== null));
  for (const unit of ordered) {
    add(index.byCode, unit.code, unit);
    const spellings = [withoutType(unit), ...unit.aliases];
    spellings.forEach((text, position) => {
      const spelling: Spelling = {
        unit,
        spelling: text,
        alias: position > 0,
        base: foldNameKeepingPrefix(text),
      };
      index.spellings.push(spelling);
      add(index.byKey, spelling.base, spelling);
      add(index.byKey, foldNameKeepingPrefix(`${unit.typeName} ${text}`), spelling);
    });
  }
  return index;
}

function indexOf(province: GazetteerProvince): ProvinceIndex {
  let index = indexes.get(province);
  if (!index) {
    const built = {} as ProvinceIndex;
    for (const period of ADMIN_PERIODS)
      built[period] = buildPeriod(province.units.filter((u) => u.period === period));
    index = built;
    indexes.set(province, index);
  }
  return index;
}

/** Keys a name is looked up by, the spelling as written first ("Bản Lầm" is a name, not "bản" + "Lầm"). */
function queryKeys(name: string): string[] {
  return [...new Set([foldNameKeepingPrefix(name), foldName(name)])].filter((key) => key !== "");
}

const DISTRICT_WORDS = /^(?:huyen|thi xa|thanh pho|quan)\s+/u;

/** "Huyện Thuận Châu", "ThuậnChâu" and "thuan chau" alike; GADM glues the words together. */
export function districtKey(text: string): string {
  return stripDiacritics(text.normalize("NFC").trim())
    .replace(DISTRICT_WORDS, "")
    .replace(/[^a-z0-9]/gu, "");
}

/** The province a name stands for: "Tỉnh Sơn La", "Sơn La", GADM's "SơnLa". */
export function findProvince(gazetteer: Gazetteer | null, name: string | null): GazetteerProvince | null {
  if (!gazetteer || !name) return null;
  const key = foldName(name);
  return gazetteer.provinces.find((province) => foldName(province.province) === key) ?? null;
}

/** Units holding a code in a period, current first (a unit merged away may share its successor's). */
export function unitsWithCode(
  province: GazetteerProvince,
  period: AdminPeriod,
  code: string,
): GazetteerUnit[] {
  return indexOf(province)[period].byCode.get(code) ?? [];
}

/** The current unit with a code in a period, or null. */
export function unitWithCode(
  province: GazetteerProvince,
  period: AdminPeriod,
  code: string,
): GazetteerUnit | null {
  return unitsWithCode(province, period, code).find((unit) => unit.mergedInto === null) ?? null;
}

/** Every unit of a period whose name or alias is exactly this name, folded. */
export function unitsNamed(province: GazetteerProvince, period: AdminPeriod, name: string): Spelling[] {
  const byKey = indexOf(province)[period].byKey;
  for (const key of queryKeys(name)) {
    const found = byKey.get(key);
    if (found) return uniqueUnits(found);
  }
  return [];
}

function uniqueUnits(spellings: readonly Spelling[]): Spelling[] {
  const seen = new Set<GazetteerUnit>();
  return spellings.filter((spelling) => !seen.has(spelling.unit) && seen.add(spelling.unit));
}

/** Whether a name is one of this unit's names or aliases. */
export function isNameOf(unit: GazetteerUnit, name: string, province: GazetteerProvince): boolean {
  return unitsNamed(province, unit.period, name).some((spelling) => spelling.unit === unit);
}

export interface UnitQuery {
  name: string;
  period: AdminPeriod;
  /** GADM NAME_2 or the like; narrows the search when the gazetteer knows the district. */
  district?: string | null;
  /** From a type column; tells apart Thị trấn Hát Lót and Xã Hát Lót of one district. */
  unitType?: UnitType | null;
}

function inDistrict(spellings: Spelling[], district: string | null | undefined): Spelling[] | null {
  if (!district) return null;
  const key = districtKey(district);
  const found = spellings.filter(
    (spelling) => spelling.unit.district && districtKey(spelling.unit.district) === key,
  );
  return found.length > 0 ? found : null;
}

/** Candidates by edit distance, closest first; at most five. */
function closest(spellings: readonly Spelling[], name: string): UnitCandidate[] {
  const key = foldName(name);
  const limit = suggestionLimit(key.length);
  const best = new Map<GazetteerUnit, UnitCandidate>();
  for (const spelling of spellings) {
    const distance = editDistance(key, spelling.base, limit);
    if (distance > limit) continue;
    const known = best.get(spelling.unit);
    if (!known || distance < known.distance)
      best.set(spelling.unit, { unit: spelling.unit, distance, spelling: spelling.spelling });
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.unit.code.localeCompare(b.unit.code))
    .slice(0, 5);
}

/**
 * Two candidates are too close to tell when the second is as near as the first, or, beyond a
 * single edit, no more than one edit farther.
 */
function tooClose(candidates: readonly UnitCandidate[]): boolean {
  const [first, second] = candidates;
  if (!first || !second) return false;
  return second.distance <= first.distance + (first.distance >= 2 ? 1 : 0);
}

// Words of the levels above a commune: "Huyện Thuận Châu" is a district, whatever commune
// shares its name, so such a name is only ever offered, never taken.
const ABOVE_COMMUNE = /^(huyen|quan|thi xa|thanh pho|tinh)\b/u;

export function matchUnit(province: GazetteerProvince, query: UnitQuery): UnitMatch {
  const match = matchCommune(province, query);
  if (match.status !== "exact" || !ABOVE_COMMUNE.test(stripDiacritics(query.name.trim()))) return match;
  return {
    status: "suggested",
    candidates: [{ unit: match.unit, distance: 0, spelling: query.name }],
    ambiguous: true,
  };
}

function matchCommune(province: GazetteerProvince, query: UnitQuery): UnitMatch {
  const index = indexOf(province)[query.period];
  const everywhere = index.spellings;
  const local = inDistrict(everywhere, query.district);
  for (const pool of local ? [local, everywhere] : [everywhere]) {
    const allowed = new Set(pool);
    let exact = unitsNamed(province, query.period, query.name).filter((spelling) => allowed.has(spelling));
    const typed = exact.filter((spelling) => spelling.unit.unitType === query.unitType);
    if (exact.length > 1 && typed.length === 1) exact = typed;
    const firstExact = exact[0];
    if (exact.length === 1 && firstExact && pool === (local ?? everywhere)) {
      return { status: "exact", unit: firstExact.unit, alias: firstExact.alias ? firstExact.spelling : null };
    }
    if (exact.length > 0) {
      // Several units of that name, or one outside the district the file names: a person decides.
      const candidates = exact.map((spelling) => ({
        unit: spelling.unit,
        distance: 0,
        spelling: spelling.spelling,
      }));
      return { status: "suggested", candidates, ambiguous: candidates.length > 1 };
    }
    const candidates = closest(pool, query.name);
    if (candidates.length > 0) return { status: "suggested", candidates, ambiguous: tooClose(candidates) };
  }
  return { status: "unknown" };
}
