// The hamlet where the model started: the model point adopted first (the first listed when none
// has a date). Briefings open their story there, and maps name its commune first.
import type { HamletFeature, Layers } from "./types";

export function firstModelPoint(hamlets: Layers["hamlets"]): HamletFeature | null {
  let best: { hamlet: HamletFeature; since: string } | null = null;
  for (const hamlet of hamlets.features) {
    if (hamlet.properties.modelStatus !== "model-point") continue;
    const since = hamlet.properties.modelSince ?? "9999-12-31";
    if (!best || since < best.since) best = { hamlet, since };
  }
  return best?.hamlet ?? null;
}
