// Every word the briefing shows, Vietnamese first, English second.
import type { Language } from "../../state/view";

const phrases = {
  addSlide: { vi: "Thêm trang từ khung nhìn này", en: "Add current view as slide" },
  addSlideShort: { vi: "+ Trang", en: "+ Slide" },
  present: { vi: "Trình chiếu", en: "Present" },
  presentHint: { vi: "Trình chiếu (phím P)", en: "Present (P key)" },
  slides: { vi: "Trang trình chiếu", en: "Briefing slides" },
  deckTitle: { vi: "Tên bộ trang", en: "Deck title" },
  slideOf: { vi: "Trang {n}/{total}", en: "Slide {n} of {total}" },
  untitled: { vi: "Trang chưa đặt tên", en: "Untitled slide" },
  newSlideTitle: { vi: "Trang {n}", en: "Slide {n}" },
  show: { vi: "Xem", en: "Show" },
  showSlide: { vi: "Xem trang {n}: {title}", en: "Show slide {n}: {title}" },
  moveUp: { vi: "Chuyển lên", en: "Move up" },
  moveDown: { vi: "Chuyển xuống", en: "Move down" },
  rename: { vi: "Tiêu đề", en: "Title" },
  notes: { vi: "Ghi chú cho người trình bày", en: "Presenter notes" },
  duplicate: { vi: "Nhân bản", en: "Duplicate" },
  delete: { vi: "Xóa", en: "Delete" },
  update: { vi: "Lấy khung nhìn hiện tại", en: "Use current view" },
  undo: { vi: "Hoàn tác", en: "Undo" },
  deleted: { vi: "Đã xóa “{title}”.", en: "Deleted “{title}”." },
  emptyDeck: {
    vi: "Chưa có trang nào. Bấm “Thêm trang” để lưu khung nhìn hiện tại thành một trang.",
    en: "No slides yet. Use “Add slide” to save the current view as a slide.",
  },
  exportDeck: { vi: "Xuất tệp .json", en: "Export .json" },
  importDeck: { vi: "Nhập tệp .json", en: "Import .json" },
  imported: { vi: "Đã nhập {count} trang.", en: "Imported {count} slides." },
  importFailed: { vi: "Không nhập được tệp “{file}”:", en: "Could not import “{file}”:" },
  exportPng: { vi: "Xuất ảnh PNG", en: "Export PNG" },
  exportPdf: { vi: "Xuất PDF (A4 ngang)", en: "Export PDF (A4 landscape)" },
  makeBriefingFile: {
    vi: "Tệp trình chiếu (.html, mở không cần mạng)",
    en: "Briefing file (.html, opens offline)",
  },
  makingBriefingFile: { vi: "Đang đóng gói tệp trình chiếu…", en: "Packing the briefing file…" },
  briefingFileReady: {
    vi: "Tệp trình chiếu {name}: {size}. Mở bằng Chrome, Edge hoặc Firefox, không cần mạng hay máy chủ.",
    en: "Briefing file {name}: {size}. Opens in Chrome, Edge or Firefox with no network or server.",
  },
  downloadBriefingFile: { vi: "Tải về ({size})", en: "Download ({size})" },
  imageSize: { vi: "Cỡ ảnh", en: "Image size" },
  exporting: { vi: "Đang xuất trang {n}/{total}…", en: "Exporting slide {n} of {total}…" },
  exportDone: { vi: "Đã xuất {count} tệp.", en: "Exported {count} files." },
  exportFailed: { vi: "Xuất không thành công: {reason}", en: "Export failed: {reason}" },
  print: { vi: "In khung nhìn", en: "Print view" },
  storageFull: {
    vi: "Bộ nhớ trình duyệt đã đầy: bộ trang chưa được lưu. Hãy xuất tệp .json để giữ lại.",
    en: "The browser's storage is full: the deck was not saved. Export a .json file to keep it.",
  },
  storageUnavailable: {
    vi: "Trình duyệt không cho lưu dữ liệu: bộ trang sẽ mất khi đóng trang. Hãy xuất tệp .json.",
    en: "The browser does not allow storage: the deck is lost when the page closes. Export a .json file.",
  },
  storageUnreadable: {
    vi: "Bộ trang đã lưu không đọc được; đang dùng bộ trang mẫu.",
    en: "The saved deck could not be read; the sample deck is shown instead.",
  },
  previous: { vi: "Trang trước", en: "Previous slide" },
  next: { vi: "Trang sau", en: "Next slide" },
  exit: { vi: "Thoát trình chiếu (Esc)", en: "Leave presentation (Esc)" },
  switchTheme: { vi: "Đổi nền sáng/tối (T)", en: "Light/dark background (T)" },
  blanked: { vi: "Màn hình tạm tắt. Bấm B để hiện lại.", en: "Screen blanked. Press B to show it again." },
  keysHint: {
    vi: "← → trang · B tắt màn hình · F toàn màn hình · Esc thoát",
    en: "← → slides · B blank · F full screen · Esc leave",
  },
  source: { vi: "Nguồn", en: "Source" },
  dataAsOf: { vi: "Số liệu đến", en: "Data as of" },
  period: { vi: "Thời gian", en: "Period" },
  allDates: { vi: "mọi thời điểm", en: "all dates" },
  from: { vi: "từ", en: "from" },
  to: { vi: "đến", en: "to" },
  hamletsWithModel: { vi: "bản có mô hình", en: "hamlets with the model" },
  inDistrict: { vi: "toàn huyện", en: "whole district" },
  legend: { vi: "Chú giải", en: "Legend" },
  north: { vi: "B", en: "N" },
  northLabel: { vi: "Hướng Bắc", en: "North" },
  presentation: { vi: "Trình chiếu", en: "Presentation" },
  sampleBadgeTitle: {
    vi: "Dữ liệu tổng hợp để minh họa, không phải số liệu thật; ranh giới gần đúng.",
    en: "Synthetic data for demonstration, not real figures; boundaries are approximate.",
  },
} as const;

export type BriefingPhrase = keyof typeof phrases;

export function briefingText(
  language: Language,
  phrase: BriefingPhrase,
  values?: Record<string, string | number>,
): string {
  let text: string = phrases[phrase][language];
  for (const [name, value] of Object.entries(values ?? {}))
    text = text.replaceAll(`{${name}}`, String(value));
  return text;
}
