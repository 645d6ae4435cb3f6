// The one figure a briefing slide shows in large type: hamlets with the model, out of all, for
// the selected commune (or the selected hamlet's commune), else for the whole district.
import type { Dataset } from "../../data/dataset";
import { summariseUnits, type UnitSummaries } from "../../domain/unit-summary";
import type { Selection } from "../../state/view";

export interface Headline {
  covered: number;
  total: number;
  /** The commune's name, or null for the whole district. */
  where: string | null;
}

const cache = new WeakMap<Dataset, UnitSummaries>();

export function headlineFigure(dataset: Dataset, selected: Selection | null): Headline {
  let summaries = cache.get(dataset);
  if (!summaries) {
    summaries = summariseUnits(dataset.layers.units.features, dataset.layers.hamlets.features);
    cache.set(dataset, summaries);
  }
  let unitCode: string | null = null;
  if (selected?.layer === "units") unitCode = selected.id;
  if (selected?.layer === "hamlets")
    unitCode =
      dataset.layers.hamlets.features.find((hamlet) => hamlet.properties.code === selected.id)?.properties
        .unitCode ?? null;
  const unit = unitCode ? summaries.units.find((candidate) => candidate.code === unitCode) : undefined;
  return unit
    ? { covered: unit.coveredHamlets, total: unit.hamlets, where: unit.name }
    : { covered: summaries.total.coveredHamlets, total: summaries.total.hamlets, where: null };
}
