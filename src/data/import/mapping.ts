// Which kind a file holds and which of its columns stand for our properties, proposed from
// geometry and column names (compared folded: case, diacritics, spaces and underscores aside).
// The user confirms or edits both; nothing here is final.
import { foldNameKeepingPrefix } from "../../domain/names";
import { dictionary, ownValue } from "../../domain/records";
import { KIND_RULES } from "../../domain/schema-kinds";
import { coerceUnitCode } from "../../domain/schema-rules";
import type { Kind } from "../../domain/types";

/** Column names, most specific first, for each of our properties. */
const SYNONYMS: Record<string, readonly string[]> = {
  code: ["code", "ma", "ma_dvhc", "ma_don_vi", "madv", "GID_3"],
  name: [
    "name",
    "ten",
    "Ten",
    "TEN_BAN",
    "ten_ban",
    "ten_thon",
    "ten_xa",
    "ten_dvhc",
    "ten_don_vi",
    "NAME_3",
    "VARNAME_3",
    // Hamlet lists typed in Excel: "Tên bản", "Thôn/bản", "Tên bản, tiểu khu".
    "ten_ban_thon",
    "ten_thon_ban",
    "ten_ban_tieu_khu",
    "ten_tieu_khu",
    "ten_to_dan_pho",
    "thon_ban",
    "ban_thon",
    "ban",
    "thon",
  ],
  unitType: ["unit_type", "loai_dvhc", "cap", "cap_dvhc", "TYPE_3", "loai_xa"],
  district: ["district", "huyen", "Ten_Huyen", "ten_huyen", "NAME_2"],
  province: ["province", "tinh", "ten_tinh", "NAME_1"],
  areaKm2: ["area_km2", "areakm2", "dien_tich", "dientich", "dt_km2", "area"],
  unitCode: ["unit_code", "ma_xa", "maxa", "ma_dvhc", "commune_code", "code_xa"],
  unitName: [
    "unit_name",
    "ten_xa",
    "xa",
    "commune",
    "ten_dvhc",
    "xa_phuong",
    "xa_phuong_thi_tran",
    "ten_xa_phuong",
  ],
  population: [
    "population",
    "Dan_So",
    "dan_so",
    "danso",
    "so_dan",
    "nhan_khau",
    "so_nhan_khau",
    "so_khau",
    "tong_so_khau",
    "tong_dan_so",
    "pop",
  ],
  households: ["households", "so_ho", "soho", "ho_gia_dinh", "so_ho_gia_dinh", "tong_so_ho"],
  securityTeam: ["security_team", "to_annd", "to_an_ninh", "annd"],
  mediationTeam: ["mediation_team", "to_hoa_giai", "hoa_giai"],
  fireTeam: ["fire_team", "to_pccc", "pccc"],
  groups: ["groups", "nhom_lgtq", "so_nhom", "lien_gia", "nhom_lien_gia"],
  modelStatus: ["model_status", "mo_hinh", "trang_thai", "status"],
  modelSince: ["model_since", "ngay_mo_hinh", "since", "tu_ngay"],
  siteType: ["site_type", "loai_diem", "loai", "type"],
  hamletCode: ["hamlet_code", "ma_ban", "ma_thon"],
  since: ["since", "tu_ngay", "ngay", "date"],
  id: ["id", "ma_vu", "so_vu", "ma_vu_viec", "stt", "fid"],
  date: ["date", "ngay", "ngay_xay_ra", "thoi_gian", "datetime", "ngay_vu_viec"],
  category: ["category", "loai", "loai_vu", "loai_vu_viec", "linh_vuc", "type"],
  year: ["year", "nam"],
  outreachSessions: ["outreach_sessions", "so_buoi", "buoi_tuyen_truyen", "tuyen_truyen"],
  outreachAttendances: ["outreach_attendances", "luot_nguoi", "so_luot", "luot_tham_du"],
  commitments: ["commitments", "cam_ket", "so_cam_ket"],
  gunsRecovered: ["guns_recovered", "thu_hoi_sung", "sung", "sung_tu_che"],
  reintegrationSupported: ["reintegration_supported", "tai_hoa_nhap", "hoa_nhap"],
};

/** A code means a different thing per kind: a commune's, a hamlet's or a site's own. */
const CODE_SYNONYMS: Partial<Record<Kind, readonly string[]>> = {
  units: ["code", "ma_xa", "maxa", "code_xa", "ma_dvhc", "ma", "GID_3"],
  hamlets: ["code", "ma_ban", "maban", "ma_thon", "hamlet_code", "ma_ban_thon", "ma_thon_ban", "ma"],
  sites: ["code", "ma_diem", "ma_tru_so", "ma"],
};

