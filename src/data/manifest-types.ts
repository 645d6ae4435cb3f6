import type { AdminPeriod, Kind } from "../domain/types";

/**
 * `geodata/manifest.json`: which file holds which kind, and how its property names map to ours.
 * `fields` maps our property name to the file's own (`{"code": "MA_XA"}`); absent keys mean the
 * file already uses our name.
 */
export interface ManifestEntry {
  path: string;
  kind: Kind;
  fields?: Record<string, string>;
  /** The administrative map the file follows, when it differs from the manifest's or is known. */
  adminPeriod?: AdminPeriod;
  /** The province the file covers, when it differs from the manifest's. */
  province?: string;
}

export interface Manifest {
  title: string;
  /** True for the generated sample: the app shows a "Dữ liệu mẫu / sample data" badge. */
  sample: boolean;
  /** The date the data describes, ISO "YYYY-MM-DD". */
  dataDate: string | null;
  source: string;
  /** The province the data covers ("Tỉnh Sơn La"), to find its units in the gazetteer. */
  province?: string;
  /** The administrative map of every file that does not say otherwise. */
  adminPeriod?: AdminPeriod;
  files: ManifestEntry[];
  /**
   * A vector-tile archive of the same data written by `geodata tiles` (relative to the manifest,
   * its tables beside it): the app draws it instead of reading the files when there are none or
   * they hold more features than the browser reads quickly (see data/tiles/tiled-dataset.ts).
   */
  tiles?: string;
}
