// The data's own values in words (statuses, types, categories, property names), the units every
// figure carries, the name of the whole area, and dates. Keys built from a value, such as
// `modelStatus.${status}`, stay checked: every value of the type must have its entry.
import type { Entry } from "../entry";

export const WORD_TEXTS = {
  "modelStatus.model-point": { vi: "Bản mô hình điểm", en: "Model point" },
  "modelStatus.replicated": { vi: "Đã nhân rộng", en: "Replicated" },
  "modelStatus.planned": { vi: "Có kế hoạch nhân rộng", en: "Planned" },
  "modelStatus.none": { vi: "Chưa có mô hình", en: "No model yet" },

  "siteType.model": { vi: "Địa điểm mô hình", en: "Model site" },
  "siteType.police-post": { vi: "Công an xã", en: "Commune police post" },

  "unitType.commune": { vi: "Xã", en: "Commune" },
  "unitType.town": { vi: "Thị trấn", en: "Town" },
  "unitType.ward": { vi: "Phường", en: "Ward" },

  "joinedBy.code": { vi: "mã xã", en: "unit code" },
  "joinedBy.name": { vi: "tên xã", en: "unit name" },
  "joinedBy.location": { vi: "vị trí", en: "location" },
  "joinedBy.crosswalk": { vi: "bảng sáp nhập", en: "reform table" },

  "adminPeriod.before-2025-07-01": { vi: "trước 1/7/2025", en: "before 1 July 2025" },
  "adminPeriod.from-2025-07-01": { vi: "từ 1/7/2025", en: "from 1 July 2025" },

  "category.theft": { vi: "Trộm cắp", en: "Theft" },
  "category.drugs": { vi: "Ma túy", en: "Drugs" },
  "category.dispute": { vi: "Tranh chấp", en: "Dispute" },
  "category.violence": { vi: "Bạo lực, gây thương tích", en: "Violence" },
  "category.fire": { vi: "Cháy", en: "Fire" },
  "category.weapons": { vi: "Vũ khí", en: "Weapons" },
  "category.traffic": { vi: "Giao thông", en: "Traffic" },
  "category.other": { vi: "Khác", en: "Other" },

  // A figure always says what it counts. {n} is the number, already written out.
  "unit.people": { vi: "{n} người", en: { one: "{n} person", other: "{n} people" } },
  "unit.households": { vi: "{n} hộ", en: { one: "{n} household", other: "{n} households" } },
  "unit.hamlets": { vi: "{n} bản", en: { one: "{n} hamlet", other: "{n} hamlets" } },
  "unit.communes": { vi: "{n} xã", en: { one: "{n} commune", other: "{n} communes" } },
  "unit.incidents": { vi: "{n} vụ", en: { one: "{n} incident", other: "{n} incidents" } },
  "unit.groups": { vi: "{n} nhóm", en: { one: "{n} group", other: "{n} groups" } },
  "unit.teams": { vi: "{n} tổ", en: { one: "{n} team", other: "{n} teams" } },
  "unit.sessions": { vi: "{n} buổi", en: { one: "{n} session", other: "{n} sessions" } },
  "unit.attendances": { vi: "{n} lượt người nghe", en: { one: "{n} attendance", other: "{n} attendances" } },
  "unit.guns": { vi: "{n} khẩu", en: { one: "{n} gun", other: "{n} guns" } },
  "unit.commitments": { vi: "{n} cơ sở, hộ", en: { one: "{n} signatory", other: "{n} signatories" } },
  "unit.features": { vi: "{n} đối tượng", en: { one: "{n} feature", other: "{n} features" } },
  "unit.slides": { vi: "{n} trang", en: { one: "{n} slide", other: "{n} slides" } },
  "unit.files": { vi: "{n} tệp", en: { one: "{n} file", other: "{n} files" } },
  "unit.errors": { vi: "{n} lỗi", en: { one: "{n} error", other: "{n} errors" } },
  "unit.warnings": { vi: "{n} cảnh báo", en: { one: "{n} warning", other: "{n} warnings" } },
  "unit.km": { vi: "{n} km", en: "{n} km" },
  "unit.km2": { vi: "{n} km²", en: "{n} km²" },
  "unit.percent": { vi: "{n}%", en: "{n}%" },

  // The whole area the data covers, named by what it is (since 2025 there are no districts).
  "scope.country.whole": { vi: "Toàn quốc", en: "Whole country" },
  "scope.country.total": { vi: "Toàn quốc", en: "National total" },
  "scope.district.whole": { vi: "Toàn huyện", en: "Whole district" },
  "scope.district.total": { vi: "Toàn huyện", en: "District total" },
  "scope.province.whole": { vi: "Toàn tỉnh", en: "Whole province" },
  "scope.province.total": { vi: "Toàn tỉnh", en: "Province total" },
  "scope.city.whole": { vi: "Toàn thành phố", en: "Whole city" },
  "scope.city.total": { vi: "Toàn thành phố", en: "City total" },
  "scope.commune.whole": { vi: "Toàn xã", en: "Whole commune" },
  "scope.commune.total": { vi: "Toàn xã", en: "Commune total" },
  "scope.area.whole": { vi: "Toàn vùng", en: "Whole area" },
  "scope.area.total": { vi: "Toàn vùng", en: "Area total" },

  // {month} is a number in Vietnamese ("Th1 2019") and a name in English ("Jan 2019").
  "date.monthShort": { vi: "Th{month} {year}", en: "{month} {year}" },
  "date.monthLong": { vi: "Tháng {month}/{year}", en: "{month} {year}" },
  "date.year": { vi: "Năm {year}", en: "{year}" },
} as const satisfies Record<string, Entry>;
