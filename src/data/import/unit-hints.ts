// What a units file says about each unit besides its name: its code (if it is one), its type, its
// province and district, read from the columns the mapping chose (GADM: NAME_1, NAME_2, TYPE_3).

import type { Gazetteer, GazetteerProvince } from "../../domain/gazetteer/gazetteer-types";
import { findProvince, unitsNamed } from "../../domain/gazetteer/lookup";
import { unitTypeOfWord } from "../../domain/gazetteer/parse-gazetteer";
import { normaliseText } from "../../domain/names";
import { coerceUnitCode } from "../../domain/schema-rules";
import { ADMIN_PERIODS, type UnitType } from "../../domain/types";

export interface UnitHints {
  index: number;
  properties: Record<string, unknown> | null;
  name: string | null;
  /** A usable unit code (5 digits, or one generated earlier), or null. */
  code: string | null;
  /** A value in the code column that is no unit code (GADM's "VNM.52.10.1_1"). */
  badCode: unknown;
  unitType: UnitType | null;
  province: string | null;
  district: string | null;
}

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? normaliseText(value) : null;

/** GADM calls every commune a "Ward" in ENGTYPE_3, so that word says nothing. */
const ENGLISH_TYPES: Record<string, UnitType> = { townlet: "town", town: "town", commune: "commune" };

const NAME_PREFIX = /^(xã|thị trấn|phường)\s/iu;

/** The type a file gives a unit: its name's type word, a type column, GADM's ENGTYPE_3. */
function typeHint(properties: Record<string, unknown>, name: string | null): UnitType | null {
  const prefix = name === null ? null : NAME_PREFIX.exec(name.normalize("NFC"));
  if (prefix?.[1]) return unitTypeOfWord(prefix[1]);
  const column = text(properties.unitType);
  if (column !== null) {
    const type = unitTypeOfWord(column) ?? (["commune", "town", "ward"].includes(column) ? column : null);
    if (type !== null) return type as UnitType;
  }
  const english = text(properties.ENGTYPE_3);
  return english === null ? null : (ENGLISH_TYPES[english.toLowerCase()] ?? null);
}

export function readHints(features: readonly unknown[]): UnitHints[] {
  return features.map((feature, index) => {
    const raw = (feature as { properties?: unknown } | null)?.properties;
    const properties =
      typeof raw === "object" && raw !== null && !Array.isArray(raw)
        ? (raw as Record<string, unknown>)
        : null;
    const name = text(properties?.name);
    const given = properties?.code;
    const code =
      given === undefined || given === null || given === "" ? undefined : coerceUnitCode(given).value;
    return {
      index,
      properties,
      name,
      code: code ?? null,
      badCode:
        code === undefined && given !== undefined && given !== null && given !== "" ? given : undefined,
      unitType: properties ? typeHint(properties, name) : null,
      province: text(properties?.province),
      district: text(properties?.district),
    };
  });
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

export interface ProvinceChoice {
  province: GazetteerProvince | null;
  /** A province named (by the user or the file) that the gazetteer does not have. */
  missing: string | null;
}

/** The user's province, else the file's province column, else the province whose names fit best. */
export function chooseProvince(
  gazetteer: Gazetteer | null,
  given: string | null,
  hints: readonly UnitHints[],
): ProvinceChoice {
  const named = given ?? mostCommon(hints.map((hint) => hint.province));
  if (named !== null) {
    const province = findProvince(gazetteer, named);
    return { province, missing: province ? null : named };
  }
  let best: { province: GazetteerProvince; count: number } | null = null;
  for (const province of gazetteer?.provinces ?? []) {
    const count = hints.filter(
      (hint) =>
        hint.name !== null &&
        ADMIN_PERIODS.some((period) => unitsNamed(province, period, hint.name as string).length > 0),
    ).length;
    if (count > 0 && (best === null || count > best.count)) best = { province, count };
  }
  return { province: best?.province ?? null, missing: null };
}

/** GADM glues words together ("ThônMới"): spaces go back between a lower- and an upper-case letter. */
export function spaceGlued(name: string): string {
  return /\s/u.test(name) ? name : name.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
}
