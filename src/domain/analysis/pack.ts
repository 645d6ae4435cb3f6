// The dataset as the page sends it to the analysis worker: the small layers as they are, the
// incidents as columns whose buffers move to the worker instead of being copied.
import { type IncidentColumns, incidentColumns } from "../coverage/incident-columns";
import type { Layers } from "../types";

/** The dataset as the page sends it: the layers without incident features, the incidents as columns. */
export interface AnalysisDataset {
  layers: Layers;
  incidents: IncidentColumns;
}

/** Packs layers for the worker; `transfer` lists the buffers that can move rather than be copied. */
export function packDataset(layers: Layers): { dataset: AnalysisDataset; transfer: ArrayBuffer[] } {
  const incidents = incidentColumns(layers.incidents.features);
  const dataset = {
    layers: { ...layers, incidents: { ...layers.incidents, features: [] } },
    incidents,
  };
  const transfer = [incidents.longitude, incidents.latitude, incidents.day, incidents.category].map(
    (column) => column.buffer as ArrayBuffer,
  );
  return { dataset, transfer };
}
