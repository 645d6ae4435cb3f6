// `geodata tiles`: a dataset → one PMTiles archive of vector tiles (units, unit labels, hamlets,
// sites, incidents) and the aggregate tables beside it. Units, hamlets and sites are read and
// joined as everywhere else (src/data); incidents are streamed from their files, checked and
// joined one by one, counted into the aggregates and the cluster cells, and parked in partition
// files (one per zoom-9 tile) until their tiles are cut, so memory does not follow their number.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { GeoJSONVT, type GeoJSONVTFeaturePoint, type GeoJSONVTTile } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { gzipSync } from "fflate";
import type { Feature, FeatureCollection, Point } from "geojson";
import { loadDataset } from "../../data/dataset";
import { AggregateBuilder, communesCsv, type TileAggregates } from "../../data/tiles/aggregates";
import {
  ClusterCells,
  incidentPoint,
  POINTS_ZOOM,
  TILE_EXTENT,
  type TiledIncident,
  tileAt,
  worldPosition,
} from "../../data/tiles/incident-tiles";
import { Compression, TileType } from "../../data/tiles/pmtiles-writer";
import { aggregatesPathOf } from "../../data/tiles/tiled-dataset";
import { buildUnitLookup, joinOne } from "../../domain/join";
import { checkFeature } from "../../domain/schema";
import type { Layers } from "../../domain/types";
import { unitLabelPoints } from "../../map/geometry";
import { provinceLabelPoints } from "../../map/province-labels";
import { ArchiveFile } from "./archive-file";
import { featureTexts } from "./feature-stream";

/** The archive's layer names; the app's tiled style reads the same (src/map/layers-tiled.ts). */
export const TILE_LAYERS = [
  "units",
  "unit-labels",
  "province-labels",
  "hamlets",
  "sites",
  "incidents",
] as const;
/** Incidents are parked per tile of this zoom until their point tiles are cut. */
const PARTITION_ZOOM = 9;
const FLUSH_CHARACTERS = 16 * 1024 * 1024;

export interface TilesBuildOptions {
  /** The dataset folder, with its manifest.json. */
  geodata: string;
  /** The archive to write, `….pmtiles`; the tables go beside it. */
  out: string;
  progress: (line: string) => void;
}

export interface TilesBuildSummary {
  archive: string;
  aggregates: string;
  communesCsv: string;
  monthsCsv: string;
  tiles: number;
  bytes: number;
  seconds: number;
  incidents: { read: number; placed: number; rejected: number; unjoined: number };
  /** Distinct cluster cells: grows with the area covered, not the number of incidents. */
  clusterCells: number;
  /** The process's peak resident memory, MB. */
  peakMemoryMb: number;
  problems: string[];
}

/** The tables' paths: `nation.pmtiles` → `nation.aggregates.json`, `nation.communes.csv`, … */
export function tablePaths(archive: string) {
  const stem = archive.replace(/\.pmtiles$/u, "");
  return {
    aggregates: aggregatesPathOf(archive),
    communesCsv: `${stem}.communes.csv`,
    monthsCsv: `${stem}.months.csv`,
  };
}

interface RawManifest {
  files?: { path: string; kind: string; fields?: Record<string, string> }[];
  [key: string]: unknown;
}

/** Parked incidents, by zoom-9 tile, in temporary files; flushed when the buffers grow large. */
class Partitions {
  private readonly buffers = new Map<string, string[]>();
  private buffered = 0;
  readonly keys = new Set<string>();
  constructor(private readonly folder: string) {}

  add(x: number, y: number, line: string): void {
    const key = `${x}-${y}`;
    this.keys.add(key);
    let buffer = this.buffers.get(key);
    if (!buffer) {
      buffer = [];
      this.buffers.set(key, buffer);
    }
    buffer.push(line);
    this.buffered += line.length + 1;
    if (this.buffered > FLUSH_CHARACTERS) this.flush();
  }

  flush(): void {
    for (const [key, lines] of this.buffers)
      appendFileSync(join(this.folder, `${key}.ndjson`), `${lines.join("\n")}\n`);
    this.buffers.clear();
    this.buffered = 0;
  }

