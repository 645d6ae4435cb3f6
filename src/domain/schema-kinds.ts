// The property rules of each kind, as documented in geodata/README.md and typed in types.ts:
// what is required, what gets a default, and which Vietnamese words stand for which value.
import type { GeometryRule } from "./schema-geometry";
import {
  type Coercion,
  coerceBoolean,
  coerceDate,
  coerceNumber,
  coerceText,
  coerceUnitCode,
  type Expectation,
  enumCoercer,
} from "./schema-rules";
import {
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

interface PropertyRule {
  expected: Expectation;
  presence: Presence;
  coerce: (raw: unknown) => Coercion<unknown>;
}

const required: Presence = { kind: "required" };
const optional: Presence = { kind: "optional" };
const byDefault = (value: unknown): Presence => ({ kind: "default", value });

const text = (presence: Presence): PropertyRule => ({
  expected: { type: "text" },
  presence,
  coerce: coerceText,
});
const unitCode = (presence: Presence): PropertyRule => ({
  expected: { type: "unit-code" },
  presence,
  coerce: coerceUnitCode,
});
const count = (presence: Presence): PropertyRule => ({
  expected: { type: "integer", min: 0 },
  presence,
  coerce: (raw) => coerceNumber(raw, { integer: true, min: 0 }),
});
const flag = (presence: Presence): PropertyRule => ({
  expected: { type: "boolean" },
  presence,
  coerce: coerceBoolean,
});
const date = (presence: Presence): PropertyRule => ({
  expected: { type: "date" },
  presence,
  coerce: coerceDate,
});

function oneOf<T extends string>(
  values: readonly T[],
  synonyms: Record<T, readonly string[]>,
  presence: Presence,
) {
  return {
    expected: { type: "enum", values },
    presence,
    coerce: enumCoercer(synonyms),
  } satisfies PropertyRule;
}

const UNIT_TYPE_WORDS: Record<UnitType, readonly string[]> = {
  commune: ["xã", "xa"],
  town: ["thị trấn", "township"],
  ward: ["phường"],
};
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
const category: PropertyRule = {
  expected: { type: "enum", values: INCIDENT_CATEGORIES },
  presence: required,
  coerce: (raw) => {
    const known = categoryFromWords(raw);
    if (known.value !== undefined || typeof raw !== "string") return known;
    return { value: "other", note: { code: "category-other", level: "warning" } };
  },
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
      areaKm2: {
        expected: { type: "number", min: 0 },
        presence: optional,
        coerce: (raw) => coerceNumber(raw, { integer: false, min: 0 }),
      },
      approximate: flag(byDefault(false)),
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
    },
  },
  incidents: {
    geometry: "point",
    id: "id",
    properties: { id: text(required), date: date(required), category, unitCode: unitCode(optional) },
  },
  activities: {
    geometry: "none",
    id: null,
    properties: {
      unitCode: unitCode(optional),
      year: {
        expected: { type: "integer", min: 1900, max: 2100 },
        presence: required,
        coerce: (raw) => coerceNumber(raw, { integer: true, min: 1900, max: 2100 }),
      },
      outreachSessions: count(byDefault(0)),
      outreachAttendances: count(byDefault(0)),
      commitments: count(byDefault(0)),
      gunsRecovered: count(byDefault(0)),
      reintegrationSupported: count(byDefault(0)),
    },
  },
};
