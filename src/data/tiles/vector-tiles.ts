// GeoJSON features by layer → Mapbox Vector Tiles (MVT 2.1) for every tile they touch, with the
// slicer and encoder MapLibre itself uses (@maplibre/geojson-vt, @maplibre/vt-pbf), then → a
// PMTiles archive (pmtiles-writer.ts). Empty tiles are left out.
import { GeoJSONVT, type GeoJSONVTTile } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { gzipSync } from "fflate";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { Compression, type Tile, TileType, writePmtiles } from "./pmtiles-writer";

/** Layer name → its features, e.g. `{ water: [...], roads: [...] }`. */
export type FeaturesByLayer = Record<string, FeatureCollection | Feature[]>;

export interface VectorTileOptions {
  minZoom?: number;
  maxZoom?: number;
  /** Tile units across a tile; 4096 as usual. */
  extent?: number;
  /** Simplification tolerance in tile units (geojson-vt's; 3 by default). */
  tolerance?: number;
}

export interface VectorArchiveOptions extends VectorTileOptions {
  /** The archive's `name` in its metadata. */
  name?: string;
  attribution?: string;
  /** Gzip each tile (default true), as most readers expect of MVT archives. */
  gzipTiles?: boolean;
}

const featuresOf = (layer: FeatureCollection | Feature[]) => (Array.isArray(layer) ? layer : layer.features);

function eachPosition(geometry: Geometry | null, visit: (position: Position) => void): void {
  if (!geometry) return;
  if (geometry.type === "GeometryCollection") {
    for (const part of geometry.geometries) eachPosition(part, visit);
    return;
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === "number") visit(value as Position);
    else if (Array.isArray(value)) for (const item of value) walk(item);
  };
  walk(geometry.coordinates);
}

/** [west, south, east, north] of every feature of every layer; null when there is none. */
export function layersBounds(layers: FeaturesByLayer): [number, number, number, number] | null {
  let bounds: [number, number, number, number] | null = null;
  for (const layer of Object.values(layers))
    for (const feature of featuresOf(layer))
      eachPosition(feature.geometry, ([lon, lat]) => {
        if (lon === undefined || lat === undefined) return;
        bounds = bounds
          ? [
              Math.min(bounds[0], lon),
              Math.min(bounds[1], lat),
              Math.max(bounds[2], lon),
              Math.max(bounds[3], lat),
            ]
          : [lon, lat, lon, lat];
      });
  return bounds;
}

function tileRange(bounds: [number, number, number, number], z: number) {
  const n = 2 ** z;
  const column = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const row = (lat: number) => {
    const radians = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
    const y = ((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n;
    return Math.min(n - 1, Math.max(0, Math.floor(y)));
  };
  return { x0: column(bounds[0]), x1: column(bounds[2]), y0: row(bounds[3]), y1: row(bounds[1]) };
}

/** Every non-empty tile from `minZoom` to `maxZoom`, uncompressed MVT bytes. */
export function vectorTiles(layers: FeaturesByLayer, options: VectorTileOptions = {}): Tile[] {
  const minZoom = options.minZoom ?? 0;
  const maxZoom = options.maxZoom ?? 14;
  const extent = options.extent ?? 4096;
  const bounds = layersBounds(layers);
  if (!bounds) return [];
  const indexes = Object.entries(layers).map(
    ([name, layer]) =>
      [
        name,
        new GeoJSONVT(
          { type: "FeatureCollection", features: featuresOf(layer) },
          { maxZoom, indexMaxZoom: 0, extent, tolerance: options.tolerance ?? 3, buffer: 64 },
        ),
      ] as const,
  );
  const tiles: Tile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const { x0, x1, y0, y1 } = tileRange(bounds, z);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const parts: Record<string, GeoJSONVTTile> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) parts[name] = tile;
        }
        if (Object.keys(parts).length > 0)
          tiles.push({ z, x, y, data: fromGeojsonVt(parts, { version: 2, extent }) });
      }
  }
  return tiles;
}

function fieldsOf(layer: FeatureCollection | Feature[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const feature of featuresOf(layer))
    for (const [key, value] of Object.entries(feature.properties ?? {}))
      fields[key] ??=
        typeof value === "number" ? "Number" : typeof value === "boolean" ? "Boolean" : "String";
  return fields;
}

/** Features by layer → tiles → PMTiles archive bytes, with `vector_layers` in its metadata. */
export function vectorArchive(layers: FeaturesByLayer, options: VectorArchiveOptions = {}): Uint8Array {
  const minZoom = options.minZoom ?? 0;
  const maxZoom = options.maxZoom ?? 14;
  const gzip = options.gzipTiles ?? true;
  const tiles = vectorTiles(layers, { ...options, minZoom, maxZoom }).map((tile) =>
    gzip ? { ...tile, data: gzipSync(tile.data, { mtime: 0 }) } : tile,
  );
  const bounds = layersBounds(layers) ?? undefined;
  const metadata = {
    name: options.name ?? "",
    ...(options.attribution ? { attribution: options.attribution } : {}),
    vector_layers: Object.entries(layers).map(([id, layer]) => ({
      id,
      fields: fieldsOf(layer),
      minzoom: minZoom,
      maxzoom: maxZoom,
    })),
  };
  return writePmtiles(tiles, {
    tileType: TileType.Mvt,
    tileCompression: gzip ? Compression.Gzip : Compression.None,
    metadata,
    ...(bounds ? { bounds } : {}),
  });
}