  read(x: number, y: number): TiledIncident[] {
    const key = `${x}-${y}`;
    if (!this.keys.has(key)) return [];
    const text = readFileSync(join(this.folder, `${key}.ndjson`), "utf8");
    const incidents: TiledIncident[] = [];
    for (const line of text.split("\n")) {
      if (line === "") continue;
      const [longitude, latitude, id, date, month, category, unitCode] = JSON.parse(line) as [
        number,
        number,
        string,
        string,
        number,
        string,
        string | null,
      ];
      incidents.push({ longitude, latitude, id, date, month, category, unitCode });
    }
    return incidents;
  }
}

function tileRange(bounds: [number, number, number, number], z: number) {
  const [x0, y0] = tileAt(worldPosition(bounds[0], bounds[3]), z);
  const [x1, y1] = tileAt(worldPosition(bounds[2], bounds[1]), z);
  return { x0, x1, y0, y1 };
}

function extend(bounds: [number, number, number, number] | null, lon: number, lat: number) {
  if (!bounds) return [lon, lat, lon, lat] as [number, number, number, number];
  if (lon < bounds[0]) bounds[0] = lon;
  if (lat < bounds[1]) bounds[1] = lat;
  if (lon > bounds[2]) bounds[2] = lon;
  if (lat > bounds[3]) bounds[3] = lat;
  return bounds;
}

function collectionBounds(collections: readonly FeatureCollection[]) {
  let bounds: [number, number, number, number] | null = null;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number") bounds = extend(bounds, value[0], value[1] as number);
    else for (const item of value) visit(item);
  };
  for (const collection of collections)
    for (const feature of collection.features)
      if (feature.geometry && "coordinates" in feature.geometry) visit(feature.geometry.coordinates);
  return bounds as [number, number, number, number] | null;
}

const memoryMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Loads everything but the incidents, through the same code as `geodata check` and the app. */
async function loadStaticLayers(geodata: string) {
  const manifestPath = join(geodata, "manifest.json");
  const manifestText = readFileSync(manifestPath, "utf8");
  const raw = JSON.parse(manifestText) as RawManifest;
  const incidentEntries = (raw.files ?? []).filter((entry) => entry.kind === "incidents");
  const withoutIncidents = JSON.stringify({
    ...raw,
    files: (raw.files ?? []).filter((entry) => entry.kind !== "incidents"),
  });
  const dataset = await loadDataset(async (path) => {
    if (path === manifestPath) return withoutIncidents;
    try {
      return readFileSync(path, "utf8");
    } catch {
      return null;
    }
  }, manifestPath);
  return { dataset, incidentEntries };
}

interface StreamState {
  aggregates: AggregateBuilder;
  cells: ClusterCells;
  partitions: Partitions;
  bounds: [number, number, number, number] | null;
  counts: TilesBuildSummary["incidents"];
  problems: string[];
}

