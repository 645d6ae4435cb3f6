// Turning checked features into the ImportResult: accepted and rejected features, counts of
// what was repaired, and every message with its file, feature index, id and property.
import type { FeatureCollection } from "geojson";
import type { CheckedFeature } from "../../domain/schema";
import type { IssueCode } from "../../domain/schema-rules";
import type { Message } from "../../domain/types";
import type { MessageCap } from "../limits";
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
  cap: MessageCap,
): Outcome {
  const accepted: FeatureCollection["features"] = [];
  const rejected: FeatureCollection["features"] = [];
  const messages: Message[] = [];
  const featureIndices: number[] = [];
  const counts: ImportCounts = { read: raw.length, accepted: 0, rejected: 0, repaired: { ...repaired } };
  // Index loops, and nothing made for a feature without issues: most of a large file.
  for (let position = 0; position < checked.length; position++) {
    const result = checked[position] as CheckedFeature;
    const issues = result.issues;
    if (result.feature) {
      accepted.push(result.feature as FeatureCollection["features"][number]);
      featureIndices.push(result.index);
    } else rejected.push(raw[result.index] as FeatureCollection["features"][number]);
    if (issues.length === 0) continue;
    const codes = new Set<IssueCode>();
    for (const issue of issues) {
      // The sentence costs more than the check: it is only made for messages that are kept.
      if (cap.admit(issue.code, issue.level))
        messages.push(issueMessage(issue, { file, featureIndex: result.index, featureId: result.id }));
      codes.add(issue.code);
    }
    if (!result.feature) continue;
    for (const code of codes) {
      const name = REPAIR_NAMES[code];
      if (name) counts.repaired[name] = (counts.repaired[name] ?? 0) + 1;
    }
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
