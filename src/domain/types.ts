// The shared vocabulary of Bình Yên: what a file of each kind holds once it has been read,
// checked and normalised. Pure types; no React, no MapLibre, no DOM.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";

// Brands keep values that look alike from mixing: a commune code and a hamlet code are both
// strings. (Kilometres and metres get brands of their own once distances are computed.)
type Brand<T, Name extends string> = T & { readonly __brand: Name };

/** Statistics-office code of a commune-level unit: 5 digits, leading zeros kept ("03730"). */
export type UnitCode = Brand<string, "UnitCode">;
/** Identifier of a hamlet, unique in a dataset (the sample uses "<unit code>-<nn>"). */
export type HamletCode = Brand<string, "HamletCode">;
/** An ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = Brand<string, "IsoDate">;

export const KINDS = ["units", "hamlets", "sites", "incidents", "activities"] as const;
export type Kind = (typeof KINDS)[number];

export const UNIT_TYPES = ["commune", "town", "ward"] as const;
/** xã, thị trấn, phường. */
export type UnitType = (typeof UNIT_TYPES)[number];

export const ADMIN_PERIODS = ["before-2025-07-01", "from-2025-07-01"] as const;
/**
 * Which administrative map a layer follows: the units before the reform of 1 July 2025 (districts;
 * 200 commune-level units in Sơn La) or the merged communes since (no districts; 75 in Sơn La).
 * A code alone does not tell: 03724 was Xã Phổng Lái and is now Xã Bình Thuận.
 */
export type AdminPeriod = (typeof ADMIN_PERIODS)[number];

export interface UnitProperties {
  /** 5 digits; or "x-…" for a unit the gazetteer does not know (see gazetteer/generated-code.ts). */
  code: UnitCode;
  name: string;
  unitType: UnitType;
  district: string | null;
  province: string | null;
  areaKm2: number | null;
  /** True when the boundary is generated or otherwise not official. */
  approximate: boolean;
  /**
   * Set by the loader and the import (gazetteer match, manifest entry or user choice); null when
   * nothing tells. Optional so that hand-built layers (tests, benchmarks) need not name it.
   */
  adminPeriod?: AdminPeriod | null;
  /** The file's own spelling, when the gazetteer's official name replaced it ("ThônMòn"). */
  nameInFile?: string;
  /** A commune built from older units (the roll-up): their codes. */
  mergedFrom?: UnitCode[];
}

export const MODEL_STATUSES = ["model-point", "replicated", "planned", "none"] as const;
/** mô hình điểm, nhân rộng, kế hoạch, chưa có. "Covered" means model-point or replicated. */
export type ModelStatus = (typeof MODEL_STATUSES)[number];

/** crosswalk: a record of the other period placed through the gazetteer's old → new table. */
export type JoinMethod = "code" | "name" | "location" | "crosswalk";

export interface HamletProperties {
  code: HamletCode;
  name: string;
  /** Filled by the join; null when the hamlet could not be joined to any unit. */
  unitCode: UnitCode | null;
  /** How unitCode was found; null when not joined. */
  joinedBy: JoinMethod | null;
  population: number;
  households: number;
  /** tổ an ninh nhân dân. */
  securityTeam: boolean;
  /** tổ hòa giải. */
  mediationTeam: boolean;
  /** tổ phòng cháy chữa cháy. */
  fireTeam: boolean;
  /** nhóm liên gia tự quản: count of self-management groups. */
  groups: number;
  modelStatus: ModelStatus;
  /** Adoption date (model point or replicated) or planned date; null for "none". */
  modelSince: IsoDate | null;
  /** The administrative map the record follows (see AdminPeriod); filled in by the loader. */
  adminPeriod?: AdminPeriod | null;
}

export const SITE_TYPES = ["model", "police-post"] as const;
export type SiteType = (typeof SITE_TYPES)[number];

export interface SiteProperties {
  code: string;
  name: string;
  siteType: SiteType;
  unitCode: UnitCode | null;
  joinedBy: JoinMethod | null;
  /** The hamlet a model site stands in (model point), when known. */
  hamletCode: HamletCode | null;
  since: IsoDate | null;
  /** The administrative map the record follows (see AdminPeriod); filled in by the loader. */
  adminPeriod?: AdminPeriod | null;
}

export const INCIDENT_CATEGORIES = [
  "theft",
  "drugs",
  "dispute",
  "violence",
  "fire",
  "weapons",
  "traffic",
  "other",
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export interface IncidentProperties {
  id: string;
  date: IsoDate;
  category: IncidentCategory;
  unitCode: UnitCode | null;
  joinedBy: JoinMethod | null;
  /** The administrative map the record follows (see AdminPeriod); filled in by the loader. */
  adminPeriod?: AdminPeriod | null;
}

/** Yearly counts per commune-level unit. Never persons: counts only. */
export interface ActivityProperties {
  unitCode: UnitCode | null;
  joinedBy: JoinMethod | null;
  year: number;
  /** tuyên truyền, giáo dục pháp luật: sessions held and attendances. */
  outreachSessions: number;
  outreachAttendances: number;
  /** cam kết đảm bảo ANTT, PCCC: businesses and households that signed. */
  commitments: number;
  /** thu hồi súng tự chế. */
  gunsRecovered: number;
  /** tái hòa nhập cộng đồng: people supported. */
  reintegrationSupported: number;
  /** The administrative map the record follows (see AdminPeriod); filled in by the loader. */
  adminPeriod?: AdminPeriod | null;
}

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;
export type HamletFeature = Feature<Point, HamletProperties>;

export interface Layers {
  units: FeatureCollection<Polygon | MultiPolygon, UnitProperties>;
  hamlets: FeatureCollection<Point, HamletProperties>;
  sites: FeatureCollection<Point, SiteProperties>;
  incidents: FeatureCollection<Point, IncidentProperties>;
  activities: FeatureCollection<null, ActivityProperties>;
}

// ---------------------------------------------------------------------------------------------
// Reports: every problem names the file, the feature, the property, what was expected and found.

export type Level = "error" | "warning" | "info";

export interface Message {
  level: Level;
  /** Stable machine-readable code, e.g. "missing-property", "bad-number", "file-missing". */
  code: string;
  file: string;
  /** Index of the feature in the file's `features` array; null for file-level messages. */
  featureIndex: number | null;
  featureId: string | null;
  property: string | null;
  expected: string | null;
  found: string | null;
  /** What the user should do, in plain words. Vietnamese and English. */
  text: { vi: string; en: string };
}

export interface FileReport {
  file: string;
  kind: Kind;
  /** "missing": not found; "unreadable": not JSON / not a FeatureCollection; the rest by messages. */
  status: "ok" | "warnings" | "errors" | "missing" | "unreadable";
  read: number;
  accepted: number;
  repaired: number;
  rejected: number;
  messages: Message[];
}

export interface Report {
  files: FileReport[];
  /** Hamlets, sites, incidents and activities that could not be joined to a unit. */
  join: Message[];
  /** Problems with manifest.json itself (absent when the report covers loose files). */
  manifest?: Message[];
}
