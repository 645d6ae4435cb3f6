import type { Kind } from "../domain/types";

/**
 * `geodata/manifest.json`: which file holds which kind, and how its property names map to ours.
 * `fields` maps our property name to the file's own (`{"code": "MA_XA"}`); absent keys mean the
 * file already uses our name.
 */
export interface ManifestEntry {
  path: string;
  kind: Kind;
  fields?: Record<string, string>;
}

export interface Manifest {
  title: string;
  /** True for the generated sample: the app shows a "Dữ liệu mẫu / sample data" badge. */
  sample: boolean;
  /** The date the data describes, ISO "YYYY-MM-DD". */
  dataDate: string | null;
  source: string;
  files: ManifestEntry[];
}
