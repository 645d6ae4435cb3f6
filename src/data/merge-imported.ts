// Combines the layers a steward imported with the loaded geodata, then joins the result to units.
// Imported features arrive normalised to our schema but not joined: the join runs here, over the
// merged units, so an imported unit layer also re-joins the sample's hamlets and incidents.
import type { Crosswalk } from "../domain/gazetteer/crosswalk";
import { joinLayers } from "../domain/join";
import { KINDS, type Kind, type Layers } from "../domain/types";
import type { StoredLayer } from "./imported-layers";

export type MergeMode = "add" | "replace-sample";

type AnyFeature = Layers[Kind]["features"][number];

/**
 * "add": every kind keeps the geodata's features and gets the imported ones after them.
 * "replace-sample": only the imported features show, of every kind: a kind the user did not
 * import is empty rather than the sample's, so sample incidents are never counted against real
 * hamlets. Layers are merged in the order given (the store's import order).
 */
export function mergeImported(
  base: Layers,
  imported: readonly StoredLayer[],
  mode: MergeMode,
  /** From the gazetteer (buildCrosswalk), so records of the other administrative period are placed. */
  crosswalk: Crosswalk | null = null,
): Layers {
  if (imported.length === 0) return base;
  const merged = { ...base } as Record<Kind, { type: "FeatureCollection"; features: AnyFeature[] }>;
  /** How many leading features of each merged kind come from the geodata (already joined). */
  const fromBase = {} as Record<Kind, number>;
  for (const kind of KINDS) {
    const importedFeatures = imported
      .filter((layer) => layer.kind === kind)
      .flatMap((layer) => layer.collection.features as AnyFeature[]);
    const baseFeatures = mode === "replace-sample" ? [] : (base[kind].features as AnyFeature[]);
    fromBase[kind] = baseFeatures.length;
    merged[kind] = { ...base[kind], features: [...baseFeatures, ...importedFeatures] };
  }
  const { layers: joined } = joinLayers(merged as unknown as Layers, crosswalk);
  return keepBaseJoins(joined, base, fromBase);
}

/**
 * Re-joining a geodata feature to the same unit would overwrite how it was first joined (a hamlet
 * placed by location would then read "code"), and would give it a new identity for the map to
 * diff: such features are handed back as they were.
 */
function keepBaseJoins(joined: Layers, base: Layers, fromBase: Record<Kind, number>): Layers {
  const result = { ...joined } as Record<Kind, { features: AnyFeature[] }>;
  for (const kind of KINDS) {
    if (kind === "units" || fromBase[kind] === 0) continue;
    const original = base[kind].features as AnyFeature[];
    const features = (joined[kind].features as AnyFeature[]).map((feature, position) => {
      const before = position < fromBase[kind] ? original[position] : undefined;
      const unitBefore = (before?.properties as { unitCode?: unknown } | undefined)?.unitCode;
      const unitAfter = (feature.properties as { unitCode?: unknown }).unitCode;
      return before && unitBefore === unitAfter ? before : feature;
    });
    result[kind] = { ...joined[kind], features };
  }
  return result as unknown as Layers;
}
