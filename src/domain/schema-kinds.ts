// The property rules of each kind, as documented in geodata/README.md and typed in types.ts:
// what is required, what gets a default, and which Vietnamese words stand for which value.
import { normaliseText } from "./names";
import type { GeometryRule } from "./schema-geometry";
import {
  type Coercion,
  cleanDate,
  cleanNumber,
  cleanText,
  cleanUnitCode,
  coerceBoolean,
  coerceDate,
  coerceNumber,
  coerceText,
  coerceUnitCode,
  type Expectation,
  enumCoercer,
  NOT_CLEAN,
} from "./schema-rules";
import {
  ADMIN_PERIODS,
  type AdminPeriod,
  INCIDENT_CATEGORIES,
  type IncidentCategory,
  type Kind,
  MODEL_STATUSES,
  type ModelStatus,
  SITE_TYPES,
  type SiteType,
  UNIT_TYPES,
  type UnitType,
} from "./types";

type Presence = { kind: "required" } | { kind: "default"; value: unknown } | { kind: "optional" };

export interface PropertyRule {
  expected: Expectation;
  presence: Presence;
  coerce: (raw: unknown) => Coercion<unknown>;
  /**
   * The value kept for a present (not absent) raw value when coercing it has nothing to say, or
   * NOT_CLEAN; a shortcut for coerce on values already in shape (large imports, schema-fast.ts).
   */
  clean: (raw: unknown) => unknown;
}

/** Any rule's clean, from its coercion: the value when there is no note, NOT_CLEAN otherwise. */
function cleanBy(coerce: (raw: unknown) => Coercion<unknown>) {
  return (raw: unknown): unknown => {
    // A blank string is absent, which the caller decides; never a clean value.
    if (typeof raw === "string" && raw.trim() === "") return NOT_CLEAN;
    const coerced = coerce(raw);
    return coerced.note === null && coerced.value !== undefined ? coerced.value : NOT_CLEAN;
  };
}

/** Values written as we write them are found by comparison, without folding or a lookup. */
function cleanEnum(values: readonly string[], coerce: (raw: unknown) => Coercion<unknown>) {
  const own = values.filter((value) => {
    const coerced = coerce(value);
    return coerced.note === null && coerced.value === value;
  });
  const otherwise = cleanBy(coerce);
  return (raw: unknown): unknown => (typeof raw === "string" && own.includes(raw) ? raw : otherwise(raw));
}

const cleanBooleanWord = cleanBy(coerceBoolean);
const cleanBoolean = (raw: unknown) => (typeof raw === "boolean" ? raw : cleanBooleanWord(raw));

const required: Presence = { kind: "required" };
const optional: Presence = { kind: "optional" };
const byDefault = (value: unknown): Presence => ({ kind: "default", value });

const text = (presence: Presence): PropertyRule => ({
  expected: { type: "text" },
  presence,
  coerce: coerceText,
  clean: cleanText,
});
const unitCode = (presence: Presence): PropertyRule => ({
  expected: { type: "unit-code" },
  presence,
  coerce: coerceUnitCode,
  clean: cleanUnitCode,
});
const number = (presence: Presence, expectation: { integer: boolean; min: number; max?: number }) => {
  const { integer, min, max } = expectation;
  return {
    expected: integer
      ? { type: "integer", min, ...(max === undefined ? {} : { max }) }
      : { type: "number", min },
    presence,
    coerce: (raw: unknown) => coerceNumber(raw, expectation),
    clean: (raw: unknown) => cleanNumber(raw, expectation),
  } satisfies PropertyRule;
};
const count = (presence: Presence) => number(presence, { integer: true, min: 0 });
const flag = (presence: Presence): PropertyRule => ({
  expected: { type: "boolean" },
  presence,
  coerce: coerceBoolean,
  clean: cleanBoolean,
});
const date = (presence: Presence): PropertyRule => ({
  expected: { type: "date" },
  presence,
  coerce: coerceDate,
  clean: cleanDate,
});

function oneOf<T extends string>(
  values: readonly T[],
  synonyms: Record<T, readonly string[]>,
  presence: Presence,
) {
  const coerce = enumCoercer(synonyms);
  return {
    expected: { type: "enum", values },
    presence,
    coerce,
    clean: cleanEnum(values, coerce),
  } satisfies PropertyRule;
}

const UNIT_TYPE_WORDS: Record<UnitType, readonly string[]> = {
  commune: ["xã", "xa"],
  town: ["thị trấn", "township"],
  ward: ["phường"],
};
const ADMIN_PERIOD_WORDS: Record<AdminPeriod, readonly string[]> = {
  "before-2025-07-01": ["trước 1/7/2025", "trước sáp nhập", "before"],
  "from-2025-07-01": ["từ 1/7/2025", "sau sáp nhập", "from"],
};
/**
 * Every kind may say which administrative map it follows; records without it get null, so the key
 * is there from the start and the join fills it in place (adding a key to 100,000 copies is slow).
 */
