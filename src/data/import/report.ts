// Turning checked features into the ImportResult: accepted and rejected features, counts of
// what was repaired, and every message with its file, feature index, id and property.
import type { FeatureCollection } from "geojson";
import type { CheckedFeature } from "../../domain/schema";
import type { IssueCode } from "../../domain/schema-rules";
import type { Message } from "../../domain/types";
import { issueMessage } from "../messages";
import type { ImportCounts } from "./import-types";

/** Schema repairs worth counting, by the words the report uses for them. */
const REPAIR_NAMES: Partial<Record<IssueCode, string>> = {
  "ring-rewound": "rings rewound",
  "ring-unclosed": "rings closed",
  "ring-duplicate-vertices": "duplicate vertices dropped",
  "code-leading-zeros": "leading zeros restored",
  "number-format": "numbers reformatted",
  "date-format": "dates reformatted",
  "missing-property-defaulted": "defaults filled in",
};

export interface Outcome {
  accepted: FeatureCollection;
  rejected: FeatureCollection;
  counts: ImportCounts;
  messages: Message[];
  featureIndices: number[];
}

export function collectOutcome(
  file: string,
  raw: readonly unknown[],
  checked: readonly CheckedFeature[],
  repaired: Record<string, number>,
): Outcome {
  const accepted: FeatureCollection["features"] = [];
  const rejected: FeatureCollection["features"] = [];
  const messages: Message[] = [];
  const featureIndices: number[] = [];
  const counts: ImportCounts = { read: raw.length, accepted: 0, rejected: 0, repaired: { ...repaired } };
  for (const result of checked) {
    const codes = result.issues.length > 0 ? new Set<IssueCode>() : null;
    for (const issue of result.issues) {
      messages.push(issueMessage(issue, { file, featureIndex: result.index, featureId: result.id }));
      codes?.add(issue.code);
    }
    if (result.feature) {
      accepted.push(result.feature as FeatureCollection["features"][number]);
      featureIndices.push(result.index);
      for (const code of codes ?? []) {
        const name = REPAIR_NAMES[code];
        if (name) counts.repaired[name] = (counts.repaired[name] ?? 0) + 1;
      }
    } else rejected.push(raw[result.index] as FeatureCollection["features"][number]);
  }
  counts.accepted = accepted.length;
  counts.rejected = rejected.length;
  return {
    accepted: { type: "FeatureCollection", features: accepted },
    rejected: { type: "FeatureCollection", features: rejected },
    counts,
    messages,
    featureIndices,
  };
}
