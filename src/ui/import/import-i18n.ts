// Every word of the import panel, Vietnamese first. Kept apart from the shared i18n.ts so the
// import feature can change without touching the rest of the interface.
import type { ImportProgress } from "../../data/import/import-types";
import type { Kind } from "../../domain/types";
import type { Language } from "../../state/view";
import { useView } from "../app-context";

const phrases = {
  importData: { vi: "Nhập dữ liệu", en: "Import data" },
  importDataTitle: { vi: "Nhập dữ liệu từ tệp", en: "Import data from files" },
  close: { vi: "Đóng", en: "Close" },
  dropHere: {
    vi: "Kéo thả tệp vào đây, hoặc",
    en: "Drag and drop files here, or",
  },
  dropAnywhere: { vi: "Thả tệp để nhập dữ liệu", en: "Drop the files to import them" },
  chooseFiles: { vi: "Chọn tệp…", en: "Choose files…" },
  acceptedFormats: {
    vi: "GeoJSON, NDJSON, CSV/TSV có tọa độ, Excel .xlsx, KML/KMZ, Shapefile nén .zip, TopoJSON",
    en: "GeoJSON, NDJSON, CSV/TSV with coordinates, Excel .xlsx, KML/KMZ, zipped Shapefile, TopoJSON",
  },
  analysing: { vi: "Đang đọc tệp…", en: "Reading the file…" },
  kind: { vi: "Loại dữ liệu", en: "Kind of data" },
  crs: { vi: "Hệ tọa độ", en: "Coordinate system" },
  crsAuto: { vi: "Tự nhận biết: {crs}", en: "Detected: {crs}" },
  crsWgs84: { vi: "WGS84 (kinh độ, vĩ độ)", en: "WGS84 (longitude, latitude)" },
  crsProvinces: { vi: "VN-2000 theo tỉnh (kinh tuyến trục)", en: "VN-2000 by province (central meridian)" },
  crsOther: { vi: "Khác: nhập EPSG/proj4/WKT", en: "Other: type EPSG/proj4/WKT" },
  crsOtherLabel: { vi: "Mã EPSG, chuỗi proj4 hoặc WKT", en: "EPSG code, proj4 string or WKT" },
  detected: {
    vi: "Định dạng {format}, mã ký tự {encoding}, {columns} cột",
    en: "Format {format}, encoding {encoding}, {columns} columns",
  },
  remembered: {
    vi: "Đã dùng lại cách ghép cột lần trước cho tệp có cùng các cột.",
    en: "Reused the last mapping for a file with the same columns.",
  },
  mapping: { vi: "Ghép thuộc tính với cột của tệp", en: "Match our properties to the file's columns" },
  ourProperty: { vi: "Thuộc tính", en: "Property" },
  theirColumn: { vi: "Cột trong tệp", en: "Column in the file" },
  samples: { vi: "Giá trị mẫu", en: "Sample values" },
  notUsed: { vi: "— không dùng —", en: "— not used —" },
  columnFor: { vi: "Cột cho “{property}”", en: "Column for “{property}”" },
  import: { vi: "Nhập", en: "Import" },
  cancel: { vi: "Hủy", en: "Cancel" },
  dismiss: { vi: "Bỏ khỏi danh sách", en: "Dismiss" },
  importing: { vi: "Đang nhập…", en: "Importing…" },
  progressLabel: { vi: "Tiến độ nhập {file}", en: "Import progress of {file}" },
  cancelled: { vi: "Đã hủy; không có gì được lưu.", en: "Cancelled; nothing was saved." },
  failed: { vi: "Không nhập được tệp này: {reason}", en: "Could not import this file: {reason}" },
  report: { vi: "Kết quả nhập", en: "Import report" },
  read: { vi: "Đọc", en: "Read" },
  accepted: { vi: "Nhận", en: "Accepted" },
  repaired: { vi: "Đã sửa", en: "Repaired" },
  rejected: { vi: "Bị loại", en: "Rejected" },
  savedAs: { vi: "Đã lưu thành lớp “{name}”.", en: "Saved as layer “{name}”." },
  nothingAccepted: {
    vi: "Không có đối tượng nào được nhận nên không lưu lớp nào.",
    en: "No feature was accepted, so no layer was saved.",
  },
  messages: { vi: "Thông báo ({count})", en: "Messages ({count})" },
  moreMessages: {
    vi: "… và {count} thông báo khác (xem báo cáo tải về)",
    en: "… and {count} more (see the downloaded report)",
  },
  feature: { vi: "đối tượng", en: "feature" },
  property: { vi: "thuộc tính", en: "property" },
  expected: { vi: "cần", en: "expected" },
  found: { vi: "gặp", en: "found" },
  downloadReportJson: { vi: "Tải báo cáo (JSON)", en: "Download report (JSON)" },
  downloadReportText: { vi: "Tải báo cáo (.txt)", en: "Download report (.txt)" },
  downloadRejected: { vi: "Tải đối tượng bị loại (GeoJSON)", en: "Download rejected features (GeoJSON)" },
  importedLayers: { vi: "Lớp dữ liệu đã nhập", en: "Imported layers" },
  noLayers: { vi: "Chưa có lớp dữ liệu nào được nhập", en: "No layer has been imported yet" },
  loadingLayers: { vi: "Đang đọc các lớp đã lưu…", en: "Reading the stored layers…" },
  features: { vi: "{count} đối tượng", en: "{count} features" },
  importedOn: { vi: "nhập lúc {time}", en: "imported {time}" },
  rename: { vi: "Đổi tên", en: "Rename" },
  layerName: { vi: "Tên lớp", en: "Layer name" },
  save: { vi: "Lưu", en: "Save" },
  replace: { vi: "Nhập lại từ tệp khác", en: "Replace from another file" },
  replacing: { vi: "Nhập lại vào lớp “{name}”", en: "Re-importing into layer “{name}”" },
  exportGeoJson: { vi: "Xuất GeoJSON", en: "Export GeoJSON" },
  exportCsv: { vi: "Xuất CSV", en: "Export CSV" },
  remove: { vi: "Xóa", en: "Remove" },
  removed: { vi: "Đã xóa lớp “{name}”.", en: "Removed layer “{name}”." },
  undo: { vi: "Hoàn tác", en: "Undo" },
  useInstead: {
    vi: "Dùng dữ liệu nhập thay cho dữ liệu mẫu (với các loại đã nhập)",
    en: "Use imported data instead of the sample (for the kinds imported)",
  },
} as const;

