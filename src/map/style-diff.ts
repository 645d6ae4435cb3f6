// What must be set on a live map to turn one list of layer specifications into another with the
// same layers: a theme change alters colours, widths and label sizes, never the layers or sources,
// so a handful of setPaintProperty / setLayoutProperty calls do it without reloading the style
// (which would drop feature-state and re-tile every source).
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";

export interface PropertyChange {
  layerId: string;
  kind: "paint" | "layout";
  property: string;
  value: unknown;
}

type Properties = Record<string, unknown>;

function propertiesOf(layer: LayerSpecification, kind: "paint" | "layout"): Properties {
  return ((layer as { paint?: Properties; layout?: Properties })[kind] ?? {}) as Properties;
}

/** Changed, added and removed (set to undefined) properties of layers present in both lists. */
export function propertyChanges(
  before: readonly LayerSpecification[],
  after: readonly LayerSpecification[],
  options: { skipLayout?: readonly string[] } = {},
): PropertyChange[] {
  const previous = new Map(before.map((layer) => [layer.id, layer]));
  const changes: PropertyChange[] = [];
  for (const layer of after) {
    const old = previous.get(layer.id);
    if (!old) continue;
    for (const kind of ["paint", "layout"] as const) {
      const next = propertiesOf(layer, kind);
      const last = propertiesOf(old, kind);
      const names = new Set([...Object.keys(last), ...Object.keys(next)]);
      for (const property of names) {
        if (kind === "layout" && options.skipLayout?.includes(property)) continue;
        if (JSON.stringify(last[property]) === JSON.stringify(next[property])) continue;
        changes.push({ layerId: layer.id, kind, property, value: next[property] });
      }
    }
  }
  return changes;
}
