// Codes for hamlets that have none: a hamlet list typed in Excel names its hamlets and communes but
// gives no codes, and the app needs one per hamlet (selection, links, plans, re-import). The code is
// made from the commune and the hamlet name, so the same file gives the same codes every time, and
// the n-th hamlet of the same name in the same commune gets "-n". Codes given in the file are never
// reused, and a generated code always holds a letter, so it cannot be an official "03730-01".
import { foldName } from "./names";
import { coerceUnitCode, isAbsent } from "./schema-rules";

export interface GeneratedCode {
  /** Index of the feature in the list given. */
  index: number;
  code: string;
}

function propertiesOf(feature: unknown): Record<string, unknown> | null {
  if (typeof feature !== "object" || feature === null) return null;
  const properties = (feature as { properties?: unknown }).properties;
  return typeof properties === "object" && properties !== null && !Array.isArray(properties)
    ? (properties as Record<string, unknown>)
    : null;
}

const MAX_PART = 40;

function slug(value: unknown): string {
  return typeof value === "string" || typeof value === "number"
    ? foldName(String(value)).slice(0, MAX_PART)
    : "";
}

/** "03730" when the unit code is valid, else the folded unit name, else "x". */
function unitPart(properties: Record<string, unknown>): string {
  const code = coerceUnitCode(properties.unitCode).value;
  if (code !== undefined) return code;
  return slug(properties.unitName) || "x";
}

/** The folded hamlet name; digits alone ("Bản 01" → "01") get a "b" so that a letter is always there. */
function hamletPart(name: string): string {
  const folded = slug(name);
  if (folded === "") return "b";
  return /[a-z]/u.test(folded) ? folded : `b${folded}`;
}

/**
 * A code for every feature whose code is absent but whose name is there (a hamlet without a name
 * is rejected for its name anyway). Features come back as given, except those that got a code:
 * new objects with `code` set and `codeGenerated: true`.
 */
export function generateHamletCodes(features: readonly unknown[]): {
  features: unknown[];
  generated: GeneratedCode[];
} {
  const taken = new Set<string>();
  const wanting: number[] = [];
  features.forEach((feature, index) => {
    const properties = propertiesOf(feature);
    if (properties === null) return;
    if (!isAbsent(properties.code)) taken.add(String(properties.code).trim());
    else if (typeof properties.name === "string" && properties.name.trim() !== "") wanting.push(index);
  });
  if (wanting.length === 0) return { features: [...features], generated: [] };
  const result = [...features];
  const generated: GeneratedCode[] = [];
  const seen = new Map<string, number>();
  for (const index of wanting) {
    const feature = features[index] as { properties: Record<string, unknown> };
    const base = `${unitPart(feature.properties)}-${hamletPart(feature.properties.name as string)}`;
    let occurrence = seen.get(base) ?? 0;
    let code: string;
    do {
      occurrence++;
      code = occurrence === 1 ? base : `${base}-${occurrence}`;
    } while (taken.has(code));
    seen.set(base, occurrence);
    taken.add(code);
    // Spread defines every key as an own property, "__proto__" too.
    const properties: Record<string, unknown> = { ...feature.properties, code, codeGenerated: true };
    result[index] = { ...feature, properties };
    generated.push({ index, code });
  }
  return { features: result, generated };
}
