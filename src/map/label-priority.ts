// Which commune names a crowded map keeps. At projector sizes not every name fits between the
// marks, and MapLibre places labels in order of their sort key: the commune where the model
// started goes first (it is the story of every briefing), then the communes with most hamlets,
// which are the ones the room asks about, then the larger ones.
import { firstModelPoint } from "../domain/model-point";
import type { Layers } from "../domain/types";

/** Each commune's place in the labelling order, 0 first, by code. */
export function unitLabelRanks(units: Layers["units"], hamlets: Layers["hamlets"]): Map<string, number> {
  const hamletCounts = new Map<string, number>();
  for (const { properties } of hamlets.features) {
    if (properties.unitCode)
      hamletCounts.set(properties.unitCode, (hamletCounts.get(properties.unitCode) ?? 0) + 1);
  }
  const model = firstModelPoint(hamlets)?.properties.unitCode ?? null;
  const ordered = units.features
    .map(({ properties }) => ({
      code: properties.code,
      model: properties.code === model ? 0 : 1,
      hamlets: hamletCounts.get(properties.code) ?? 0,
      area: properties.areaKm2 ?? 0,
    }))
    .sort(
      (a, b) => a.model - b.model || b.hamlets - a.hamlets || b.area - a.area || a.code.localeCompare(b.code),
    );
  return new Map(ordered.map((unit, index) => [unit.code, index]));
}
