// The briefing's words, and the ready-made deck that tells the sample district's story.
import type { Entry } from "../entry";

export const BRIEFING_TEXTS = {
  "briefing.addSlide": { vi: "Thêm trang từ khung nhìn này", en: "Add current view as slide" },
  "briefing.addSlideShort": { vi: "+ Trang", en: "+ Slide" },
  "briefing.present": { vi: "Trình chiếu", en: "Present" },
  "briefing.presentHint": { vi: "Trình chiếu (phím P)", en: "Present (P key)" },
  "briefing.presentKey": { vi: "Trình chiếu (P)", en: "Present (P)" },
  "briefing.slides": { vi: "Trang trình chiếu", en: "Briefing slides" },
  "briefing.deckTitle": { vi: "Tên bộ trang", en: "Deck title" },
  "briefing.slideOf": { vi: "Trang {n}/{total}", en: "Slide {n} of {total}" },
  "briefing.untitled": { vi: "Trang chưa đặt tên", en: "Untitled slide" },
  "briefing.newSlideTitle": { vi: "Trang {n}", en: "Slide {n}" },
  "briefing.showSlide": { vi: "Xem trang {n}: {title}", en: "Show slide {n}: {title}" },
  "briefing.moveUp": { vi: "Chuyển lên: {title}", en: "Move up: {title}" },
  "briefing.moveDown": { vi: "Chuyển xuống: {title}", en: "Move down: {title}" },
  "briefing.rename": { vi: "Tiêu đề", en: "Title" },
  "briefing.notes": { vi: "Ghi chú cho người trình bày", en: "Presenter notes" },
  "briefing.duplicate": { vi: "Nhân bản: {title}", en: "Duplicate: {title}" },
  "briefing.delete": { vi: "Xóa: {title}", en: "Delete: {title}" },
  "briefing.update": { vi: "Lấy khung nhìn hiện tại", en: "Use current view" },
  "briefing.undo": { vi: "Hoàn tác", en: "Undo" },
  "briefing.deleted": { vi: "Đã xóa “{title}”.", en: "Deleted “{title}”." },
  "briefing.emptyDeck": {
    vi: "Chưa có trang nào. Bấm “+ Trang” để lưu khung nhìn hiện tại thành một trang.",
    en: "No slides yet. Use “+ Slide” to save the current view as a slide.",
  },
  "briefing.exportDeck": { vi: "Xuất tệp .json", en: "Export .json" },
  "briefing.importDeck": { vi: "Nhập tệp .json", en: "Import .json" },
  "briefing.imported": { vi: "Đã nhập {slides}.", en: "Imported {slides}." },
  "briefing.importFailed": { vi: "Không nhập được tệp “{file}”:", en: "Could not import “{file}”:" },
  "briefing.exportPng": { vi: "Xuất ảnh PNG", en: "Export PNG" },
  "briefing.exportPdf": { vi: "Xuất PDF (A4 ngang)", en: "Export PDF (A4 landscape)" },
  "briefing.makeBriefingFile": {
    vi: "Tệp trình chiếu (.html, mở không cần mạng)",
    en: "Briefing file (.html, opens offline)",
  },
  "briefing.makingBriefingFile": { vi: "Đang đóng gói tệp trình chiếu…", en: "Packing the briefing file…" },
  "briefing.briefingFileReady": {
    vi: "Tệp trình chiếu {name}: {size}. Mở bằng Chrome, Edge hoặc Firefox, không cần mạng hay máy chủ.",
    en: "Briefing file {name}: {size}. Opens in Chrome, Edge or Firefox with no network or server.",
  },
  "briefing.downloadBriefingFile": { vi: "Tải về ({size})", en: "Download ({size})" },
  "briefing.imageSize": { vi: "Cỡ ảnh", en: "Image size" },
  "briefing.exporting": { vi: "Đang xuất trang {n}/{total}…", en: "Exporting slide {n} of {total}…" },
  "briefing.exportDone": { vi: "Đã xuất {files}.", en: "Exported {files}." },
  "briefing.exportFailed": { vi: "Xuất không thành công: {reason}", en: "Export failed: {reason}" },
  "briefing.print": { vi: "In khung nhìn", en: "Print view" },
  "briefing.storageFull": {
    vi: "Bộ nhớ trình duyệt đã đầy: bộ trang chưa được lưu. Hãy xuất tệp .json để giữ lại.",
    en: "The browser's storage is full: the deck was not saved. Export a .json file to keep it.",
  },
  "briefing.storageUnavailable": {
    vi: "Trình duyệt không cho lưu dữ liệu: bộ trang sẽ mất khi đóng trang. Hãy xuất tệp .json.",
    en: "The browser does not allow storage: the deck is lost when the page closes. Export a .json file.",
  },
  "briefing.storageUnreadable": {
    vi: "Bộ trang đã lưu không đọc được; đang dùng bộ trang mẫu.",
    en: "The saved deck could not be read; the sample deck is shown instead.",
  },
  "briefing.previous": { vi: "Trang trước", en: "Previous slide" },
  "briefing.next": { vi: "Trang sau", en: "Next slide" },
  "briefing.exit": { vi: "Thoát trình chiếu (Esc)", en: "Leave presentation (Esc)" },
  "briefing.switchTheme": { vi: "Đổi nền sáng/tối (T)", en: "Light/dark background (T)" },
  "briefing.blanked": {
    vi: "Màn hình tạm tắt. Bấm B để hiện lại.",
    en: "Screen blanked. Press B to show it again.",
  },
  "briefing.source": { vi: "Nguồn", en: "Source" },
  "briefing.period": { vi: "Thời gian", en: "Period" },
  "briefing.allDates": { vi: "mọi thời điểm", en: "all dates" },
  "briefing.fromDate": { vi: "từ {date}", en: "from {date}" },
  "briefing.toDate": { vi: "đến {date}", en: "to {date}" },
  "briefing.hamletsWithModel": { vi: "bản có mô hình", en: "hamlets with the model" },
  "briefing.north": { vi: "B", en: "N" },
  "briefing.northLabel": { vi: "Hướng Bắc", en: "North" },
  "briefing.presentation": { vi: "Trình chiếu", en: "Presentation" },

  "deck.title": {
    vi: "Phong trào Toàn dân bảo vệ an ninh Tổ quốc, huyện Thuận Châu",
    en: "The national security movement in Thuận Châu district",
  },
  "deck.sample-district.title": {
    vi: "Huyện Thuận Châu: 29 xã, thị trấn, 391 bản",
    en: "Thuận Châu district: 29 communes, 391 hamlets",
  },
  "deck.sample-district.notes": {
    vi: "Toàn huyện khoảng 1.535 km². Mỗi bản có tổ an ninh nhân dân, tổ hòa giải, tổ PCCC.",
    en: "The district covers about 1,535 km². Every hamlet has a security, a mediation and a fire team.",
  },
  "deck.sample-model-point.title": {
    vi: "Mô hình điểm: Bản Heo Trại (Chiềng Pha)",
    en: "The model point: Bản Heo Trại (Chiềng Pha)",
  },
  "deck.sample-model-point.notes": {
    vi: "Bản tự quản, bình yên, không có tội phạm và tệ nạn xã hội; xây dựng từ năm 2019.",
    en: "A self-managed, peaceful hamlet with no crime or social evils; built from 2019.",
  },
  "deck.sample-replication.title": {
    vi: "Nhân rộng ra 12/12 bản xã Chiềng Pha",
    en: "Replicated to 12 of 12 hamlets in Chiềng Pha",
  },
  "deck.sample-replication.notes": {
    vi: "Trong một năm, mô hình được nhân rộng ra toàn bộ 12 bản của xã.",
    en: "Within a year the model spread to all 12 hamlets of the commune.",
  },
  "deck.sample-coverage.title": {
    vi: "Độ phủ mô hình toàn huyện hôm nay",
    en: "Model coverage across the district today",
  },
  "deck.sample-coverage.notes": {
    vi: "Tỷ lệ bản có mô hình theo từng xã; các xã trắng là nơi cần đến tiếp.",
    en: "Share of hamlets with the model in each commune; the gaps are where to go next.",
  },
  "deck.sample-incidents.title": {
    vi: "Vụ việc an ninh trật tự 2019–2022",
    en: "Security incidents 2019–2022",
  },
  "deck.sample-incidents.notes": {
    vi: "Vụ việc tập trung ở đâu, và có giảm nơi mô hình đã được xây dựng không.",
    en: "Where incidents cluster, and whether they fell where the model took hold.",
  },
  "deck.sample-next-sites.title": {
    vi: "Đề xuất bản nhân rộng tiếp theo",
    en: "Proposed next hamlets to replicate in",
  },
  "deck.sample-next-sites.notes": {
    vi: "Các bản màu cam đã có kế hoạch nhân rộng; đội Phong trào đề xuất thứ tự thực hiện.",
    en: "Orange hamlets are planned for replication; the movement team proposes the order.",
  },
} as const satisfies Record<string, Entry>;
