// The figure a briefing slide shows in large type by default: hamlets with the model, out of all,
// for the selected commune (or the selected hamlet's commune), else for the whole area.

import type { Layers } from "../../domain/types";
import { summariseUnits, type UnitSummaries } from "../../domain/unit-summary";
import type { Selection } from "../../state/view";

export interface Headline {
  covered: number;
  total: number;
  /** The commune's name, or null for the whole area. */
  where: string | null;
}

const cache = new WeakMap<Layers, UnitSummaries>();

export function headlineFigure(data: { layers: Layers }, selected: Selection | null): Headline {
  const { layers } = data;
  let summaries = cache.get(layers);
  if (!summaries) {
    summaries = summariseUnits(layers.units.features, layers.hamlets.features);
    cache.set(layers, summaries);
  }
  let unitCode: string | null = null;
  if (selected?.layer === "units") unitCode = selected.id;
  if (selected?.layer === "hamlets")
    unitCode =
      layers.hamlets.features.find((hamlet) => hamlet.properties.code === selected.id)?.properties.unitCode ??
      null;
  const unit = unitCode ? summaries.units.find((candidate) => candidate.code === unitCode) : undefined;
  return unit
    ? { covered: unit.coveredHamlets, total: unit.hamlets, where: unit.name }
    : { covered: summaries.total.coveredHamlets, total: summaries.total.hamlets, where: null };
}
