// Validation of a whole file's features against the rules of its kind (schema-kinds.ts).
// Problems come back as Issues; wording lives in src/data/messages.ts.
import type { Geometry } from "geojson";
import { appendAll } from "./arrays";
import { composeText } from "./names";
import { checkCleanFeature, JOINED_KINDS, RULE_NAMES, withMembers } from "./schema-fast";
import { checkGeometry } from "./schema-geometry";
import { featureLabel, KIND_RULES } from "./schema-kinds";
import { describeFound, type Issue, isAbsent } from "./schema-rules";
import { earlierDuplicates } from "./schema-unique";
import type { Kind } from "./types";

export interface CheckedFeature {
  index: number;
  id: string | null;
  feature: { type: "Feature"; geometry: Geometry | null; properties: Record<string, unknown> } | null;
  issues: Issue[];
  repaired: boolean;
}

/** The file's own columns: text kept as written, in composed form (line breaks stay). */
function normaliseExtra(value: unknown): unknown {
  return typeof value === "string" ? composeText(value) : value;
}

// Computed once: an entries array per feature is garbage that large imports pay for in GC time.
const RULE_ENTRIES = Object.fromEntries(
  Object.entries(KIND_RULES).map(([kind, rules]) => [kind, Object.entries(rules.properties)]),
) as Record<Kind, [string, (typeof KIND_RULES)[Kind]["properties"][string]][]>;

/** Describing the value costs a JSON.stringify, so it is done only for an issue (large imports). */
function issueBase(property: string, expected: Issue["expected"], value: unknown) {
  return { property, expected, found: describeFound(value) };
}

function checkProperties(kind: Kind, raw: Record<string, unknown>, issues: Issue[]) {
  const properties: Record<string, unknown> = {};
  // Our own properties are set from their coercion below; only the file's extras need normalising.
  const ours = RULE_NAMES[kind];
  for (const name in raw) {
    if (ours.has(name)) continue;
    // Assigning "__proto__" would set the prototype and lose the column.
    if (name === "__proto__") {
      Object.defineProperty(properties, name, {
        value: normaliseExtra(raw[name]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else properties[name] = normaliseExtra(raw[name]);
  }
  let fatal = false;
  let repaired = false;
  for (const [name, rule] of RULE_ENTRIES[kind]) {
    const value = raw[name];

    if (isAbsent(value)) {
      if (rule.presence.kind === "required") {
        issues.push({ ...issueBase(name, rule.expected, value), level: "error", code: "missing-property" });
        fatal = true;
      } else if (rule.presence.kind === "default") {
        issues.push({
          ...issueBase(name, rule.expected, value),
          level: "warning",
          code: "missing-property-defaulted",
          used: describeFound(rule.presence.value),
        });
        properties[name] = rule.presence.value;
        repaired = true;
      } else properties[name] = null;
      continue;
    }
    const coerced = rule.coerce(value);
    if (coerced.value === undefined) {
      if (rule.presence.kind === "optional") {
        issues.push({
          ...issueBase(name, rule.expected, value),
          level: "warning",
          code: "bad-value-dropped",
        });
        properties[name] = null;
        repaired = true;
      } else {
        issues.push({ ...issueBase(name, rule.expected, value), level: "error", code: "bad-value" });
        fatal = true;
      }
      continue;
    }
    if (coerced.note) {
      issues.push({
        ...issueBase(name, rule.expected, value),
        level: coerced.note.level,
        code: coerced.note.code,
        used: describeFound(coerced.value),
      });
      // Markup is kept as it was; every other note means the value was rewritten.
      repaired ||= coerced.note.code !== "html-in-text";
    }
    properties[name] = coerced.value;
  }
  if (JOINED_KINDS.has(kind)) properties.joinedBy = null;
  return { properties, fatal, repaired };
}

/** Checks one raw feature; a null feature in the result means it was rejected. */
export function checkFeature(kind: Kind, raw: unknown, index: number): CheckedFeature {
  return checkCleanFeature(kind, raw, index) ?? checkFeatureFully(kind, raw, index);
}

/** checkFeature without the shortcut for clean features: every value coerced and reported. */
export function checkFeatureFully(kind: Kind, raw: unknown, index: number): CheckedFeature {
  if (typeof raw !== "object" || raw === null || (raw as { type?: unknown }).type !== "Feature") {
    const found =
      typeof raw === "object" && raw !== null
        ? describeFound((raw as { type?: unknown }).type)
        : describeFound(raw);
    const issue: Issue = {
      level: "error",
      code: "not-a-feature",
      property: "type",
      expected: { type: "enum", values: ["Feature"] },
      found,
    };
    return { index, id: null, feature: null, issues: [issue], repaired: false };
  }
  const feature = raw as { id?: unknown; geometry?: unknown; properties?: unknown };
  const rawProperties =
    typeof feature.properties === "object" &&
    feature.properties !== null &&
    !Array.isArray(feature.properties)
      ? (feature.properties as Record<string, unknown>)
      : {};
  const id = featureLabel(kind, rawProperties, feature.id);
  const issues: Issue[] = [];
  const geometry = checkGeometry(KIND_RULES[kind].geometry, feature.geometry);
  appendAll(issues, geometry.issues);
  const properties = checkProperties(kind, rawProperties, issues);
  if (geometry.geometry === undefined || properties.fatal)
    return { index, id, feature: null, issues, repaired: false };
  // Once coerced, a code reads as the app will show it ("03730", not 3730).
  const idProperty = KIND_RULES[kind].id;
  const coercedId = idProperty ? properties.properties[idProperty] : undefined;
  return {
    index,
    id: typeof coercedId === "string" ? coercedId : id,
    feature: withMembers(feature, geometry.geometry, properties.properties),
    issues,
    repaired: geometry.repaired || properties.repaired,
  };
}

/** The key that must be unique within a file, or null when the feature has none to compare. */
function uniqueKey(kind: Kind, properties: Record<string, unknown>): string | null {
  const idProperty = KIND_RULES[kind].id;
  if (idProperty) return String(properties[idProperty]);
  const unit = properties.unitCode ?? properties.unitName ?? properties.unit ?? properties.commune;
  return typeof unit === "string" ? `${unit}/${String(properties.year)}` : null;
}

/**
 * Checks every feature; a second feature with an id or code already seen is rejected.
 * checkOne is there for tests that compare the shortcut with the full path.
 */
export function checkFeatures(
  kind: Kind,
  features: readonly unknown[],
  checkOne: typeof checkFeature = checkFeature,
): CheckedFeature[] {
  const checked: CheckedFeature[] = new Array(features.length);
  const keys: (string | null)[] = new Array(features.length);
  for (let index = 0; index < features.length; index++) {
    const result = checkOne(kind, features[index], index);
    checked[index] = result;
    keys[index] = result.feature ? uniqueKey(kind, result.feature.properties) : null;
  }
  const earlier = earlierDuplicates(keys);
  const property = KIND_RULES[kind].id ?? "unitCode";
  for (let index = 0; index < checked.length; index++) {
    const first = earlier[index] as number;
    if (first < 0) continue;
    const result = checked[index] as CheckedFeature;
    const duplicate: Issue = {
      level: "error",
      code: "duplicate-id",
      property,
      expected: { type: "unique" },
      found: `${keys[index]} (#${first})`,
    };
    checked[index] = { ...result, feature: null, issues: [...result.issues, duplicate], repaired: false };
  }
  return checked;
}
