// What the import engine says about a file it read: format, encoding, CRS, repairs. Same shape
// and prefix as messages.ts (file, feature, property, then what happened and what to do).
import type { Level, Message } from "../domain/types";
import { placedMessage, type Texts, type Where } from "./messages";
import { topLevelInVietnamese } from "./sentences/file-sentences";

/** Values a template may quote; all already formatted for display. */
export interface ImportDetails {
  found?: string;
  used?: string;
  count?: number;
  expected?: string;
}

type Template = (details: Required<ImportDetails>) => Texts;

const TEMPLATES = {
  "file-empty": () => ({
    vi: "tệp rỗng (0 byte). Hãy xuất lại tệp.",
    en: "the file is empty (0 bytes). Export it again.",
  }),
  "format-unknown": (d) => ({
    vi: `không nhận ra định dạng (${d.found}). Hãy dùng GeoJSON, CSV, KML/KMZ, Shapefile nén .zip hoặc TopoJSON.`,
    en: `the format was not recognised (${d.found}). Use GeoJSON, CSV, KML/KMZ, a zipped Shapefile or TopoJSON.`,
  }),
  "geojson-not-features": (d) => ({
    vi: `là ${topLevelInVietnamese(d.found)}, không phải FeatureCollection, Feature hay hình học GeoJSON. Hãy xuất lớp dưới dạng GeoJSON.`,
    en: `is ${d.found}, not a GeoJSON FeatureCollection, Feature or geometry. Export the layer as GeoJSON.`,
  }),
  "ndjson-line": (d) => ({
    vi: `dòng ${d.used} không phải JSON hợp lệ (${d.found}); dòng này bị bỏ qua. Hãy sửa dòng đó.`,
    en: `line ${d.used} is not valid JSON (${d.found}); the line was skipped. Fix that line.`,
  }),
  "csv-no-coordinates": (d) => ({
    vi: `không tìm thấy cột tọa độ (vĩ độ/kinh độ, lat/lon, x/y) hay cột WKT trong các cột ${d.found}. Hãy đặt tên cột là “vĩ độ” và “kinh độ” hoặc “lat” và “lon”.`,
    en: `no coordinate columns (lat/lon, vĩ độ/kinh độ, x/y) and no WKT column among ${d.found}. Name the columns “lat” and “lon” (or “vĩ độ” and “kinh độ”).`,
  }),
  "csv-bad-coordinates": (d) => ({
    vi: `tọa độ ${d.found} không đọc được thành số; đối tượng không có vị trí. Hãy sửa giá trị trong bảng.`,
    en: `the coordinates ${d.found} are not numbers; the feature has no location. Correct them in the table.`,
  }),
  "csv-decimal-comma": (d) => ({
    vi: `${d.count} tọa độ dùng dấu phẩy thập phân (ví dụ ${d.found}); đã đọc thành số. Không cần làm gì.`,
    en: `${d.count} coordinates used a decimal comma (e.g. ${d.found}); read as numbers. No action needed.`,
  }),
  "wkt-invalid": (d) => ({
    vi: `hình học WKT ${d.found} không đọc được; đối tượng không có vị trí. Hãy sửa giá trị.`,
    en: `the WKT geometry ${d.found} could not be read; the feature has no location. Correct the value.`,
  }),
  "xml-invalid": (d) => ({
    vi: `không phải KML hợp lệ: ${d.found}. Hãy xuất lại tệp từ Google Earth hoặc phần mềm GIS.`,
    en: `is not valid KML: ${d.found}. Export the file again from Google Earth or your GIS.`,
  }),
  "zip-invalid": (d) => ({
    vi: `không mở được tệp nén: ${d.found}. Hãy nén lại các tệp .shp, .shx, .dbf, .prj (hoặc tệp .kml) thành một tệp .zip.`,
    en: `the archive could not be opened: ${d.found}. Zip the .shp, .shx, .dbf and .prj files (or the .kml) together again.`,
  }),
  "shapefile-invalid": (d) => ({
    vi: `không đọc được Shapefile: ${d.found}. Hãy xuất lại lớp.`,
    en: `the Shapefile could not be read: ${d.found}. Export the layer again.`,
  }),
  "shapefile-no-prj": () => ({
    vi: "tệp nén không có .prj (hệ tọa độ). Nếu tọa độ là mét VN-2000, hãy chọn hệ tọa độ khi nhập.",
    en: "the archive has no .prj (coordinate system). If the coordinates are VN-2000 metres, choose the CRS when importing.",
  }),
  "topojson-invalid": (d) => ({
    vi: `không đọc được TopoJSON: ${d.found}. Hãy xuất lại tệp.`,
    en: `the TopoJSON could not be read: ${d.found}. Export the file again.`,
  }),
  "encoding-legacy": (d) => ({
    vi: `tệp không phải UTF-8; đã đọc theo bảng mã ${d.found}. Nên lưu tệp ở dạng UTF-8.`,
    en: `the file is not UTF-8; it was read as ${d.found}. Save files as UTF-8.`,
  }),
  "text-converted": (d) => ({
    vi: `${d.count} giá trị ở bảng mã cũ ${d.used} đã được chuyển sang Unicode (ví dụ ${d.found}). Hãy kiểm tra lại tên.`,
    en: `${d.count} values in the legacy ${d.used} encoding were converted to Unicode (e.g. ${d.found}). Check the names.`,
  }),
  "crs-unknown": (d) => ({
    vi: `không hiểu hệ tọa độ ${d.found}. Hãy dùng mã EPSG (EPSG:4326, EPSG:9206), chuỗi proj4, WKT hoặc VN2000:<kinh tuyến trục> (ví dụ VN2000:104).`,
    en: `the coordinate system ${d.found} was not understood. Use an EPSG code (EPSG:4326, EPSG:9206), a proj4 string, WKT or VN2000:<central meridian> (e.g. VN2000:104).`,
  }),
  "crs-missing-projected": (d) => ({
    vi: `tọa độ ${d.found} là mét của hệ tọa độ phẳng, nhưng tệp không cho biết hệ tọa độ nào; không đoán thay người dùng, tệp không được nhập. ${d.used ? `Chỉ từ số mét không phân biệt được các múi; các múi phù hợp: ${d.used}. Hãy chọn múi của tỉnh mình (ví dụ --crs ${d.expected}).` : "Hãy chọn hệ tọa độ VN-2000 TM-3 theo kinh tuyến trục của tỉnh (Sơn La: VN2000:104)."}`,
    en: `the coordinates ${d.found} are projected metres, but the file does not say in which system; nothing is guessed, so the file was not imported. ${d.used ? `Metres alone cannot tell the zones apart; zones that fit: ${d.used}. Choose your province's zone (e.g. --crs ${d.expected}).` : "Choose the VN-2000 TM-3 zone of the province (Sơn La: VN2000:104)."}`,
  }),
  "crs-mismatch": (d) => ({
    vi: `hệ tọa độ ${d.used} dùng ${d.expected}, nhưng tọa độ ${d.found} không khớp. Tệp không được nhập; hãy kiểm tra hệ tọa độ đã chọn.`,
    en: `the coordinate system ${d.used} works in ${d.expected}, but the coordinates ${d.found} do not fit. The file was not imported; check the chosen CRS.`,
  }),
  "crs-shift-added": (d) => ({
    vi: `hệ tọa độ ${d.found} là VN-2000 nhưng thiếu tham số chuyển sang WGS 84; đã dùng 7 tham số chính thức của VN-2000.`,
    en: `the coordinate system ${d.found} is VN-2000 but lacks its shift to WGS 84; the official seven VN-2000 parameters were used.`,
  }),
  reprojected: (d) => ({
    vi: `${d.count} đối tượng đã được chuyển từ ${d.found} sang WGS 84 (kinh độ, vĩ độ).`,
    en: `${d.count} features were reprojected from ${d.found} to WGS 84 (longitude, latitude).`,
  }),
  "coordinates-swapped": (d) => ({
    vi: `tọa độ ghi vĩ độ trước kinh độ (ví dụ ${d.found}); đã đổi lại ở ${d.count} đối tượng. Hãy ghi kinh độ trước.`,
    en: `the coordinates were written latitude first (e.g. ${d.found}); swapped back in ${d.count} features. Write longitude first.`,
  }),
  "polygon-to-point": (d) => ({
    vi: `${d.count} vùng đã được thay bằng một điểm đại diện nằm trong vùng, vì lớp ${d.used} cần điểm.`,
    en: `${d.count} areas were replaced by a representative point inside them, because the ${d.used} layer needs points.`,
  }),
  "kind-proposed": (d) => ({
    vi: `loại lớp được đề xuất là “${d.used}” (${d.found}). Hãy xác nhận hoặc chọn loại khác.`,
    en: `the layer kind proposed is “${d.used}” (${d.found}). Confirm it or choose another.`,
  }),
  "fields-mapped": (d) => ({
    vi: `đã ánh xạ cột: ${d.found}. Các cột gốc vẫn được giữ.`,
    en: `columns mapped: ${d.found}. The original columns are kept.`,
  }),
  "ring-self-intersection": (d) => ({
    vi: `đường biên tự cắt tại ${d.count} điểm (ví dụ ${d.found}); vẫn giữ, nhưng diện tích và tô màu có thể sai. Hãy sửa vùng trong phần mềm GIS.`,
    en: `the boundary crosses itself at ${d.count} point(s) (e.g. ${d.found}); kept, but areas and fills may be wrong. Fix the polygon in a GIS tool.`,
  }),
  "value-huge": (d) => ({
    vi: `giá trị dài ${d.found} ký tự; vẫn giữ nguyên nhưng chỉ hiển thị phần đầu.`,
    en: `the value is ${d.found} characters long; it is kept whole but only its start is shown.`,
  }),
  "features-dropped-after-crs": (d) => ({
    vi: `${d.count} vị trí không chuyển được sang WGS 84; các đối tượng đó không có vị trí.`,
    en: `${d.count} positions could not be converted to WGS 84; those features have no location.`,
  }),
} satisfies Record<string, Template>;

