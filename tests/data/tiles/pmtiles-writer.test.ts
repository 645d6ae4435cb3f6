import { VectorTile } from "@mapbox/vector-tile";
import type { Feature } from "geojson";
import { PbfReader as Pbf } from "pbf";
import { PMTiles, type Source, zxyToTileId } from "pmtiles";
import { describe, expect, it } from "vitest";
import { Compression, TileType, writePmtiles } from "../../../src/data/tiles/pmtiles-writer";
import { vectorArchive, vectorTiles } from "../../../src/data/tiles/vector-tiles";

/** The pmtiles reader over bytes in memory, as a browser would read them over HTTP ranges. */
function reader(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => "memory",
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
  return new PMTiles(source);
}

const square: Feature = {
  type: "Feature",
  properties: { name: "Chiềng Pha", kind: "county" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [103.6, 21.48],
        [103.7, 21.48],
        [103.7, 21.55],
        [103.6, 21.55],
        [103.6, 21.48],
      ],
    ],
  },
};
const river: Feature = {
  type: "Feature",
  properties: { kind: "river", width: 3 },
  geometry: {
    type: "LineString",
    coordinates: [
      [103.4, 21.3],
      [103.9, 21.6],
    ],
  },
};

describe("PMTiles writer", () => {
  it("writes a v3 archive the pmtiles reader reads back: header, metadata, tiles", async () => {
    // given two layers cut into tiles up to zoom 10
    const bytes = vectorArchive({ boundaries: [square], water: [river] }, { maxZoom: 10, name: "test" });
    const archive = reader(bytes);
    // then the header says what was written
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(TileType.Mvt);
    expect(header.tileCompression).toBe(Compression.Gzip);
    expect([header.minZoom, header.maxZoom]).toEqual([0, 10]);
    expect(header.minLon).toBeCloseTo(103.4, 5);
    expect(header.maxLat).toBeCloseTo(21.6, 5);
    expect(header.numAddressedTiles).toBe(
      vectorTiles({ boundaries: [square], water: [river] }, { maxZoom: 10 }).length,
    );
    // and the metadata lists both layers and their fields
    const metadata = (await archive.getMetadata()) as {
      name: string;
      vector_layers: { id: string; fields: object }[];
    };
    expect(metadata.name).toBe("test");
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual(["boundaries", "water"]);
    expect(metadata.vector_layers[0]?.fields).toEqual({ name: "String", kind: "String" });
    // and a tile under the square decodes to the square, its Vietnamese name intact
    const z = 10;
    const x = Math.floor(((103.65 + 180) / 360) * 2 ** z);
    const latRad = (21.515 * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * 2 ** z);
    const tile = await archive.getZxy(z, x, y);
    expect(tile).toBeDefined();
    const decoded = new VectorTile(new Pbf(new Uint8Array(tile?.data ?? new ArrayBuffer(0))));
    const boundaries = decoded.layers.boundaries;
    expect(boundaries?.length).toBe(1);
    const feature = boundaries?.feature(0);
    expect(feature?.properties.name).toBe("Chiềng Pha");
    expect(feature?.type).toBe(3);
    const lonLat = feature?.toGeoJSON(x, y, z).geometry;
    expect(lonLat?.type).toBe("Polygon");
    // and a tile far away is absent
    await expect(archive.getZxy(10, 0, 0)).resolves.toBeUndefined();
  });

  it("stores identical tiles once and runs of them as one entry", async () => {
    const same = new Uint8Array([1, 2, 3, 4]);
    const tiles = [0, 1, 2, 3].map((index) => ({ z: 2, x: index, y: 0, data: same }));
    const ids = tiles.map((tile) => zxyToTileId(tile.z, tile.x, tile.y));
    const bytes = writePmtiles(tiles, { tileType: TileType.Unknown, tileCompression: Compression.None });
    const header = await reader(bytes).getHeader();
    expect(header.numTileContents).toBe(1);
    expect(header.numAddressedTiles).toBe(4);
    expect(header.numTileEntries).toBeLessThan(4);
    expect(ids.length).toBe(4);
    for (const tile of tiles) {
      const read = await reader(bytes).getZxy(tile.z, tile.x, tile.y);
      expect([...new Uint8Array(read?.data ?? new ArrayBuffer(0))]).toEqual([1, 2, 3, 4]);
    }
  });

  it("spills into leaf directories when the root would not fit, and still finds every tile", async () => {
    // given 3,000 distinct tiles and a root directory limited to 100 bytes
    const tiles = Array.from({ length: 3000 }, (_, index) => ({
      z: 6,
      x: index % 64,
      y: Math.floor(index / 64),
      data: new Uint8Array([index % 251, Math.floor(index / 251)]),
    }));
    const bytes = writePmtiles(tiles, {
      tileType: TileType.Unknown,
      tileCompression: Compression.None,
      internalCompression: Compression.None,
      maxRootDirectoryBytes: 100,
    });
    const archive = reader(bytes);
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(100);
    for (const index of [0, 1, 1499, 2999]) {
      const tile = tiles[index];
      if (!tile) throw new Error("no tile");
      const read = await archive.getZxy(tile.z, tile.x, tile.y);
      expect([...new Uint8Array(read?.data ?? new ArrayBuffer(0))]).toEqual([...tile.data]);
    }
  });

  it("refuses an empty archive and a tile given twice", () => {
    const options = { tileType: TileType.Unknown, tileCompression: Compression.None };
    expect(() => writePmtiles([], options)).toThrow(/at least one tile/);
    const tile = { z: 1, x: 0, y: 0, data: new Uint8Array([1]) };
    expect(() => writePmtiles([tile, { ...tile }], options)).toThrow(/1\/0\/0 is given twice/);
  });
});
