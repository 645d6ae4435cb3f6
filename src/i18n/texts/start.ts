// The words the first screen shows (header, map, layer panel) from the areas whose other words
// load with their views (i18n/more-texts.ts): the map's north arrow, the header's import and
// present buttons, the sample deck's titles and the planner's before/after swipe on the map.
import type { Entry } from "../entry";

export const START_TEXTS = {
  "planner.after": { vi: "Sau", en: "After" },
  "planner.before": { vi: "Trước", en: "Before" },
  "planner.pickTitle": {
    vi: "Chọn {n} bản để nhân rộng",
    en: { one: "Pick {n} hamlet", other: "Pick {n} hamlets" },
  },
  "planner.swipeHint": {
    vi: "Kéo, hoặc dùng phím mũi tên, Home, End; Esc để thoát",
    en: "Drag, or use the arrow keys, Home, End; Esc to leave",
  },
  "planner.swipeLabel": { vi: "Kéo để so sánh trước và sau", en: "Drag to compare before and after" },
  "planner.swipeValue": { vi: "Trước {before}%, sau {after}%", en: "Before {before}%, after {after}%" },
  "briefing.addSlide": { vi: "Thêm trang từ khung nhìn này", en: "Add current view as slide" },
  "briefing.addSlideShort": { vi: "+ Trang", en: "+ Slide" },
  "briefing.blanked": {
    vi: "Màn hình tạm tắt. Bấm B để hiện lại.",
    en: "Screen blanked. Press B to show it again.",
  },
  "briefing.newSlideTitle": { vi: "Trang {n}", en: "Slide {n}" },
  "briefing.north": { vi: "B", en: "N" },
  "briefing.northLabel": { vi: "Hướng Bắc", en: "North" },
  "briefing.present": { vi: "Trình chiếu", en: "Present" },
  "briefing.presentHint": { vi: "Trình chiếu (phím P)", en: "Present (P key)" },
  "deck.title": {
    vi: "Phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    en: "The whole people protect national security movement",
  },
  "import.button": { vi: "Nhập dữ liệu", en: "Import data" },
  "import.dropAnywhere": { vi: "Thả tệp để nhập dữ liệu", en: "Drop the files to import them" },
  "import.title": { vi: "Nhập dữ liệu từ tệp", en: "Import data from files" },
  "import.unexpected": { vi: "Lỗi không mong đợi: {detail}", en: "Unexpected error: {detail}" },
} as const satisfies Record<string, Entry>;