export type ImportMessageCode = keyof typeof TEMPLATES;

const LEVELS: Record<ImportMessageCode, Level> = {
  "file-empty": "error",
  "format-unknown": "error",
  "geojson-not-features": "error",
  "ndjson-line": "error",
  "csv-no-coordinates": "error",
  "csv-bad-coordinates": "warning",
  "csv-decimal-comma": "info",
  "wkt-invalid": "warning",
  "xml-invalid": "error",
  "zip-invalid": "error",
  "shapefile-invalid": "error",
  "shapefile-no-prj": "warning",
  "topojson-invalid": "error",
  "encoding-legacy": "warning",
  "text-converted": "warning",
  "crs-unknown": "error",
  "crs-missing-projected": "error",
  "crs-mismatch": "error",
  "crs-shift-added": "warning",
  reprojected: "info",
  "coordinates-swapped": "warning",
  "polygon-to-point": "info",
  "kind-proposed": "info",
  "fields-mapped": "info",
  "ring-self-intersection": "warning",
  "value-huge": "warning",
  "features-dropped-after-crs": "warning",
};

export function importMessage(
  code: ImportMessageCode,
  where: Where,
  details: ImportDetails = {},
  level: Level = LEVELS[code],
): Message {
  const full: Required<ImportDetails> = {
    found: details.found ?? "",
    used: details.used ?? "",
    count: details.count ?? 0,
    expected: details.expected ?? "",
  };
  return placedMessage(level, code, where, (TEMPLATES[code] as Template)(full), {
    expected: details.expected ?? null,
    found: details.found ?? null,
  });
}
