// The common case of a large import, features already in our schema, checked without the full
// path's bookkeeping (schema.ts): no Coercion objects, issue lists or geometry reports per feature.
// It answers only when the full check would report and repair nothing, and then with exactly what
// the full check gives; otherwise it returns null and the full check runs
// (tests/domain/schema-fast.test.ts compares both on mixed corpora).
import type { Geometry } from "geojson";
import { composeText } from "./names";
import { setOwn } from "./records";
import type { CheckedFeature } from "./schema";
import type { GeometryRule } from "./schema-geometry";
import { featureLabel, KIND_RULES, type PropertyRule } from "./schema-kinds";
import { type Issue, NOT_CLEAN } from "./schema-rules";
import type { Kind } from "./types";

/** Kinds whose features are joined to a unit and so carry joinedBy. */
export const JOINED_KINDS: ReadonlySet<Kind> = new Set(["hamlets", "sites", "incidents", "activities"]);

/** Our property names per kind, as own names: "constructor" in a file is a column like any other. */
export const RULE_NAMES = Object.fromEntries(
  Object.entries(KIND_RULES).map(([kind, rules]) => [kind, new Set(Object.keys(rules.properties))]),
) as unknown as Record<Kind, ReadonlySet<string>>;

// Arrays rather than entries or objects: the loop below runs once per property of 100,000 features.
const RULE_LISTS = Object.fromEntries(
  Object.entries(KIND_RULES).map(([kind, rules]) => [
    kind,
    { names: Object.keys(rules.properties), rules: Object.values(rules.properties) },
  ]),
) as Record<Kind, { names: string[]; rules: PropertyRule[] }>;

/** Shared by every clean feature: nothing to report. Frozen, so a caller cannot add to all of them. */
const NO_ISSUES = Object.freeze([]) as unknown as Issue[];

/** The geometry the full check keeps when it has nothing to say, or undefined. */
function cleanGeometry(rule: GeometryRule, geometry: unknown): Geometry | null | undefined {
  if (rule === "none") return geometry === null || geometry === undefined ? null : undefined;
  // Areas are few and need their rings repaired and rewound: they always take the full path.
  if (rule !== "point" || typeof geometry !== "object" || geometry === null) return undefined;
  const point = geometry as { type?: unknown; coordinates?: unknown };
  if (point.type !== "Point") return undefined;
  const coordinates = point.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length < 2) return undefined;
  const longitude: unknown = coordinates[0];
  const latitude: unknown = coordinates[1];
  // Written so that NaN fails: the comparisons are false for it.
  if (typeof longitude !== "number" || !(longitude >= -180 && longitude <= 180)) return undefined;
  if (typeof latitude !== "number" || !(latitude >= -90 && latitude <= 90)) return undefined;
  return { type: "Point", coordinates: coordinates as number[] };
}

const isAbsentValue = (value: unknown) => value === undefined || value === null;

type Values = readonly unknown[];

/**
 * Our properties in rule order (schema-kinds.ts), then joinedBy, written as literals: building
 * them key by key costs five times as much at 100,000 features (the keys change the object's
 * shape one by one). A test checks that the keys match the rules.
 */
export const BUILDERS: Record<Kind, (values: Values) => Record<string, unknown>> = {
  units: (values) => ({
    code: values[0],
    name: values[1],
    unitType: values[2],
    district: values[3],
    province: values[4],
    areaKm2: values[5],
    approximate: values[6],
    adminPeriod: values[7],
  }),
  hamlets: (values) => ({
    code: values[0],
    name: values[1],
    unitCode: values[2],
    population: values[3],
    households: values[4],
    securityTeam: values[5],
    mediationTeam: values[6],
    fireTeam: values[7],
    groups: values[8],
    modelStatus: values[9],
    modelSince: values[10],
    adminPeriod: values[11],
    joinedBy: null,
  }),
  sites: (values) => ({
    code: values[0],
    name: values[1],
    siteType: values[2],
    unitCode: values[3],
    hamletCode: values[4],
    since: values[5],
    adminPeriod: values[6],
    joinedBy: null,
  }),
  incidents: (values) => ({
    id: values[0],
    date: values[1],
    category: values[2],
    unitCode: values[3],
    adminPeriod: values[4],
    joinedBy: null,
  }),
  activities: (values) => ({
    unitCode: values[0],
    year: values[1],
    outreachSessions: values[2],
    outreachAttendances: values[3],
    commitments: values[4],
    gunsRecovered: values[5],
    reintegrationSupported: values[6],
    adminPeriod: values[7],
    joinedBy: null,
  }),
};

/**
 * Our properties read in rule order, with the names written out for the same reason: a read by a
 * name that changes at each step costs more than the rest of the check.
 */
