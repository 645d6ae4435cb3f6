// The import dialog's words, and the lines of the report a steward downloads.
import type { Entry } from "../entry";

export const IMPORT_TEXTS = {
  "import.dropHere": { vi: "Kéo thả tệp vào đây, hoặc", en: "Drag and drop files here, or" },
  "import.chooseFiles": { vi: "Chọn tệp…", en: "Choose files…" },
  "import.acceptedFormats": {
    vi: "GeoJSON, NDJSON, CSV/TSV có tọa độ, Excel .xlsx, KML/KMZ, Shapefile nén .zip, TopoJSON",
    en: "GeoJSON, NDJSON, CSV/TSV with coordinates, Excel .xlsx, KML/KMZ, zipped Shapefile, TopoJSON",
  },
  "import.analysing": { vi: "Đang đọc tệp…", en: "Reading the file…" },
  "import.kind": { vi: "Loại dữ liệu", en: "Kind of data" },
  "import.crs": { vi: "Hệ tọa độ", en: "Coordinate system" },
  "import.crsAuto": { vi: "Tự nhận biết: {crs}", en: "Detected: {crs}" },
  "import.crsWgs84": { vi: "WGS84 (kinh độ, vĩ độ)", en: "WGS84 (longitude, latitude)" },
  "import.crsProvinces": {
    vi: "VN-2000 theo tỉnh (kinh tuyến trục)",
    en: "VN-2000 by province (central meridian)",
  },
  "import.crsOther": { vi: "Khác: nhập EPSG/proj4/WKT", en: "Other: type EPSG/proj4/WKT" },
  "import.crsOtherLabel": { vi: "Mã EPSG, chuỗi proj4 hoặc WKT", en: "EPSG code, proj4 string or WKT" },
  "import.crsNotUnderstood": { vi: "chưa hiểu hệ tọa độ này", en: "not understood" },
  "import.detected": {
    vi: "Định dạng {format}, mã ký tự {encoding}, {n} cột",
    en: {
      one: "Format {format}, encoding {encoding}, {n} column",
      other: "Format {format}, encoding {encoding}, {n} columns",
    },
  },
  "import.remembered": {
    vi: "Đã dùng lại cách ghép cột lần trước cho tệp có cùng các cột.",
    en: "Reused the last mapping for a file with the same columns.",
  },
  "import.mapping": {
    vi: "Ghép thuộc tính với cột của tệp",
    en: "Match our properties to the file's columns",
  },
  "import.ourProperty": { vi: "Thuộc tính", en: "Property" },
  "import.theirColumn": { vi: "Cột trong tệp", en: "Column in the file" },
  "import.samples": { vi: "Giá trị mẫu", en: "Sample values" },
  "import.notUsed": { vi: "— không dùng —", en: "— not used —" },
  "import.columnFor": { vi: "Cột cho “{property}”", en: "Column for “{property}”" },
  "import.import": { vi: "Nhập", en: "Import" },
  "import.cancel": { vi: "Hủy", en: "Cancel" },
  "import.dismiss": { vi: "Bỏ khỏi danh sách", en: "Dismiss" },
  "import.importing": { vi: "Đang nhập…", en: "Importing…" },
  "import.progressLabel": { vi: "Tiến độ nhập {file}", en: "Import progress of {file}" },
  "import.cancelled": { vi: "Đã hủy; không có gì được lưu.", en: "Cancelled; nothing was saved." },
  "import.failed": { vi: "Không nhập được tệp này: {reason}", en: "Could not import this file: {reason}" },
  "import.report": { vi: "Kết quả nhập", en: "Import report" },
  "import.read": { vi: "Đọc", en: "Read" },
  "import.accepted": { vi: "Nhận", en: "Accepted" },
  "import.repaired": { vi: "Đã sửa", en: "Repaired" },
  "import.rejected": { vi: "Bị loại", en: "Rejected" },
  "import.savedAs": { vi: "Đã lưu thành lớp “{name}”.", en: "Saved as layer “{name}”." },
  "import.nothingAccepted": {
    vi: "Không có đối tượng nào được nhận nên không lưu lớp nào.",
    en: "No feature was accepted, so no layer was saved.",
  },
  "import.messages": { vi: "Thông báo ({n})", en: "Messages ({n})" },
  "import.moreMessages": {
    vi: "… và {n} thông báo khác (xem báo cáo tải về)",
    en: {
      one: "… and {n} more (see the downloaded report)",
      other: "… and {n} more (see the downloaded report)",
    },
  },
  "import.downloadReportJson": { vi: "Tải báo cáo (JSON)", en: "Download report (JSON)" },
  "import.downloadReportText": { vi: "Tải báo cáo (.txt)", en: "Download report (.txt)" },
  "import.downloadRejected": {
    vi: "Tải đối tượng bị loại (GeoJSON)",
    en: "Download rejected features (GeoJSON)",
  },
  "import.importedLayers": { vi: "Lớp dữ liệu đã nhập", en: "Imported layers" },
  "import.noLayers": { vi: "Chưa có lớp dữ liệu nào được nhập", en: "No layer has been imported yet" },
  "import.loadingLayers": { vi: "Đang đọc các lớp đã lưu…", en: "Reading the stored layers…" },
  "import.importedOn": { vi: "nhập lúc {time}", en: "imported {time}" },
  "import.rename": { vi: "Đổi tên", en: "Rename" },
  "import.layerName": { vi: "Tên lớp", en: "Layer name" },
  "import.save": { vi: "Lưu", en: "Save" },
  "import.replace": { vi: "Nhập lại từ tệp khác", en: "Replace from another file" },
  "import.replaceOf": { vi: "Nhập lại từ tệp khác: {name}", en: "Replace from another file: {name}" },
  "import.replacing": { vi: "Nhập lại vào lớp “{name}”", en: "Re-importing into layer “{name}”" },
  "import.exportGeoJson": { vi: "Xuất GeoJSON", en: "Export GeoJSON" },
  "import.exportCsv": { vi: "Xuất CSV", en: "Export CSV" },
  "import.remove": { vi: "Xóa", en: "Remove" },
  "import.removed": { vi: "Đã xóa lớp “{name}”.", en: "Removed layer “{name}”." },
  "import.undo": { vi: "Hoàn tác", en: "Undo" },
  "import.useInstead": {
    vi: "Dùng dữ liệu của tôi thay cho dữ liệu mẫu",
    en: "Use my data instead of the sample",
  },
  "import.useInsteadHint": {
    vi: "Mọi loại dữ liệu mẫu (xã, bản, điểm, vụ việc, hoạt động) đều được bỏ, chỉ còn dữ liệu đã nhập.",
    en: "Every kind of sample data (units, hamlets, sites, incidents, activities) is left out; only imported data shows.",
  },

  // The file's source: sheet, header row, province, administrative period.
  "import.sheet": { vi: "Trang tính", en: "Sheet" },
  "import.sheetOption": { vi: "{name} ({n} dòng có dữ liệu)", en: "{name} ({n} rows with data)" },
  "import.sheetHidden": { vi: "{name} (ẩn, {n} dòng)", en: "{name} (hidden, {n} rows)" },
  "import.headerRow": { vi: "Dòng tên cột", en: "Header row" },
  "import.headerRowHint": {
    vi: "Đã đọc tên cột ở dòng {row}; các dòng trên được coi là tiêu đề. Nếu sai, hãy nhập số dòng đúng.",
    en: "The column names were read from row {row}; the rows above were taken for a title. If that is wrong, give the right row.",
  },
  "import.reread": { vi: "Đọc lại", en: "Read again" },
  "import.province": { vi: "Tỉnh", en: "Province" },
  "import.provinceAuto": { vi: "Tự nhận biết: {province}", en: "Detected: {province}" },
  "import.provinceNone": { vi: "không rõ", en: "unknown" },
  "import.period": { vi: "Thời kỳ hành chính", en: "Administrative period" },
  "import.periodAuto": { vi: "Tự nhận biết: {period}", en: "Detected: {period}" },

  // Units the gazetteer did not find for sure: the user accepts one of the close names.
  "import.units.heading": { vi: "Đơn vị cần xác nhận", en: "Units to confirm" },
  "import.units.intro": {
    vi: "{n} đơn vị không tìm thấy chắc chắn trong danh mục. Chọn đơn vị đúng, hoặc giữ là đơn vị chưa biết (mã tạm, không trùng mã chính thức).",
    en: "{n} units were not found for sure in the gazetteer. Choose the right unit, or keep it as unknown (a provisional code that cannot clash with an official one).",
  },
  "import.units.suggested": { vi: "gần giống", en: "close names" },
  "import.units.unknown": { vi: "không tìm thấy", en: "not found" },
  "import.units.ambiguous": {
    vi: "nhiều đơn vị gần như nhau: hãy chọn",
    en: "several units are about as close: choose one",
  },
  "import.units.candidate": {
    vi: "{name} · mã {code} · {type}{district} · khác {distance} ký tự",
    en: "{name} · code {code} · {type}{district} · {distance} letters apart",
  },
  "import.units.keepUnknown": {
    vi: "Giữ là đơn vị chưa biết (mã tạm {code})",
    en: "Keep as an unknown unit (provisional code {code})",
  },
  "import.units.chosen": {
    vi: "{n} đơn vị đã được xác nhận theo lựa chọn của bạn.",
    en: "{n} units placed as you chose.",
  },
  "import.units.apply": { vi: "Áp dụng lựa chọn và nhập lại", en: "Apply the choices and import again" },
  "import.units.inFile": { vi: "Trong tệp: {name}", en: "In the file: {name}" },
  "import.editMapping": { vi: "Sửa ghép cột", en: "Edit mapping" },
  "import.reimportHint": {
    vi: "Nhập lại sẽ thay lớp “{name}” đã lưu; không cần chọn lại tệp.",
    en: "Importing again replaces the saved layer “{name}”; no need to choose the file again.",
  },

  // Rows already there.
  "import.duplicates.heading": { vi: "Dữ liệu đã có", en: "Rows already there" },
  "import.duplicates.intro": {
    vi: "{n} trong {total} đối tượng của tệp đã có trong các lớp đã nhập (cùng mã){identical}.",
    en: "{n} of the file's {total} features are already in the imported layers (same code){identical}.",
  },
  "import.duplicates.identical": { vi: ", {n} giống hệt", en: ", {n} identical" },
  "import.duplicates.examples": { vi: "Ví dụ: {list}", en: "For example: {list}" },
  "import.duplicates.replace": { vi: "Thay thế bản cũ", en: "Replace the old ones" },
  "import.duplicates.skip": { vi: "Bỏ qua các đối tượng đã có", en: "Skip those already there" },
  "import.duplicates.keep-both": {
    vi: "Giữ cả hai (đổi mã bản mới)",
    en: "Keep both (new codes for the new ones)",
  },
  "import.duplicates.done": {
    vi: "Đã thêm {added}, thay thế {replaced}, bỏ qua {skipped}, đổi mã {renamed}.",
    en: "Added {added}, replaced {replaced}, skipped {skipped}, renamed {renamed}.",
  },

  "kind.units": { vi: "Xã/thị trấn", en: "Communes and towns" },
  "kind.hamlets": { vi: "Bản/tiểu khu", en: "Hamlets" },
  "kind.sites": { vi: "Địa điểm mô hình/Công an xã", en: "Model sites and police posts" },
  "kind.incidents": { vi: "Vụ việc", en: "Incidents" },
  "kind.activities": { vi: "Hoạt động", en: "Activities" },

  "phase.reading": { vi: "Đọc tệp", en: "Reading" },
  "phase.parsing": { vi: "Phân tích", en: "Parsing" },
  "phase.reprojecting": { vi: "Chuyển hệ tọa độ", en: "Reprojecting" },
  "phase.checking": { vi: "Kiểm tra", en: "Checking" },
  "phase.done": { vi: "Xong", en: "Done" },

  // The engine counts repairs under English names (keys of the JSON report).
  "repair.rings rewound": { vi: "vòng ranh giới đảo chiều", en: "rings rewound" },
  "repair.rings closed": { vi: "vòng ranh giới được khép kín", en: "rings closed" },
  "repair.duplicate vertices dropped": { vi: "đỉnh trùng được bỏ", en: "duplicate vertices dropped" },
  "repair.leading zeros restored": { vi: "mã được thêm số 0 đầu", en: "leading zeros restored" },
  "repair.numbers reformatted": { vi: "số được chuẩn hóa", en: "numbers reformatted" },
  "repair.dates reformatted": { vi: "ngày được chuẩn hóa", en: "dates reformatted" },
  "repair.defaults filled in": { vi: "giá trị mặc định được điền", en: "defaults filled in" },
  "repair.reprojected": { vi: "tọa độ được chuyển sang WGS84", en: "reprojected" },
  "repair.coordinates swapped": { vi: "vĩ độ/kinh độ được đổi chỗ", en: "coordinates swapped" },
  "repair.areas to points": { vi: "vùng được đổi thành điểm", en: "areas to points" },
  "repair.text converted": { vi: "chữ mã cũ được chuyển sang Unicode", en: "text converted" },
  "repair.codes generated": { vi: "mã bản được tạo", en: "codes generated" },
  "repair.units found in the gazetteer": {
    vi: "đơn vị tìm thấy trong danh mục (mã, tên chính thức)",
    en: "units found in the gazetteer",
  },

  // The downloadable text report.
  "report.title": { vi: "Báo cáo nhập dữ liệu: {file}", en: "Import report: {file}" },
  "report.kind": { vi: "Loại dữ liệu: {kind}", en: "Kind: {kind}" },
  "report.detection": {
    vi: "Định dạng: {format}; mã ký tự: {encoding}; hệ tọa độ: {crs}",
    en: "Format: {format}; encoding: {encoding}; CRS: {crs}",
  },
  "report.counts": {
    vi: "Đọc: {read}; nhận: {accepted}; bị loại: {rejected}",
    en: "Read: {read}; accepted: {accepted}; rejected: {rejected}",
  },
  "report.repaired": { vi: "Đã sửa: {list}", en: "Repaired: {list}" },
  "report.feature": { vi: "đối tượng #{index}", en: "feature #{index}" },
  "report.property": { vi: "thuộc tính {property}", en: "property {property}" },
  "report.expected": { vi: "cần: {expected}", en: "expected: {expected}" },
  "report.found": { vi: "gặp: {found}", en: "found: {found}" },
  "report.level.error": { vi: "LỖI", en: "ERROR" },
  "report.level.warning": { vi: "CẢNH BÁO", en: "WARNING" },
  "report.level.info": { vi: "THÔNG TIN", en: "INFO" },
} as const satisfies Record<string, Entry>;
