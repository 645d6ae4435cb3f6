// Per-unit hamlet counts for the accessible list beside the map. The full coverage figures are
// computed elsewhere; this is the small part the foundation view needs.
import type { HamletFeature, UnitCode, UnitFeature } from "./types";

export interface UnitSummary {
  code: UnitCode;
  name: string;
  hamlets: number;
  coveredHamlets: number;
}

export interface UnitSummaries {
  units: UnitSummary[];
  total: { hamlets: number; coveredHamlets: number };
  /** Hamlets whose unit is unknown: counted in the total, listed nowhere else. */
  unjoinedHamlets: number;
}

export const isCovered = (status: string) => status === "model-point" || status === "replicated";

export function summariseUnits(
  units: readonly UnitFeature[],
  hamlets: readonly HamletFeature[],
): UnitSummaries {
  const byCode = new Map<string, UnitSummary>();
  for (const unit of units) {
    byCode.set(unit.properties.code, {
      code: unit.properties.code,
      name: unit.properties.name,
      hamlets: 0,
      coveredHamlets: 0,
    });
  }
  let unjoinedHamlets = 0;
  let coveredTotal = 0;
  for (const hamlet of hamlets) {
    const covered = isCovered(hamlet.properties.modelStatus);
    if (covered) coveredTotal += 1;
    const summary = hamlet.properties.unitCode ? byCode.get(hamlet.properties.unitCode) : undefined;
    if (!summary) {
      unjoinedHamlets += 1;
      continue;
    }
    summary.hamlets += 1;
    if (covered) summary.coveredHamlets += 1;
  }
  // The statistics office orders units by code: the order leaders know from official tables.
  const sorted = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  return { units: sorted, total: { hamlets: hamlets.length, coveredHamlets: coveredTotal }, unjoinedHamlets };
}