export type ImportPhrase = keyof typeof phrases;

export const KIND_NAMES: Record<Kind, { vi: string; en: string }> = {
  units: { vi: "Xã/thị trấn", en: "Communes and towns" },
  hamlets: { vi: "Bản/tiểu khu", en: "Hamlets" },
  sites: { vi: "Mô hình điểm/Công an xã", en: "Model sites and police posts" },
  incidents: { vi: "Vụ việc", en: "Incidents" },
  activities: { vi: "Hoạt động", en: "Activities" },
};

export const PHASE_NAMES: Record<ImportProgress["phase"], { vi: string; en: string }> = {
  reading: { vi: "Đọc tệp", en: "Reading" },
  parsing: { vi: "Phân tích", en: "Parsing" },
  reprojecting: { vi: "Chuyển hệ tọa độ", en: "Reprojecting" },
  checking: { vi: "Kiểm tra", en: "Checking" },
  done: { vi: "Xong", en: "Done" },
};

export function importText(
  language: Language,
  phrase: ImportPhrase,
  values?: Record<string, string | number>,
): string {
  let text: string = phrases[phrase][language];
  for (const [name, value] of Object.entries(values ?? {})) text = text.replace(`{${name}}`, String(value));
  return text;
}

export function useImportText() {
  const language = useView((store) => store.language);
  const t = (phrase: ImportPhrase, values?: Record<string, string | number>) =>
    importText(language, phrase, values);
  return { t, language };
}

/**
 * The engine counts repairs under English names (they are keys in the JSON report); the
 * screen names them in the reader's language. An unknown name is shown as it is.
 */
const REPAIR_LABELS: Record<string, { vi: string; en: string }> = {
  "rings rewound": { vi: "vòng ranh giới đảo chiều", en: "rings rewound" },
  "rings closed": { vi: "vòng ranh giới được khép kín", en: "rings closed" },
  "duplicate vertices dropped": { vi: "đỉnh trùng được bỏ", en: "duplicate vertices dropped" },
  "leading zeros restored": { vi: "mã được thêm số 0 đầu", en: "leading zeros restored" },
  "numbers reformatted": { vi: "số được chuẩn hóa", en: "numbers reformatted" },
  "dates reformatted": { vi: "ngày được chuẩn hóa", en: "dates reformatted" },
  "defaults filled in": { vi: "giá trị mặc định được điền", en: "defaults filled in" },
  reprojected: { vi: "tọa độ được chuyển sang WGS84", en: "reprojected" },
  "coordinates swapped": { vi: "vĩ độ/kinh độ được đổi chỗ", en: "coordinates swapped" },
  "areas to points": { vi: "vùng được đổi thành điểm", en: "areas to points" },
  "text converted": { vi: "chữ mã cũ được chuyển sang Unicode", en: "text converted" },
  "codes generated": { vi: "mã bản được tạo", en: "codes generated" },
};

export function repairLabel(name: string, language: "vi" | "en"): string {
  return REPAIR_LABELS[name]?.[language] ?? name;
}
