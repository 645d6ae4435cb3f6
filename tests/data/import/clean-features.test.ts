// The shortcut for clean features changes nothing an import reports: same accepted and rejected
// features, same counts of repairs, same messages in the same order, in both languages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extraChecks } from "../../../src/data/import/extra-checks";
import { collectOutcome } from "../../../src/data/import/report";
import { MessageCap } from "../../../src/data/limits";
import { checkFeatureFully, checkFeatures } from "../../../src/domain/schema";
import type { Kind, Message } from "../../../src/domain/types";
import { featureOf, KINDS } from "../../domain/schema-corpus";

function report(kind: Kind, raw: unknown[], check: typeof checkFeatureFully | undefined) {
  const checked = checkFeatures(kind, raw, check);
  const cap = new MessageCap("ban.geojson");
  const outcome = collectOutcome("ban.geojson", raw, checked, { reprojected: 1 }, cap);
  const extra: Message[] = [];
  for (const result of checked)
    if (result.feature) extraChecks("ban.geojson", result.feature, result.index, result.id, extra, cap);
  return { ...outcome, extra, json: JSON.stringify(outcome.accepted) };
}

describe("an import's report with and without the shortcut", () => {
  it.each(KINDS)("is the same for mixed %s files", (kind) => {
    let messages = 0;
    fc.assert(
      fc.property(fc.array(featureOf(kind), { maxLength: 15 }), (raw) => {
        const fast = report(kind, raw, undefined);
        const full = report(kind, raw, checkFeatureFully);
        expect(fast).toEqual(full);
        messages += full.messages.length;
      }),
      { numRuns: 200 },
    );
    expect(messages).toBeGreaterThan(50);
  });
});