const adminPeriod = () => oneOf(ADMIN_PERIODS, ADMIN_PERIOD_WORDS, optional);
const MODEL_STATUS_WORDS: Record<ModelStatus, readonly string[]> = {
  "model-point": ["mô hình điểm", "điểm", "model point", "model"],
  replicated: ["nhân rộng", "đã nhân rộng", "replication"],
  planned: ["kế hoạch", "dự kiến", "plan"],
  none: ["chưa có", "chưa", "không", "no"],
};
const SITE_TYPE_WORDS: Record<SiteType, readonly string[]> = {
  model: ["mô hình", "mô hình điểm"],
  "police-post": ["công an xã", "công an", "trụ sở công an", "trụ sở công an xã", "police post", "police"],
};
const CATEGORY_WORDS: Record<IncidentCategory, readonly string[]> = {
  theft: ["trộm cắp", "trộm", "trộm cắp tài sản", "cướp", "cướp giật"],
  drugs: ["ma túy", "ma tuý", "tệ nạn ma túy", "ma túy và tệ nạn", "drug"],
  dispute: ["tranh chấp", "tranh chấp đất đai", "mâu thuẫn"],
  violence: ["cố ý gây thương tích", "bạo lực", "đánh nhau", "gây rối", "bạo lực gia đình"],
  fire: ["cháy", "cháy nổ", "cháy rừng", "hỏa hoạn"],
  weapons: ["vũ khí", "súng", "súng tự chế", "vũ khí vật liệu nổ", "weapon"],
  traffic: ["giao thông", "tai nạn giao thông", "tngt"],
  other: ["khác"],
};

const categoryFromWords = enumCoercer(CATEGORY_WORDS);

/** An unknown incident category is kept as "other" rather than losing the incident. */
function coerceCategory(raw: unknown): Coercion<unknown> {
  const known = categoryFromWords(raw);
  if (known.value !== undefined || typeof raw !== "string") return known;
  return { value: "other", note: { code: "category-other", level: "warning" } };
}
const category: PropertyRule = {
  expected: { type: "enum", values: INCIDENT_CATEGORIES },
  presence: required,
  coerce: coerceCategory,
  clean: cleanEnum(INCIDENT_CATEGORIES, coerceCategory),
};

export const KIND_RULES: Record<
  Kind,
  { geometry: GeometryRule; id: string | null; properties: Record<string, PropertyRule> }
> = {
  units: {
    geometry: "area",
    id: "code",
    properties: {
      code: unitCode(required),
      name: text(required),
      unitType: oneOf(UNIT_TYPES, UNIT_TYPE_WORDS, byDefault("commune")),
      district: text(optional),
      province: text(optional),
      areaKm2: number(optional, { integer: false, min: 0 }),
      approximate: flag(byDefault(false)),
      adminPeriod: adminPeriod(),
    },
  },
  hamlets: {
    geometry: "point",
    id: "code",
    properties: {
      code: text(required),
      name: text(required),
      unitCode: unitCode(optional),
      population: count(byDefault(0)),
      households: count(byDefault(0)),
      securityTeam: flag(byDefault(false)),
      mediationTeam: flag(byDefault(false)),
      fireTeam: flag(byDefault(false)),
      groups: count(byDefault(0)),
      modelStatus: oneOf(MODEL_STATUSES, MODEL_STATUS_WORDS, byDefault("none")),
      modelSince: date(optional),
      adminPeriod: adminPeriod(),
    },
  },
  sites: {
    geometry: "point",
    id: "code",
    properties: {
      code: text(required),
      name: text(required),
      siteType: oneOf(SITE_TYPES, SITE_TYPE_WORDS, required),
      unitCode: unitCode(optional),
      hamletCode: text(optional),
      since: date(optional),
      adminPeriod: adminPeriod(),
    },
  },
  incidents: {
    geometry: "point",
    id: "id",
    properties: {
      id: text(required),
      date: date(required),
      category,
      unitCode: unitCode(optional),
      adminPeriod: adminPeriod(),
    },
  },
  activities: {
    geometry: "none",
    id: null,
    properties: {
      unitCode: unitCode(optional),
      year: number(required, { integer: true, min: 1900, max: 2100 }),
      outreachSessions: count(byDefault(0)),
      outreachAttendances: count(byDefault(0)),
      commitments: count(byDefault(0)),
      gunsRecovered: count(byDefault(0)),
      reintegrationSupported: count(byDefault(0)),
      adminPeriod: adminPeriod(),
    },
  },
};

/** How a feature is named in messages: its code or id, else the GeoJSON id, else unit/year. */
export function featureLabel(kind: Kind, raw: Record<string, unknown>, featureId: unknown): string | null {
  const idProperty = KIND_RULES[kind].id;
  const own = idProperty ? raw[idProperty] : undefined;
  if (typeof own === "string" || typeof own === "number") return normaliseText(String(own));
  if (typeof featureId === "string" || typeof featureId === "number") return String(featureId);
  if (kind === "activities") {
    const unit = raw.unitCode ?? raw.unitName ?? raw.unit ?? raw.commune;
    if (unit !== undefined && raw.year !== undefined) return `${String(unit)}/${String(raw.year)}`;
  }
  return null;
}