async function streamIncidents(
  file: string,
  fields: Record<string, string>,
  lookup: ReturnType<typeof buildUnitLookup>,
  state: StreamState,
  progress: (line: string) => void,
  started: number,
) {
  const renames = Object.entries(fields).filter(([ours, theirs]) => ours !== theirs);
  let index = -1;
  for await (const text of featureTexts(file)) {
    index += 1;
    const raw = JSON.parse(text) as { properties?: Record<string, unknown> };
    if (renames.length > 0 && raw.properties)
      for (const [ours, theirs] of renames)
        if (theirs in raw.properties) raw.properties[ours] = raw.properties[theirs];
    state.counts.read += 1;
    const checked = checkFeature("incidents", raw, index);
    const feature = checked.feature as Feature<Point, Record<string, unknown>> | null;
    if (!feature) {
      state.counts.rejected += 1;
      const issue = checked.issues.find((candidate) => candidate.level === "error") ?? checked.issues[0];
      if (state.problems.length < 5)
        state.problems.push(
          `${file}, feature #${index}${checked.id ? ` (${checked.id})` : ""}: ${issue?.code ?? "rejected"} in ` +
            `${issue?.property ?? "?"} (found ${issue?.found ?? "—"}); fix it and run \`geodata check\`.`,
        );
      continue;
    }
    const [longitude = 0, latitude = 0] = feature.geometry.coordinates;
    const properties = feature.properties;
    const unitCode = joinOne(lookup, properties, feature.geometry).unitCode;
    if (unitCode === null) state.counts.unjoined += 1;
    state.counts.placed += 1;
    const date = String(properties.date);
    const month = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    const category = String(properties.category);
    state.aggregates.addIncident(unitCode, month, category);
    const world = worldPosition(longitude, latitude);
    state.cells.add(world, month, category);
    state.bounds = extend(state.bounds, longitude, latitude);
    const [px, py] = tileAt(world, PARTITION_ZOOM);
    state.partitions.add(
      px,
      py,
      JSON.stringify([longitude, latitude, String(properties.id), date, month, category, unitCode]),
    );
    if (state.counts.read % 100_000 === 0)
      progress(
        `  incidents: ${state.counts.read.toLocaleString("en")} read ` +
          `(${((performance.now() - started) / 1000).toFixed(0)} s, ${memoryMb()} MB)`,
      );
  }
}

type Indexes = (readonly [string, GeoJSONVT])[];

function tileIndexes(layers: readonly [string, FeatureCollection][], maxZoom: number): Indexes {
  return layers
    .filter(([, collection]) => collection.features.length > 0)
    .map(
      ([name, collection]) =>
        [
          name,
          new GeoJSONVT(collection, {
            maxZoom,
            indexMaxZoom: 0,
            extent: TILE_EXTENT,
            tolerance: 3,
            buffer: 64,
          }),
        ] as const,
    );
}

function tileParts(indexes: Indexes, z: number, x: number, y: number): Record<string, GeoJSONVTTile> {
  const parts: Record<string, GeoJSONVTTile> = {};
  for (const [name, index] of indexes) {
    const tile = index.getTile(z, x, y);
    if (tile && tile.features.length > 0) parts[name] = tile;
  }
  return parts;
}

// A feature goes to every partition its extent touches, widened by a tile buffer at zoom 12 so
// a mark on a partition's edge is drawn whole on both sides.
const EDGE_MARGIN = 64 / TILE_EXTENT / 2 ** POINTS_ZOOM;

function bucketByPartition(collection: FeatureCollection): Map<string, Feature[]> {
  const buckets = new Map<string, Feature[]>();
  const n = 2 ** PARTITION_ZOOM;
  for (const feature of collection.features) {
    const extent = collectionBounds([{ type: "FeatureCollection", features: [feature] }]);
    if (!extent) continue;
    const [west, north] = worldPosition(extent[0], extent[3]);
    const [east, south] = worldPosition(extent[2], extent[1]);
    const clamp = (value: number) => Math.max(0, Math.min(n - 1, Math.floor(value * n)));
    for (let x = clamp(west - EDGE_MARGIN); x <= clamp(east + EDGE_MARGIN); x++)
      for (let y = clamp(north - EDGE_MARGIN); y <= clamp(south + EDGE_MARGIN); y++) {
        const key = `${x}-${y}`;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(feature);
        else buckets.set(key, [feature]);
      }
  }
  return buckets;
}

function encode(parts: Record<string, GeoJSONVTTile>): Uint8Array {
  return gzipSync(fromGeojsonVt(parts, { version: 2, extent: TILE_EXTENT }), { mtime: 0, level: 6 });
}

