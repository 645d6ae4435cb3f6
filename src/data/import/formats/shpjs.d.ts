// shpjs ships no types; only the two parsers the engine calls are declared.
declare module "shpjs" {
  import type { Geometry } from "geojson";
  /** Without a projection the coordinates come back as stored in the .shp. */
  export function parseShp(
    shp: ArrayBuffer | Uint8Array | DataView,
    prj?: string | false,
  ): (Geometry | null)[];
  export function parseDbf(dbf: ArrayBuffer | Uint8Array | DataView, cpg?: string): Record<string, unknown>[];
}
