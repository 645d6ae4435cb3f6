// What a click on the map reaches: the feature under the pointer (with a few pixels' tolerance,
// for fingers and projector remotes), and the zoom that opens a cluster.
import type * as maplibregl from "maplibre-gl";
import type { MapLike } from "./map-like";
import { type MapViewState, SOURCE_IDS } from "./map-state";
import { clickableLayerIds, type Hit, pickClickable } from "./picking";

const CLICK_TOLERANCE_PIXELS = 5;

export function featureAt(map: MapLike, point: maplibregl.Point, state: MapViewState): Hit | null {
  const tolerance = CLICK_TOLERANCE_PIXELS;
  const features = map.queryRenderedFeatures(
    [
      [point.x - tolerance, point.y - tolerance],
      [point.x + tolerance, point.y + tolerance],
    ],
    { layers: clickableLayerIds(state) },
  );
  return pickClickable(features);
}

export async function zoomIntoCluster(map: MapLike, cluster: maplibregl.MapGeoJSONFeature): Promise<void> {
  if (cluster.geometry.type !== "Point") return;
  // A cluster cut into a tile archive (layers-tiled.ts) is a cell of a sixteenth of its tile:
  // three zooms closer it is split in 64 (and past zoom 12, shown point by point).
  if (cluster.source !== SOURCE_IDS.incidents) {
    map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom: map.getZoom() + 3 });
    return;
  }
  const source = map.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.incidents);
  const clusterId = Number(cluster.properties.cluster_id);
  if (!source) return;
  const zoom = await source.getClusterExpansionZoom(clusterId);
  const [longitude = 0, latitude = 0] = cluster.geometry.coordinates;
  // Not tagged as the app's: the user asked for this move by clicking, so the app should hear of it.
  map.easeTo({ center: [longitude, latitude], zoom });
}
