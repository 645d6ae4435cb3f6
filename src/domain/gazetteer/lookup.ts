// Finding units in the gazetteer by folded name (names.ts: case, spacing, diacritics, a type word
// or none, GADM's glued spellings) or by code, within a province and one administrative period.
// An exact match of a name or alias is an answer; matching a name that is none of them, with
// suggestions for a person to confirm, is the import's (match-unit.ts).
import { foldName, foldNameKeepingPrefix, stripDiacritics } from "../names";
import { ADMIN_PERIODS, type AdminPeriod } from "../types";
import type { Gazetteer, GazetteerProvince, GazetteerUnit } from "./gazetteer-types";

export interface Spelling {
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

export function indexOf(province: GazetteerProvince): ProvinceIndex {
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
