// Property values in TCVN3 or VNI, converted to Unicode. A scheme is settled for the whole file by
// values that match it unmistakably; then every value that scheme fully explains is converted,
// so "Sôn La" (VNI for Sơn La, harmless-looking on its own) is fixed in a VNI file and kept as is
// elsewhere.
import { convertLegacy, detectLegacy, fitsScheme, type LegacyScheme } from "./encoding";

const SUSPECT = /[\u00a1-\u00ff]/u;
const BEYOND_LATIN1 = /[\u0100-\uffff]/u;

export interface TextConversion {
  features: unknown[];
  scheme: LegacyScheme | null;
  /** Property name → values converted, with one example "before → after". */
  converted: Map<string, { count: number; example: string }>;
  /** How many features had at least one value converted. */
  featuresChanged: number;
}

function propertiesOf(feature: unknown): Record<string, unknown> | null {
  const properties = (feature as { properties?: unknown } | null)?.properties;
  return typeof properties === "object" && properties !== null && !Array.isArray(properties)
    ? (properties as Record<string, unknown>)
    : null;
}

/** Names and short labels: long notes are left as written (and converting them would be slow). */
const MAX_LENGTH = 2_000;

const isCandidate = (value: unknown): value is string =>
  typeof value === "string" &&
  value.length <= MAX_LENGTH &&
  SUSPECT.test(value) &&
  !BEYOND_LATIN1.test(value);

export function unconverted(features: unknown[]): TextConversion {
  return { features, scheme: null, converted: new Map(), featuresChanged: 0 };
}

export function convertLegacyText(features: unknown[]): TextConversion {
  const votes: Record<LegacyScheme, number> = { TCVN3: 0, VNI: 0 };
  for (const feature of features) {
    const properties = propertiesOf(feature);
    if (!properties) continue;
    for (const name in properties) {
      const value = properties[name];
      if (!isCandidate(value)) continue;
      const scheme = detectLegacy(value);
      if (scheme) votes[scheme]++;
    }
  }
  const converted = new Map<string, { count: number; example: string }>();
  if (votes.TCVN3 === 0 && votes.VNI === 0) return { features, scheme: null, converted, featuresChanged: 0 };
  const scheme: LegacyScheme = votes.VNI > votes.TCVN3 ? "VNI" : "TCVN3";
  let featuresChanged = 0;
  const result = features.map((feature) => {
    const properties = propertiesOf(feature);
    if (!properties) return feature;
    let changed: Record<string, unknown> | null = null;
    for (const name in properties) {
      const value = properties[name];
      if (!isCandidate(value) || !fitsScheme(value, scheme)) continue;
      const unicode = convertLegacy(value, scheme);
      changed ??= { ...properties };
      changed[name] = unicode;
      const entry = converted.get(name) ?? {
        count: 0,
        example: `${JSON.stringify(value)} → ${JSON.stringify(unicode)}`,
      };
      entry.count++;
      converted.set(name, entry);
    }
    if (changed === null) return feature;
    featuresChanged++;
    return { ...(feature as object), properties: changed };
  });
  return { features: result, scheme, converted, featuresChanged };
}
