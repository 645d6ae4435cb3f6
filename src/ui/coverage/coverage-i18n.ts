// The coverage view's words, Vietnamese first.
import type { Language } from "../../state/view";

const phrases = {
  coverageView: { vi: "Phủ mô hình", en: "Coverage" },
  mapView: { vi: "Bản đồ", en: "Map" },
  window: { vi: "Thời gian", en: "Time window" },
  from: { vi: "Từ ngày", en: "From" },
  to: { vi: "Đến ngày", en: "To" },
  allTime: { vi: "Toàn bộ", en: "All dates" },
  monthLength: { vi: "Độ dài", en: "Length" },
  oneMonth: { vi: "1 tháng", en: "1 month" },
  twelveMonths: { vi: "12 tháng", en: "12 months" },
  sinceStart: { vi: "Từ đầu", en: "Since start" },
  play: { vi: "Chạy theo tháng", en: "Play month by month" },
  pause: { vi: "Dừng", en: "Pause" },
  monthSlider: { vi: "Tháng cuối của khoảng thời gian", en: "Last month of the window" },
  radius: { vi: "Bán kính ảnh hưởng (km)", en: "Reach radius (km)" },
  incidentStyle: { vi: "Kiểu hiển thị vụ việc", en: "Incident style" },
  clusters: { vi: "Nhóm", en: "Clusters" },
  points: { vi: "Điểm", en: "Points" },
  heatmap: { vi: "Mật độ", en: "Heatmap" },
  categories: { vi: "Loại vụ việc", en: "Incident categories" },
  classesTitle: { vi: "Tỷ lệ bản có mô hình", en: "Share of hamlets covered" },
  noHamlets: { vi: "Không có bản", en: "No hamlets" },
  reachLegend: { vi: "Phạm vi {r} km quanh mô hình điểm", en: "{r} km reach of model sites" },
  hamletsCovered: { vi: "Bản có mô hình", en: "Hamlets covered" },
  teams: { vi: "Tổ ANND · hòa giải · PCCC", en: "Security · mediation · fire teams" },
  teamsDetail: { vi: "trên {hamlets} bản", en: "for {hamlets} hamlets" },
  securityTeams: { vi: "Tổ an ninh nhân dân", en: "People's security teams" },
  mediationTeams: { vi: "Tổ hòa giải", en: "Mediation teams" },
  fireTeams: { vi: "Tổ PCCC", en: "Fire-prevention teams" },
  groups: { vi: "Nhóm liên gia tự quản", en: "Self-management groups" },
  groupsPer100: { vi: "{n} nhóm/100 hộ", en: "{n} per 100 households" },
  populationWithin: { vi: "Dân số trong {r} km quanh mô hình", en: "Population within {r} km of a model" },
  incidents: { vi: "Vụ việc ANTT", en: "Incidents" },
  incidentRate: { vi: "{n} vụ/1.000 dân/năm", en: "{n} per 1,000 people a year" },
  outreach: { vi: "Buổi tuyên truyền", en: "Outreach sessions" },
  attendances: { vi: "{n} lượt người nghe", en: "{n} attendances" },
  commitments: { vi: "Cam kết ANTT, PCCC", en: "Signed commitments" },
  guns: { vi: "Súng tự chế thu hồi", en: "Home-made guns recovered" },
  reintegration: { vi: "Hỗ trợ tái hòa nhập", en: "Reintegration support" },
  people: { vi: "người", en: "people" },
  areaDistrict: { vi: "Toàn huyện", en: "Whole district" },
  computing: { vi: "Đang tính…", en: "Computing…" },
  uncovered: { vi: "Bản chưa có mô hình ({n})", en: "Hamlets not yet covered ({n})" },
  allCovered: { vi: "Tất cả các bản đã có mô hình.", en: "Every hamlet is covered." },
  trend: { vi: "Vụ việc theo tháng", en: "Incidents per month" },
  zoomHere: { vi: "Phóng tới xã này", en: "Zoom to this unit" },
  showTable: { vi: "Bảng số liệu các xã", en: "Table of all units" },
  hideTable: { vi: "Đóng bảng", en: "Close table" },
  exportCsv: { vi: "Tải CSV", en: "Download CSV" },
  beforeAfterTitle: { vi: "Trước và sau khi có mô hình", en: "Before and after the model" },
  beforeAfterText: {
    vi: "{n} bản có mô hình: trung bình {before} vụ/bản/tháng trong 12 tháng trước, {after} trong 12 tháng sau ({change}). Cùng các tháng đó, bản chưa có mô hình: {cbefore} → {cafter} ({cchange}).",
    en: "{n} hamlets with the model: on average {before} incidents per hamlet per month in the 12 months before, {after} in the 12 months after ({change}). Same months, hamlets without it yet: {cbefore} → {cafter} ({cchange}).",
  },
  beforeAfterCaveat: {
    vi: "Đây là mối tương quan, không chứng minh mô hình là nguyên nhân.",
    en: "This is an association, not proof that the model caused it.",
  },
  beforeAfterNone: {
    vi: "Chưa đủ số liệu 12 tháng trước và sau cho bản nào.",
    en: "No hamlet has 12 months of data on both sides of its adoption.",
  },
  outside: {
    vi: "{n} vụ việc nằm ngoài mọi xã (được đếm riêng, không bỏ qua).",
    en: "{n} incidents lie outside every unit (counted apart, not dropped).",
  },
  coverageError: {
    vi: "Không tính được số liệu phủ mô hình: {reason}",
    en: "Could not compute the coverage figures: {reason}",
  },
} as const;

export type CoveragePhrase = keyof typeof phrases;

export function coverageText(
  language: Language,
  phrase: CoveragePhrase,
  values: Record<string, string | number> = {},
): string {
  let text: string = phrases[phrase][language];
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

export function formatNumber(value: number, language: Language, digits = 0): string {
  return value.toLocaleString(language === "vi" ? "vi-VN" : "en-GB", {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

export function formatPercent(part: number, whole: number, language: Language): string {
  if (whole === 0) return "—";
  return `${formatNumber((part / whole) * 100, language, 0)}%`;
}
