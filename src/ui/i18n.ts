// Every word the interface shows, Vietnamese first. Keys are English phrases so the code reads
// without a dictionary at hand.
import type { IncidentCategory, ModelStatus, SiteType } from "../domain/types";
import type { Language, LayerKey } from "../state/view";

const phrases = {
  appName: { vi: "Bình Yên", en: "Bình Yên" },
  tagline: {
    vi: "Bản đồ phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    en: "Map of the whole-people national security movement",
  },
  sampleBadge: { vi: "Dữ liệu mẫu", en: "Sample data" },
  sampleBadgeTitle: {
    vi: "Dữ liệu tổng hợp để minh họa, không phải số liệu thật; ranh giới gần đúng.",
    en: "Synthetic data for demonstration, not real figures; boundaries are approximate.",
  },
  switchLanguage: { vi: "English", en: "Tiếng Việt" },
  switchLanguageLabel: { vi: "Switch to English", en: "Chuyển sang tiếng Việt" },
  resetView: { vi: "Toàn huyện", en: "Whole district" },
  layers: { vi: "Lớp bản đồ", en: "Layers" },
  basemap: { vi: "Bản đồ nền", en: "Basemap" },
  updateVersion: {
    vi: "Đã có phiên bản mới của ứng dụng. Tải lại trang khi bạn sẵn sàng.",
    en: "A new version of the app is ready. Reload when you are ready.",
  },
  updateData: {
    vi: "Đã có dữ liệu mới trên máy chủ. Tải lại trang khi bạn sẵn sàng.",
    en: "New data is on the server. Reload when you are ready.",
  },
  updateReload: { vi: "Tải lại ngay", en: "Reload now" },
  updateLater: { vi: "Để sau", en: "Later" },
  configProblems: { vi: "Cấu hình (config.json) có lỗi", en: "Problems in the configuration (config.json)" },
  legend: { vi: "Chú giải", en: "Legend" },
  loading: { vi: "Đang tải dữ liệu…", en: "Loading data…" },
  drawingMap: { vi: "Đang vẽ bản đồ…", en: "Drawing the map…" },
  mapFailed: {
    vi: "Trình duyệt này không vẽ được bản đồ (cần WebGL 2). Danh sách xã, thị trấn và các số liệu bên cạnh vẫn dùng được.",
    en: "This browser cannot draw the map (it needs WebGL 2). The list of communes and the figures beside it still work.",
  },
  mapFailedHelp: {
    vi: "Hãy bật “Sử dụng tăng tốc phần cứng” trong cài đặt của trình duyệt rồi tải lại trang, hoặc dùng Chrome, Edge, Firefox bản mới.",
    en: "Turn on “Use hardware acceleration” in the browser's settings and reload the page, or use a recent Chrome, Edge or Firefox.",
  },
  units: { vi: "Xã, thị trấn", en: "Communes" },
  hamlets: { vi: "Bản, tiểu khu", en: "Hamlets" },
  sites: { vi: "Mô hình điểm, Công an xã", en: "Model sites, police posts" },
  incidents: { vi: "Vụ việc ANTT", en: "Incidents" },
  unitList: { vi: "Danh sách xã, thị trấn", en: "Communes and towns" },
  unitColumn: { vi: "Đơn vị", en: "Unit" },
  hamletsColumn: { vi: "Số bản", en: "Hamlets" },
  coveredColumn: { vi: "Có mô hình", en: "With model" },
  total: { vi: "Toàn huyện", en: "District total" },
  noUnits: {
    vi: "Chưa có đơn vị hành chính nào được tải. Xem bảng lỗi dữ liệu.",
    en: "No units were loaded. See the data problems panel.",
  },
  details: { vi: "Thông tin", en: "Details" },
  close: { vi: "Đóng", en: "Close" },
  zoomTo: { vi: "Phóng tới", en: "Zoom to" },
  notFound: {
    vi: "Không tìm thấy đối tượng này trong dữ liệu hiện tại.",
    en: "This feature is not in the current data.",
  },
  dataProblems: { vi: "Lỗi dữ liệu", en: "Data problems" },
  dataProblemsSummary: {
    vi: "{errors} lỗi, {warnings} cảnh báo trong {files} tệp",
    en: "{errors} errors, {warnings} warnings in {files} files",
  },
  fileMissing: { vi: "thiếu tệp", en: "missing" },
  fileUnreadable: { vi: "không đọc được", en: "unreadable" },
  read: { vi: "đọc", en: "read" },
  accepted: { vi: "nhận", en: "accepted" },
  repaired: { vi: "đã sửa", en: "repaired" },
  rejected: { vi: "loại", en: "rejected" },
  feature: { vi: "đối tượng", en: "feature" },
  property: { vi: "thuộc tính", en: "property" },
  expected: { vi: "cần", en: "expected" },
  found: { vi: "gặp", en: "found" },
  unjoined: { vi: "Chưa gắn được với xã", en: "Not joined to a unit" },
  manifestFailed: {
    vi: "Không tải được geodata/manifest.json. Kiểm tra tệp này rồi tải lại trang.",
    en: "Could not load geodata/manifest.json. Check that file, then reload.",
  },
  scale: { vi: "Tỷ lệ", en: "Scale" },
  dataDate: { vi: "Số liệu đến", en: "Data as of" },
  hamletsByModel: { vi: "Bản, tiểu khu theo mô hình", en: "Hamlets by model status" },
  oneIncident: { vi: "Một vụ việc", en: "One incident" },
  clusterOnPaper: { vi: "Nhóm vụ việc (số vụ)", en: "Group of incidents (count)" },
  clusterHint: { vi: "Nhóm vụ việc (bấm để phóng to)", en: "Incident cluster (click to zoom)" },
  yes: { vi: "Có", en: "Yes" },
  no: { vi: "Không", en: "No" },
} as const;

