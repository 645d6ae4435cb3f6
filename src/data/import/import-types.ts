// The contract between the import engine (formats, coordinates, encodings, mapping) and its
// users: the browser (worker, storage, UI) and the command line. Pure types.
import type { FeatureCollection } from "geojson";
import type { Gazetteer } from "../../domain/gazetteer/gazetteer-types";
import type { AdminPeriod, Kind, Message } from "../../domain/types";

export const IMPORT_FORMATS = [
  "geojson",
  "ndjson",
  "csv",
  "kml",
  "kmz",
  "shapefile-zip",
  "topojson",
  "xlsx",
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportRequest {
  /** The file's own name, used in every message and to detect the format. */
  fileName: string;
  bytes: Uint8Array;
  /** The kind the user chose; null lets the engine propose one. */
  kind: Kind | null;
  /** A CRS the user chose: EPSG code ("EPSG:9210"), proj4 string, WKT, or "VN2000:<meridian>". */
  crs: string | null;
  /** Our property name → the file's column, confirmed or edited by the user; missing keys are proposed. */
  fields: Record<string, string> | null;
  /** Workbooks: the sheet to read, by name (or its number from 1); absent or null: the first with data. */
  sheet?: string | null;
  /** Tables: the line (CSV) or row (sheet) holding the column names, from 1; absent or null: found. */
  headerRow?: number | null;
  /** Official units to find codeless units in, by name (public/gazetteer/); none: names are not looked up. */
  gazetteer?: Gazetteer | null;
  /** The province the file covers, when it has no province column ("Tỉnh Sơn La", "Sơn La"). */
  province?: string | null;
  /** The administrative map the file follows, when the user knows; otherwise found from the names. */
  adminPeriod?: AdminPeriod | null;
  /**
   * The user's answers to doubtful units: the file's own spelling (as in UnitMatchReport.nameInFile)
   * → the unit's code. A second run with them applies them.
   */
  unitChoices?: Record<string, string> | null;
  /**
   * The review step's preview: check and hand back only the first `sample` features (the format,
   * encoding, CRS and columns are still found from the whole file), so that the page never holds
   * a large file's features twice.
   */
  sample?: number;
  /**
   * The engine may drop `bytes` (leave an empty array in its place) once the file is read, so that
   * a large file's bytes are not held through the whole import. The worker sets it: the bytes
   * were transferred to it and nothing else needs them.
   */
  releaseBytes?: boolean;
}

/** One sheet of a workbook, for the user to choose from. */
export interface ImportSheet {
  name: string;
  /** Rows holding at least one value. */
  rows: number;
  hidden: boolean;
}

export interface ImportProgress {
  phase: "reading" | "parsing" | "reprojecting" | "checking" | "done";
  /** 0..1 */
  fraction: number;
}

/** What the engine found out about the file, to show the user and to remember. */
export interface ImportDetection {
  format: ImportFormat;
  /** "UTF-8", "UTF-8 with BOM", "windows-1258", "TCVN3 (converted)", "VNI (converted)", … */
  encoding: string;
  /** The source CRS as understood ("EPSG:4326", "VN-2000 / TM-3 104°00'"…). */
  crs: string;
  kind: Kind;
  /** Whether the kind was chosen by the user or proposed by the engine. */
  kindProposed: boolean;
  /** Our property name → the file's column, as applied. */
  fields: Record<string, string>;
  /** The file's columns (property names seen), in order of first appearance. */
  columns: string[];
  /** Workbooks: every sheet, and the name of the one read. */
  sheets?: ImportSheet[];
  sheet?: string | null;
  /** Tables: the line (CSV) or row (sheet) the column names were read from. */
  headerRow?: number | null;
  /** The administrative map the layer follows, as decided (given, found from its names, or assumed). */
  adminPeriod?: AdminPeriod | null;
  /** The gazetteer province its units were looked up in, or null. */
  province?: string | null;
}

/** A close unit offered for a doubtful name, closest first. */
export interface UnitCandidateReport {
  code: string;
  name: string;
  district: string | null;
  /** Edit distance between the folded names; 0 when several units have that very name. */
  distance: number;
}

/** How one unit of a units layer was identified, for the import review. */
export interface UnitMatchReport {
  /** Index of the feature in the file. */
  featureIndex: number;
  /** The name as the file writes it ("ThônMòn"); the key of ImportRequest.unitChoices. */
  nameInFile: string;
  /**
   * exact: found by name or alias; code: the file's own code, kept; chosen: the user's choice;
   * suggested: not found, close names offered (never taken); unknown: nothing close.
   */
  status: "exact" | "code" | "chosen" | "suggested" | "unknown";
  /** The code given: official, the file's own, or generated ("x-…") while in doubt or unknown. */
  code: string;
  name: string;
  candidates: UnitCandidateReport[];
  /** The best candidates are too close to tell apart: offer them without a preselection. */
  ambiguous: boolean;
}

export interface ImportCounts {
  read: number;
  accepted: number;
  rejected: number;
  /** Features changed to be usable, by what was done: "rings rewound", "reprojected", … */
  repaired: Record<string, number>;
}

export interface ImportResult {
  detection: ImportDetection;
  counts: ImportCounts;
  messages: Message[];
  /** Accepted features, normalised to our schema, original properties kept alongside. */
  collection: FeatureCollection;
  /** Rejected features as they were read (after parsing), so they can be fixed and imported again. */
  rejected: FeatureCollection;
  /** For each accepted feature, its index in the file (rejected ones leave gaps). Optional so that
   * results built elsewhere (tests, stored imports) stay valid; absent means 0, 1, 2, … */
  featureIndices?: number[];
  /** Units layers: how each unit was identified (exact, suggested, unknown…), in file order. */
  unitMatches?: UnitMatchReport[];
}
