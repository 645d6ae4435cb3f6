// TopoJSON (mapshaper, topojson-server exports): every object of the topology becomes features.
import { feature } from "topojson-client";

type Topology = Parameters<typeof feature>[0];

import { appendAll } from "../../../domain/arrays";
import { importMessage } from "../../import-messages";
import { fileMessage } from "../../messages";
import { parseJson } from "../../parse-layer";
import { errorText, type RawLayer, rawLayer, unreadableLayer } from "./raw-layer";

export function readTopoJson(text: string, file: string): RawLayer {
  const json = parseJson(text);
  if (!json.ok) {
    const { reason, line, column } = json.failure;
    return unreadableLayer(
      fileMessage("json-syntax", { file }, { found: reason, line: line ?? 0, column: column ?? 0 }),
    );
  }
  const topology = json.value as Topology;
  if (
    typeof topology !== "object" ||
    topology === null ||
    topology.type !== "Topology" ||
    typeof topology.objects !== "object"
  ) {
    return unreadableLayer(
      importMessage("topojson-invalid", { file }, { found: "no “objects” in a Topology" }),
    );
  }
  try {
    const features: unknown[] = [];
    for (const object of Object.values(topology.objects)) {
      const converted = feature(topology, object) as GeoJSON.Feature | GeoJSON.FeatureCollection;
      if (converted.type === "FeatureCollection") appendAll(features, converted.features);
      else features.push(converted);
    }
    return rawLayer(features);
  } catch (error) {
    return unreadableLayer(importMessage("topojson-invalid", { file }, { found: errorText(error) }));
  }
}