export type Phrase = keyof typeof phrases;

export function translate(language: Language, phrase: Phrase, values?: Record<string, string | number>) {
  let text: string = phrases[phrase][language];
  for (const [name, value] of Object.entries(values ?? {})) text = text.replace(`{${name}}`, String(value));
  return text;
}

export const layerPhrase: Record<LayerKey, Phrase> = {
  units: "units",
  hamlets: "hamlets",
  sites: "sites",
  incidents: "incidents",
};

export const modelStatusNames: Record<ModelStatus, { vi: string; en: string }> = {
  "model-point": { vi: "Bản mô hình điểm", en: "Model point" },
  replicated: { vi: "Đã nhân rộng", en: "Replicated" },
  planned: { vi: "Có kế hoạch nhân rộng", en: "Planned" },
  none: { vi: "Chưa có mô hình", en: "No model yet" },
};

export const siteTypeNames: Record<SiteType, { vi: string; en: string }> = {
  model: { vi: "Mô hình điểm (nơi xây dựng)", en: "Model site" },
  "police-post": { vi: "Công an xã", en: "Commune police post" },
};

export const incidentCategoryNames: Record<IncidentCategory, { vi: string; en: string }> = {
  theft: { vi: "Trộm cắp", en: "Theft" },
  drugs: { vi: "Ma túy", en: "Drugs" },
  dispute: { vi: "Tranh chấp", en: "Dispute" },
  violence: { vi: "Bạo lực, gây thương tích", en: "Violence" },
  fire: { vi: "Cháy", en: "Fire" },
  weapons: { vi: "Vũ khí", en: "Weapons" },
  traffic: { vi: "Giao thông", en: "Traffic" },
  other: { vi: "Khác", en: "Other" },
};

/** Labels for the properties shown in the feature panel, ours first; others show their own name. */
export const propertyNames: Record<string, { vi: string; en: string }> = {
  code: { vi: "Mã", en: "Code" },
  id: { vi: "Mã", en: "ID" },
  name: { vi: "Tên", en: "Name" },
  unitType: { vi: "Loại đơn vị", en: "Unit type" },
  district: { vi: "Huyện", en: "District" },
  province: { vi: "Tỉnh", en: "Province" },
  areaKm2: { vi: "Diện tích (km²)", en: "Area (km²)" },
  approximate: { vi: "Ranh giới gần đúng", en: "Approximate boundary" },
  unitCode: { vi: "Mã xã", en: "Unit code" },
  unitName: { vi: "Xã", en: "Unit" },
  joinedBy: { vi: "Gắn với xã theo", en: "Joined to unit by" },
  population: { vi: "Dân số (người)", en: "Population (people)" },
  households: { vi: "Số hộ", en: "Households" },
  securityTeam: { vi: "Tổ an ninh nhân dân", en: "People's security team" },
  mediationTeam: { vi: "Tổ hòa giải", en: "Mediation team" },
  fireTeam: { vi: "Tổ PCCC", en: "Fire-prevention team" },
  groups: { vi: "Nhóm liên gia tự quản", en: "Self-management groups" },
  modelStatus: { vi: "Mô hình", en: "Model status" },
  modelSince: { vi: "Từ ngày", en: "Since" },
  siteType: { vi: "Loại", en: "Type" },
  hamletCode: { vi: "Mã bản", en: "Hamlet code" },
  since: { vi: "Từ ngày", en: "Since" },
  date: { vi: "Ngày", en: "Date" },
  category: { vi: "Loại vụ việc", en: "Category" },
};