export const READERS: Record<Kind, (raw: Record<string, unknown>, values: unknown[]) => void> = {
  units: (raw, values) => {
    values[0] = raw.code;
    values[1] = raw.name;
    values[2] = raw.unitType;
    values[3] = raw.district;
    values[4] = raw.province;
    values[5] = raw.areaKm2;
    values[6] = raw.approximate;
    values[7] = raw.adminPeriod;
  },
  hamlets: (raw, values) => {
    values[0] = raw.code;
    values[1] = raw.name;
    values[2] = raw.unitCode;
    values[3] = raw.population;
    values[4] = raw.households;
    values[5] = raw.securityTeam;
    values[6] = raw.mediationTeam;
    values[7] = raw.fireTeam;
    values[8] = raw.groups;
    values[9] = raw.modelStatus;
    values[10] = raw.modelSince;
    values[11] = raw.adminPeriod;
  },
  sites: (raw, values) => {
    values[0] = raw.code;
    values[1] = raw.name;
    values[2] = raw.siteType;
    values[3] = raw.unitCode;
    values[4] = raw.hamletCode;
    values[5] = raw.since;
    values[6] = raw.adminPeriod;
  },
  incidents: (raw, values) => {
    values[0] = raw.id;
    values[1] = raw.date;
    values[2] = raw.category;
    values[3] = raw.unitCode;
    values[4] = raw.adminPeriod;
  },
  activities: (raw, values) => {
    values[0] = raw.unitCode;
    values[1] = raw.year;
    values[2] = raw.outreachSessions;
    values[3] = raw.outreachAttendances;
    values[4] = raw.commitments;
    values[5] = raw.gunsRecovered;
    values[6] = raw.reintegrationSupported;
    values[7] = raw.adminPeriod;
  },
};

/** Reused for every feature: the check is synchronous and the builders copy out of it. */
const scratch: unknown[] = [];

/** The properties the full check would produce, or null when it would report anything. */
function cleanProperties(kind: Kind, raw: Record<string, unknown>): Record<string, unknown> | null {
  const { names, rules } = RULE_LISTS[kind];
  READERS[kind](raw, scratch);
  let present = 0;
  for (let index = 0; index < names.length; index++) {
    const rule = rules[index] as PropertyRule;
    const value = scratch[index];
    if (value !== undefined) present++;
    if (isAbsentValue(value)) {
      // Absent and optional is the only absence that goes without a word.
      if (rule.presence.kind !== "optional") return null;
      scratch[index] = null;
      continue;
    }
    const clean = rule.clean(value);
    if (clean === NOT_CLEAN) return null;
    scratch[index] = clean;
  }
  let keys = 0;
  for (const _ in raw) keys++;
  // Only our own names: no extra columns to keep.
  if (keys === present) return BUILDERS[kind](scratch);
  return withExtras(kind, raw, names);
}

/** Same order as the full check: the file's extra columns first, then ours in rule order. */
function withExtras(kind: Kind, raw: Record<string, unknown>, names: readonly string[]) {
  const ours = RULE_NAMES[kind];
  const properties: Record<string, unknown> = {};
  for (const name in raw) {
    if (ours.has(name)) continue;
    if (name === "__proto__") return null;
    const value = raw[name];
    properties[name] = typeof value === "string" ? composeText(value) : value;
  }
  for (let index = 0; index < names.length; index++) properties[names[index] as string] = scratch[index];
  if (JOINED_KINDS.has(kind)) properties.joinedBy = null;
  return properties;
}

/**
 * The checked feature, with the raw feature's own members beyond type, geometry and properties
 * (its `id`, `bbox`, foreign members) kept as they are, so that an export gives them back.
 */
export function withMembers(
  raw: object,
  geometry: Geometry | null,
  properties: Record<string, unknown>,
): NonNullable<CheckedFeature["feature"]> {
  const feature = { type: "Feature" as const, geometry, properties };
  let keys = 0;
  for (const _ in raw) keys++;
  // Most features have exactly these three: nothing else to look at.
  if (keys === 3 && "properties" in raw && "geometry" in raw) return feature;
  for (const key of Object.keys(raw)) {
    if (key !== "type" && key !== "geometry" && key !== "properties")
      setOwn(feature, key, (raw as Record<string, unknown>)[key]);
  }
  return feature;
}

/** checkFeature's answer for a feature with nothing to report, or null for any other feature. */
export function checkCleanFeature(kind: Kind, raw: unknown, index: number): CheckedFeature | null {
  if (typeof raw !== "object" || raw === null) return null;
  const feature = raw as { type?: unknown; id?: unknown; geometry?: unknown; properties?: unknown };
  if (feature.type !== "Feature") return null;
  const rawProperties = feature.properties;
  if (typeof rawProperties !== "object" || rawProperties === null || Array.isArray(rawProperties))
    return null;
  const rules = KIND_RULES[kind];
  const geometry = cleanGeometry(rules.geometry, feature.geometry);
  if (geometry === undefined) return null;
  const properties = cleanProperties(kind, rawProperties as Record<string, unknown>);
  if (properties === null) return null;
  const ownId = rules.id === null ? undefined : properties[rules.id];
  return {
    index,
    id:
      typeof ownId === "string"
        ? ownId
        : featureLabel(kind, rawProperties as Record<string, unknown>, feature.id),
    feature: withMembers(feature, geometry, properties),
    issues: NO_ISSUES,
    repaired: false,
  };
}