function synonymsOf(property: string, kind: Kind): readonly string[] {
  return (property === "code" ? CODE_SYNONYMS[kind] : undefined) ?? SYNONYMS[property] ?? [];
}

const JOINED: ReadonlySet<Kind> = new Set(["hamlets", "sites", "incidents", "activities"]);

/** Our property names for a kind, with unitName for the kinds joined to a unit by name. */
export function ourProperties(kind: Kind): string[] {
  const names = Object.keys(KIND_RULES[kind].properties);
  return JOINED.has(kind) ? [...names, "unitName"] : names;
}

/** Candidates whose values cannot be the property are passed over (GADM's GID_3 is no unit code). */
function valuesFit(
  property: string,
  kind: Kind,
  column: string,
  rows: readonly Record<string, unknown>[],
): boolean {
  const wantsUnitCode = property === "unitCode" || (property === "code" && kind === "units");
  if (!wantsUnitCode || rows.length === 0) return true;
  const values = rows
    .map((row) => ownValue(row, column))
    .filter((value) => value !== null && value !== undefined && value !== "");
  if (values.length === 0) return true;
  const fitting = values.filter((value) => coerceUnitCode(value).value !== undefined).length;
  return fitting >= values.length * 0.8;
}

/**
 * Our property name → the file's column, for every property a column was found for. A column
 * already named like ours maps to itself. rows (a sample of properties) lets values veto a name.
 */
export function proposeFields(
  kind: Kind,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[] = [],
): Record<string, string> {
  const byFolded = new Map<string, string>();
  for (const column of columns) {
    const key = foldNameKeepingPrefix(column);
    if (!byFolded.has(key)) byFolded.set(key, column);
  }
  // "Dân số (người)", "Số hộ (hộ)": a unit in brackets does not change what the column is.
  for (const column of columns) {
    const key = foldNameKeepingPrefix(column.replace(/\([^)]*\)|\[[^\]]*\]/gu, ""));
    if (key !== "" && !byFolded.has(key)) byFolded.set(key, column);
  }
  const taken = new Set<string>();
  const result = dictionary<string>();
  const properties = ourProperties(kind);
  for (const property of properties) {
    if (columns.includes(property)) {
      result[property] = property;
      taken.add(property);
    }
  }
  for (const property of properties) {
    if (result[property] !== undefined) continue;
    for (const synonym of [property, ...synonymsOf(property, kind)]) {
      const column = byFolded.get(foldNameKeepingPrefix(synonym));
      if (column === undefined || taken.has(column) || properties.includes(column)) continue;
      if (!valuesFit(property, kind, column, rows)) continue;
      result[property] = column;
      taken.add(column);
      break;
    }
  }
  return result;
}

export interface KindProposal {
  kind: Kind;
  /** Why, in a few English words for the message ("points with a date and a category column"). */
  reason: string;
}

function geometryCounts(features: readonly unknown[]) {
  const counts = { points: 0, areas: 0, none: 0, other: 0 };
  for (const feature of features.slice(0, 2000)) {
    const type = ((feature as { geometry?: { type?: unknown } | null } | null)?.geometry ?? null)?.type;
    if (type === undefined || type === null) counts.none++;
    else if (type === "Point" || type === "MultiPoint") counts.points++;
    else if (type === "Polygon" || type === "MultiPolygon") counts.areas++;
    else counts.other++;
  }
  return counts;
}

/** The kind that fits the geometry and columns best; hamlets when nothing else stands out. */
export function proposeKind(features: readonly unknown[], columns: readonly string[]): KindProposal {
  const has = (property: string) => {
    const names = new Set([property, ...(SYNONYMS[property] ?? [])].map(foldNameKeepingPrefix));
    return columns.some((column) => names.has(foldNameKeepingPrefix(column)));
  };
  const counts = geometryCounts(features);
  // Communes carry population too; households, teams and hamlet names are a hamlet's own.
  const hamletColumns =
    has("households") ||
    has("groups") ||
    has("securityTeam") ||
    has("hamletCode") ||
    columns.some((column) => /^(ten|ma)_?(ban|thon)$/iu.test(column));
  if (counts.none > counts.points + counts.areas) {
    return { kind: "activities", reason: "rows without locations" };
  }
  if (counts.areas > counts.points) {
    return hamletColumns && !has("areaKm2")
      ? { kind: "hamlets", reason: "areas with hamlet columns (households, teams, hamlet names)" }
      : { kind: "units", reason: "areas" };
  }
  if (has("date") && has("category"))
    return { kind: "incidents", reason: "points with a date and a category column" };
  if (has("siteType") && !hamletColumns) return { kind: "sites", reason: "points with a site type column" };
  return { kind: "hamlets", reason: "points" };
}
