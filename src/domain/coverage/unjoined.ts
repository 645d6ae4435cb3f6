// Features the data layer could not join to any unit: listed by kind and position, with the
// join's own reasons, so a report can say what to fix. Counted in the totals all the same.
import { buildUnitLookup, joinOne, type UnitLookup } from "../join";
import type { Layers } from "../types";
import type { Unjoined } from "./coverage-types";

type JoinedKind = Unjoined["kind"];
const KINDS: readonly JoinedKind[] = ["hamlets", "sites", "activities"];

function nameOf(kind: JoinedKind, properties: Record<string, unknown>): string | null {
  // Incidents are named by their id only: never by anything that could identify a person.
  const field = kind === "incidents" ? "id" : kind === "activities" ? "unitName" : "name";
  const value = properties[field];
  return typeof value === "string" ? value : null;
}

/**
 * Hamlets, sites and activities whose unitCode is empty or names no unit of the layers, and
 * incidents outside every unit: those are placed by location alone, whatever code they carry.
 */
export function findUnjoined(
  layers: Layers,
  unitCodes: ReadonlySet<string>,
  outsideIncidents: readonly number[],
  incidentId: (index: number) => string | undefined = (index) =>
    layers.incidents.features[index]?.properties.id,
): Unjoined[] {
  let lookup: UnitLookup | null = null;
  const unjoined: Unjoined[] = [];
  for (const kind of KINDS) {
    const features = layers[kind].features as unknown as {
      properties: Record<string, unknown>;
      geometry: { type: "Point"; coordinates: number[] } | null;
    }[];
    features.forEach((feature, index) => {
      const code = feature.properties.unitCode;
      if (typeof code === "string" && unitCodes.has(code)) return;
      lookup ??= buildUnitLookup(layers.units.features);
      // The join is re-run only to learn why it failed; its answer is already in unitCode.
      const result = joinOne(lookup, feature.properties, feature.geometry);
      // A join that succeeds now means the layers never went through it (hand-built data).
      const reasons = result.unitCode === null ? result.reasons : ["not-joined"];
      unjoined.push({ kind, index, name: nameOf(kind, feature.properties), reason: reasons.join("; ") });
    });
  }
  for (const index of outsideIncidents) {
    unjoined.push({
      kind: "incidents",
      index,
      name: nameOf("incidents", { id: incidentId(index) }),
      reason: "outside-units",
    });
  }
  return unjoined;
}
