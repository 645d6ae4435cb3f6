// The app's frame, the map view and what is common to every view, Vietnamese first.
import type { Entry } from "../entry";

export const APP_TEXTS = {
  "app.name": { vi: "Bình Yên", en: "Bình Yên" },
  "app.tagline": {
    vi: "Bản đồ phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    en: "Map of the whole-people national security movement",
  },
  "app.sampleBadge": { vi: "Dữ liệu mẫu", en: "Sample data" },
  "app.sampleBadgeTitle": {
    vi: "Dữ liệu tổng hợp để minh họa, không phải số liệu thật; ranh giới gần đúng.",
    en: "Synthetic data for demonstration, not real figures; boundaries are approximate.",
  },
  "app.switchLanguage": { vi: "English", en: "Tiếng Việt" },
  "app.switchLanguageShort": { vi: "EN", en: "VI" },
  "app.switchLanguageLabel": { vi: "Switch to English", en: "Chuyển sang tiếng Việt" },
  "app.views": { vi: "Chế độ xem", en: "Views" },
  "app.layers": { vi: "Lớp bản đồ", en: "Layers" },
  "app.basemap": { vi: "Bản đồ nền", en: "Basemap" },
  "app.updateVersion": {
    vi: "Đã có phiên bản mới của ứng dụng. Tải lại trang khi bạn sẵn sàng.",
    en: "A new version of the app is ready. Reload when you are ready.",
  },
  "app.updateData": {
    vi: "Đã có dữ liệu mới trên máy chủ. Tải lại trang khi bạn sẵn sàng.",
    en: "New data is on the server. Reload when you are ready.",
  },
  "app.updateReload": { vi: "Tải lại ngay", en: "Reload now" },
  "app.updateLater": { vi: "Để sau", en: "Later" },
  "app.configProblems": {
    vi: "Cấu hình (config.json) có lỗi",
    en: "Problems in the configuration (config.json)",
  },
  "app.legend": { vi: "Chú giải", en: "Legend" },
  "app.loading": { vi: "Đang tải dữ liệu…", en: "Loading data…" },
  // A view whose code loads on its first opening.
  "app.openingView": { vi: "Đang mở…", en: "Opening…" },
  "app.dataDate": { vi: "Số liệu đến", en: "Data as of" },
  "app.close": { vi: "Đóng", en: "Close" },
  "app.yes": { vi: "Có", en: "Yes" },
  // The administrative map the units and figures are shown on.
  "period.heading": { vi: "Bản đồ hành chính", en: "Administrative map" },
  "period.old": { vi: "Đơn vị cũ", en: "Old units" },
  "period.today": { vi: "Xã hiện nay", en: "Today's communes" },
  "period.given": { vi: "Đơn vị theo dữ liệu: {period}", en: "Units as given: {period}" },
  "period.unknown": { vi: "chưa rõ thời kỳ", en: "period unknown" },
  "period.rolledUp": {
    vi: "Các xã hiện nay được ghép từ các đơn vị cũ: ranh giới gần đúng.",
    en: "Today's communes are built from the old units: approximate boundaries.",
  },
  "period.onlyToday": {
    vi: "Dữ liệu đã theo các xã hiện nay; không có ranh giới cũ để tách.",
    en: "The data already follows today's communes; there are no old boundaries to split them by.",
  },
  "app.no": { vi: "Không", en: "No" },
  "app.none": { vi: "—", en: "—" },

  "mode.map": { vi: "Bản đồ", en: "Map" },
  "mode.coverage": { vi: "Phủ mô hình", en: "Coverage" },
  "mode.planner": { vi: "Nhân rộng", en: "Expansion" },

  "search.label": { vi: "Tìm xã, bản", en: "Find a commune or hamlet" },
  "search.placeholder": { vi: "Tìm xã, bản…  ( / )", en: "Find a place…  ( / )" },
  "search.hint": {
    vi: "Gõ tên, có dấu hoặc không. Mũi tên để chọn, Enter để đến, Esc để đóng.",
    en: "Type a name, with or without diacritics. Arrows to choose, Enter to go, Esc to close.",
  },
  "search.results": { vi: "{n} kết quả", en: { one: "{n} result", other: "{n} results" } },
  "search.none": { vi: "Không tìm thấy “{query}”.", en: "Nothing found for “{query}”." },
  "search.hamlet": { vi: "Bản", en: "Hamlet" },
  "search.clear": { vi: "Xóa ô tìm", en: "Clear the search" },
  "map.label": { vi: "Bản đồ", en: "Map" },
  "map.drawing": { vi: "Đang vẽ bản đồ…", en: "Drawing the map…" },
  "map.failed": {
    vi: "Trình duyệt này không vẽ được bản đồ (cần WebGL 2). Danh sách xã, thị trấn và các số liệu bên cạnh vẫn dùng được.",
    en: "This browser cannot draw the map (it needs WebGL 2). The list of communes and the figures beside it still work.",
  },
  "map.failedHelp": {
    vi: "Hãy bật “Sử dụng tăng tốc phần cứng” trong cài đặt của trình duyệt rồi tải lại trang, hoặc dùng Chrome, Edge, Firefox bản mới.",
    en: "Turn on “Use hardware acceleration” in the browser's settings and reload the page, or use a recent Chrome, Edge or Firefox.",
  },
  // MapLibre's own controls, handed to it as its `locale`.
  "map.zoomIn": { vi: "Phóng to", en: "Zoom in" },
  "map.zoomOut": { vi: "Thu nhỏ", en: "Zoom out" },
  "map.resetBearing": {
    vi: "Kéo để xoay bản đồ, bấm để quay về hướng Bắc",
    en: "Drag to rotate map, click to reset north",
  },
  "map.fullscreenEnter": { vi: "Toàn màn hình", en: "Enter fullscreen" },
  "map.fullscreenExit": { vi: "Thoát toàn màn hình", en: "Exit fullscreen" },
  "map.popupClose": { vi: "Đóng", en: "Close popup" },
  "map.marker": { vi: "Điểm đánh dấu", en: "Map marker" },
  "map.cooperativeWindows": {
    vi: "Giữ Ctrl và cuộn để phóng bản đồ",
    en: "Use Ctrl + scroll to zoom the map",
  },
  "map.cooperativeMac": { vi: "Giữ ⌘ và cuộn để phóng bản đồ", en: "Use ⌘ + scroll to zoom the map" },
  "map.cooperativeMobile": {
    vi: "Dùng hai ngón tay để di chuyển bản đồ",
    en: "Use two fingers to move the map",
  },

  "layer.units": { vi: "Xã, thị trấn", en: "Communes" },
  "layer.hamlets": { vi: "Bản, tiểu khu", en: "Hamlets" },
  "layer.sites": { vi: "Địa điểm mô hình, Công an xã", en: "Model sites, police posts" },
  "layer.incidents": { vi: "Vụ việc ANTT", en: "Incidents" },

  "legend.hamletsByModel": { vi: "Bản, tiểu khu theo mô hình", en: "Hamlets by model status" },
  "legend.oneIncident": { vi: "Một vụ việc", en: "One incident" },
  "legend.policePostZoom": { vi: "Công an xã (khi phóng to)", en: "Commune police post (zoomed in)" },
  "legend.heatmap": { vi: "Mật độ vụ việc (thưa → dày)", en: "Incident density (low → high)" },
  "legend.clusterOnPaper": { vi: "Nhóm vụ việc (số vụ)", en: "Group of incidents (count)" },
  "legend.clusterHint": { vi: "Nhóm vụ việc (bấm để phóng to)", en: "Incident cluster (click to zoom)" },

  "units.list": { vi: "Danh sách xã, thị trấn", en: "Communes and towns" },
  "units.unit": { vi: "Đơn vị", en: "Unit" },
  "units.hamlets": { vi: "Số bản", en: "Hamlets" },
  "units.covered": { vi: "Có mô hình", en: "With model" },
  "units.none": {
    vi: "Chưa có đơn vị hành chính nào được tải. Xem bảng lỗi dữ liệu.",
    en: "No units were loaded. See the data problems panel.",
  },
} as const satisfies Record<string, Entry>;