export async function buildTiles(options: TilesBuildOptions): Promise<TilesBuildSummary> {
  const started = performance.now();
  const { progress } = options;
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  progress(`Reading ${options.geodata}: units, hamlets, sites…`);
  const { dataset, incidentEntries } = await loadStaticLayers(options.geodata);
  const layers: Layers = dataset.layers;
  progress(
    `  ${layers.units.features.length.toLocaleString("en")} units, ` +
      `${layers.hamlets.features.length.toLocaleString("en")} hamlets, ` +
      `${layers.sites.features.length.toLocaleString("en")} sites (${seconds()} s)`,
  );
  const scratch = mkdtempSync(join(tmpdir(), "binhyen-tiles-"));
  try {
    const lookup = buildUnitLookup(layers.units.features);
    const state: StreamState = {
      aggregates: new AggregateBuilder(
        layers.units.features.map((unit) => unit.properties),
        layers.hamlets.features.map((hamlet) => hamlet.properties),
        layers.activities.features.map((activity) => activity.properties),
      ),
      cells: new ClusterCells(),
      partitions: new Partitions(scratch),
      bounds: collectionBounds([layers.units, layers.hamlets, layers.sites]),
      counts: { read: 0, placed: 0, rejected: 0, unjoined: 0 },
      problems: [],
    };
    for (const entry of incidentEntries) {
      const file = join(options.geodata, entry.path);
      progress(`Streaming incidents from ${file}…`);
      await streamIncidents(file, entry.fields ?? {}, lookup, state, progress, started);
    }
    state.partitions.flush();
    progress(
      `  ${state.counts.placed.toLocaleString("en")} incidents placed, ${state.counts.rejected} rejected, ` +
        `${state.counts.unjoined} in no commune; ${state.cells.cellCount.toLocaleString("en")} cluster cells (${seconds()} s)`,
    );
    const bounds = state.bounds;
    if (!bounds)
      throw new Error(`${options.geodata}: nothing to draw (no units, hamlets, sites or incidents).`);

    const labels = unitLabelPoints(layers.units, layers);
    const staticLayers: [string, FeatureCollection][] = [
      ["units", layers.units],
      ["unit-labels", labels],
      ["hamlets", layers.hamlets],
      ["sites", layers.sites],
    ];
    mkdirSync(dirname(options.out) || ".", { recursive: true });
    const archive = new ArchiveFile(join(scratch, "tiles.data"));
    // A zoom's clusters are summed when its tiles are written: the whole zoom in the overview,
    // one partition's in the partitions (all zooms at once did not fit the nation in the heap).
    let clusters = new Map<number, GeoJSONVTFeaturePoint[]>();
    const addTile = (z: number, x: number, y: number, parts: Record<string, GeoJSONVTTile>) => {
      const features = z < POINTS_ZOOM ? clusters.get(x * 2 ** z + y) : undefined;
      if (features) parts.incidents = { features } as GeoJSONVTTile;
      if (Object.keys(parts).length > 0) archive.add(z, x, y, encode(parts));
    };
    // The overview: one index of everything up to the zoom before the partitions'.
    // Province names only in the overview: zoomed in to a province its communes are named.
    const overview = tileIndexes(
      [...staticLayers, ["province-labels", provinceLabelPoints(layers.units, labels)]],
      PARTITION_ZOOM - 1,
    );
    for (let z = 0; z < PARTITION_ZOOM; z++) {
      clusters = state.cells.clustersAt(z);
      const { x0, x1, y0, y1 } = tileRange(bounds, z);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) addTile(z, x, y, tileParts(overview, z, x, y));
    }
    progress(
      `  zooms 0–${PARTITION_ZOOM - 1}: ${archive.tileCount.toLocaleString("en")} tiles (${seconds()} s, ${memoryMb()} MB)`,
    );
    // Then partition by partition (a zoom-9 tile and its children down to zoom 12): an index of
    // only the features there, and only that partition's incidents, in memory at a time.
    const buckets = staticLayers.map(([name, collection]) => [name, bucketByPartition(collection)] as const);
    const cellsByPartition = state.cells.keysByTile(PARTITION_ZOOM);
    const partitionRange = tileRange(bounds, PARTITION_ZOOM);
    const partitionCount =
      (partitionRange.x1 - partitionRange.x0 + 1) * (partitionRange.y1 - partitionRange.y0 + 1);
    let done = 0;
    for (let px = partitionRange.x0; px <= partitionRange.x1; px++)
      for (let py = partitionRange.y0; py <= partitionRange.y1; py++) {
        done += 1;
        const key = `${px}-${py}`;
        const local: [string, FeatureCollection][] = buckets.map(([name, bucket]) => [
          name,
          { type: "FeatureCollection", features: bucket.get(key) ?? [] },
        ]);
        const incidents = state.partitions.read(px, py);
        if (incidents.length === 0 && local.every(([, collection]) => collection.features.length === 0))
          continue;
        const indexes = tileIndexes(local, POINTS_ZOOM);
        const partitionCells = cellsByPartition.get(px * 2 ** PARTITION_ZOOM + py) ?? [];
        for (let z = PARTITION_ZOOM; z < POINTS_ZOOM; z++) {
          clusters = state.cells.clustersAt(z, partitionCells);
          const across = 2 ** (z - PARTITION_ZOOM);
          for (let x = px * across; x < (px + 1) * across; x++)
            for (let y = py * across; y < (py + 1) * across; y++)
              addTile(z, x, y, tileParts(indexes, z, x, y));
        }
        const byTile = new Map<number, TiledIncident[]>();
        for (const incident of incidents) {
          const [x, y] = tileAt(worldPosition(incident.longitude, incident.latitude), POINTS_ZOOM);
          const tileKey = x * 2 ** POINTS_ZOOM + y;
          const list = byTile.get(tileKey);
          if (list) list.push(incident);
          else byTile.set(tileKey, [incident]);
        }
        const across = 2 ** (POINTS_ZOOM - PARTITION_ZOOM);
        for (let x = px * across; x < (px + 1) * across; x++)
          for (let y = py * across; y < (py + 1) * across; y++) {
            const parts = tileParts(indexes, POINTS_ZOOM, x, y);
            const points = byTile.get(x * 2 ** POINTS_ZOOM + y);
            if (points)
              parts.incidents = {
                features: points.map((incident) => incidentPoint(incident, x, y)),
              } as GeoJSONVTTile;
            addTile(POINTS_ZOOM, x, y, parts);
          }
        if (done % 50 === 0)
          progress(
            `  partitions: ${done}/${partitionCount}, ${archive.tileCount.toLocaleString("en")} tiles ` +
              `(${seconds()} s, ${memoryMb()} MB)`,
          );
      }
    progress(
      `  zooms 0–${POINTS_ZOOM}: ${archive.tileCount.toLocaleString("en")} tiles (${seconds()} s, ${memoryMb()} MB)`,
    );
    const paths = tablePaths(options.out);
    const aggregates: TileAggregates = state.aggregates.finish({
      archive: basename(options.out),
      title: dataset.title,
      sample: dataset.sample,
      dataDate: dataset.dataDate,
      source: dataset.source,
      bounds,
      counts: {
        units: layers.units.features.length,
        hamlets: layers.hamlets.features.length,
        sites: layers.sites.features.length,
      },
    });
    const bytes = archive.finish(options.out, {
      tileType: TileType.Mvt,
      tileCompression: Compression.Gzip,
      bounds,
      metadata: {
        name: dataset.title,
        description: "Bình Yên: units, hamlets, sites, incidents (clusters below zoom 12, points from 12)",
        vector_layers: TILE_LAYERS.map((id) => ({ id, minzoom: 0, maxzoom: POINTS_ZOOM, fields: {} })),
        "binhyen:counts": aggregates.counts,
        "binhyen:aggregates": basename(paths.aggregates),
      },
    });
    writeFileSync(paths.aggregates, JSON.stringify(aggregates));
    writeFileSync(paths.communesCsv, communesCsv(aggregates));
    writeFileSync(paths.monthsCsv, state.aggregates.monthsCsv());
    return {
      archive: options.out,
      ...paths,
      tiles: archive.tileCount,
      bytes,
      seconds: (performance.now() - started) / 1000,
      incidents: state.counts,
      clusterCells: state.cells.cellCount,
      peakMemoryMb: memoryMb(),
      problems: state.problems,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
