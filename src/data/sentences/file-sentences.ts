// The sentences of the data checks about a whole file, a manifest entry, a feature's property or
// geometry, and a join, Vietnamese and English: what is wrong and what to do. messages.ts puts
// them after where they point (file, feature, property); the page loads them with the first
// message it makes (message-sentences.ts).
import type { JoinReason } from "../../domain/join";
import type { Expectation, IssueCode } from "../../domain/schema-rules";
import type { Kind } from "../../domain/types";
import type { Texts } from "../messages";

/** The describable parts of a message; template functions pick what they need. */
export interface Parts {
  expected: Texts;
  found: string;
  used: string;
  property: string;
  line: string;
  column: string;
  kind: Texts;
  reason: Texts;
  /** Feature name for join messages, with a leading space, or "". */
  name: string;
}

export type Template = (parts: Parts) => Texts;

export const KIND_NAMES: Record<Kind, Texts> = {
  units: { vi: "Đơn vị hành chính cấp xã", en: "Commune-level unit" },
  hamlets: { vi: "Bản", en: "Hamlet" },
  sites: { vi: "Điểm mô hình / trụ sở", en: "Site" },
  incidents: { vi: "Vụ việc", en: "Incident" },
  activities: { vi: "Số liệu hoạt động", en: "Activity record" },
};

export function describeExpectation(expectation: Expectation): Texts {
  switch (expectation.type) {
    case "text":
      return { vi: "văn bản", en: "text" };
    case "unit-code":
      return { vi: "mã đơn vị 5 chữ số (ví dụ “03730”)", en: "a 5-digit unit code (e.g. “03730”)" };
    case "integer":
      return expectation.max === undefined
        ? { vi: `số nguyên ≥ ${expectation.min}`, en: `a whole number ≥ ${expectation.min}` }
        : {
            vi: `số nguyên từ ${expectation.min} đến ${expectation.max}`,
            en: `a whole number from ${expectation.min} to ${expectation.max}`,
          };
    case "number":
      return { vi: `số ≥ ${expectation.min}`, en: `a number ≥ ${expectation.min}` };
    case "boolean":
      return { vi: "có/không (true/false, 1/0, có/không, x)", en: "yes/no (true/false, 1/0, có/không, x)" };
    case "date":
      return { vi: "ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY", en: "a date as YYYY-MM-DD or DD/MM/YYYY" };
    case "enum":
      return {
        vi: `một trong: ${expectation.values.join(", ")}`,
        en: `one of: ${expectation.values.join(", ")}`,
      };
    case "geometry":
      return {
        vi: `hình học ${expectation.values.join(" hoặc ")}`,
        en: `a ${expectation.values.join(" or ")} geometry`,
      };
    case "position":
      return {
        vi: "tọa độ WGS84 [kinh độ, vĩ độ], kinh độ −180..180, vĩ độ −90..90",
        en: "WGS84 [longitude, latitude], longitude −180..180, latitude −90..90",
      };
    case "ring":
      return {
        vi: "vòng khép kín ít nhất 4 điểm, vòng ngoài ngược chiều kim đồng hồ",
        en: "a closed ring of at least 4 positions, exterior counter-clockwise",
      };
    case "unique":
      return { vi: "giá trị chưa dùng trong tệp", en: "a value not used before in the file" };
  }
}

/** The few English descriptions of a file's top level (parse-layer.ts, geojson.ts), in Vietnamese. */
export function topLevelInVietnamese(found: string): string {
  if (found === "an array") return "một mảng";
  if (found === "an object without “type”") return "một đối tượng không có “type”";
  if (found === "a single Feature") return "một Feature đơn lẻ";
  return found.replace(/^an? /, "một ");
}

const REJECTED = { vi: "Đối tượng bị loại.", en: "The feature was rejected." };

export const FEATURE_SENTENCES: Record<IssueCode, Template> = {
  "not-a-feature": (p) => ({
    vi: `không phải GeoJSON Feature (type là ${p.found}). ${REJECTED.vi} Mỗi phần tử của “features” phải có "type": "Feature".`,
    en: `is not a GeoJSON Feature (type is ${p.found}). ${REJECTED.en} Each entry of “features” needs "type": "Feature".`,
  }),
  "missing-property": (p) => ({
    vi: `bị thiếu; cần ${p.expected.vi}. ${REJECTED.vi} Hãy điền giá trị, hoặc ánh xạ cột của bạn sang “${p.property}” bằng “fields” trong manifest.json.`,
    en: `is missing; expected ${p.expected.en}. ${REJECTED.en} Fill in the value, or map your column to “${p.property}” with “fields” in manifest.json.`,
  }),
  "missing-property-defaulted": (p) => ({
    vi: `bị thiếu; đã dùng giá trị mặc định ${p.used}. Hãy điền giá trị thực nếu biết.`,
    en: `is missing; the default ${p.used} was used. Fill in the real value if it is known.`,
  }),
  "bad-value": (p) => ({
    vi: `phải là ${p.expected.vi} nhưng là ${p.found}. ${REJECTED.vi} Hãy sửa giá trị trong tệp nguồn.`,
    en: `should be ${p.expected.en} but is ${p.found}. ${REJECTED.en} Correct the value in the source file.`,
  }),
  "bad-value-dropped": (p) => ({
    vi: `phải là ${p.expected.vi} nhưng là ${p.found}; đã để trống giá trị này. Hãy sửa trong tệp nguồn.`,
    en: `should be ${p.expected.en} but is ${p.found}; the value was left empty. Correct it in the source file.`,
  }),
  "code-leading-zeros": (p) => ({
    vi: `${p.found} đã mất số 0 ở đầu (bảng tính đọc mã thành số); đã khôi phục thành ${p.used}. Hãy lưu mã dưới dạng văn bản.`,
    en: `${p.found} had lost its leading zeros (a spreadsheet read the code as a number); restored as ${p.used}. Store codes as text.`,
  }),
  "text-from-number": (p) => ({
    vi: `là số ${p.found}; đã đọc thành văn bản ${p.used}. Hãy kiểm tra mã không bị mất số 0 ở đầu.`,
    en: `was the number ${p.found}; read as the text ${p.used}. Check that no leading zeros were lost.`,
  }),
  "number-format": (p) => ({
    vi: `${p.found} đã được đọc là ${p.used} (dấu phân cách hàng nghìn hoặc dấu phẩy thập phân). Nên ghi số không có dấu phân cách.`,
    en: `${p.found} was read as ${p.used} (thousands separator or decimal comma). Write plain numbers without separators.`,
  }),
  "date-format": (p) => ({
    vi: `${p.found} đã được đọc là ngày ${p.used} (ngày/tháng/năm). Nên ghi ngày theo dạng YYYY-MM-DD.`,
    en: `${p.found} was read as the date ${p.used} (day/month/year). Prefer YYYY-MM-DD.`,
  }),
  "category-other": (p) => ({
    vi: `${p.found} không phải loại vụ việc đã biết; đã tính là “other” (khác). Hãy dùng ${p.expected.vi} (hoặc tên tiếng Việt).`,
    en: `${p.found} is not a known category; counted as “other”. Use ${p.expected.en} (or their Vietnamese names).`,
  }),
  "html-in-text": (p) => ({
    vi: `chứa mã HTML ${p.found}; được giữ nguyên và chỉ hiển thị như văn bản thường.`,
    en: `contains HTML markup ${p.found}; it is kept and only ever shown as plain text.`,
  }),
  "duplicate-id": (p) => ({
    vi: `${p.found} đã có ở một đối tượng trước (số thứ tự trong ngoặc). ${REJECTED.vi} Mỗi đối tượng cần một giá trị riêng.`,
    en: `${p.found} is already used by an earlier feature (index in brackets). ${REJECTED.en} Give every feature its own value.`,
  }),
  "geometry-missing": (p) => ({
    vi: `không có hình học; cần ${p.expected.vi}. ${REJECTED.vi} Hãy thêm tọa độ.`,
    en: `has no geometry; expected ${p.expected.en}. ${REJECTED.en} Add coordinates.`,
  }),
  "geometry-type": (p) => ({
    vi: `có kiểu ${p.found}; cần ${p.expected.vi}. ${REJECTED.vi} Hãy xuất lớp này với đúng kiểu hình học.`,
    en: `is of type ${p.found}; expected ${p.expected.en}. ${REJECTED.en} Export this layer with the right geometry type.`,
  }),
  "geometry-not-null": (p) => ({
    vi: `có kiểu ${p.found}, nhưng số liệu hoạt động là bảng không có vị trí. ${REJECTED.vi} Hãy đặt "geometry": null và ghi unitCode hoặc unitName.`,
    en: `is of type ${p.found}, but activity records are tables without a location. ${REJECTED.en} Set "geometry": null and give unitCode or unitName.`,
  }),
  "coordinates-invalid": (p) => ({
    vi: `có tọa độ không dùng được ${p.found}; cần ${p.expected.vi}. ${REJECTED.vi} Hãy sửa tọa độ (là số, kinh độ trước).`,
    en: `has an unusable position ${p.found}; expected ${p.expected.en}. ${REJECTED.en} Fix the coordinates (numbers, longitude first).`,
  }),
  "coordinates-projected": (p) => ({
    vi: `có tọa độ ${p.found}, giống mét của hệ tọa độ phẳng (VN-2000?) chứ không phải độ. ${REJECTED.vi} Hãy chuyển lớp sang WGS84 (EPSG:4326) trước khi xuất.`,
    en: `has the position ${p.found}, which looks like projected metres (VN-2000?) rather than degrees. ${REJECTED.en} Reproject the layer to WGS84 (EPSG:4326) before export.`,
  }),
  "ring-degenerate": (p) => ({
    vi: `có một vòng không bao được diện tích nào (${p.found}); cần ${p.expected.vi}. ${REJECTED.vi} Hãy sửa vùng trong phần mềm GIS.`,
    en: `has a ring that encloses no area (${p.found}); expected ${p.expected.en}. ${REJECTED.en} Fix the polygon in a GIS tool.`,
  }),
  "ring-unclosed": (p) => ({
    vi: `${p.found} vòng không khép kín (điểm cuối khác điểm đầu); đã được khép lại. Hãy kiểm tra cách xuất dữ liệu.`,
    en: `${p.found} ring(s) did not end where they started; they were closed. Check the export settings.`,
  }),
  "ring-duplicate-vertices": (p) => ({
    vi: `đã bỏ ${p.found} đỉnh lặp liên tiếp. Không cần làm gì.`,
    en: `${p.found} repeated consecutive vertices were removed. No action needed.`,
  }),
  "ring-rewound": () => ({
    vi: "các vòng đi theo chiều kim đồng hồ; đã đảo chiều theo RFC 7946 (vòng ngoài ngược chiều kim đồng hồ). Không cần làm gì.",
    en: "rings ran clockwise; they were turned to the RFC 7946 order (exterior counter-clockwise). No action needed.",
  }),
};

export const REASON_SENTENCES: Record<JoinReason, Texts> = {
  "no-reference": {
    vi: "không có mã đơn vị, tên đơn vị hay vị trí",
    en: "it has no unit code, unit name or location",
  },
  "no-units": { vi: "lớp đơn vị hành chính trống", en: "the units layer is empty" },
  "code-unknown": {
    vi: "mã đơn vị không có trong lớp đơn vị",
    en: "its unit code is not in the units layer",
  },
  "name-unknown": { vi: "tên đơn vị không khớp tên nào", en: "its unit name matches no unit" },
  "name-ambiguous": { vi: "tên đơn vị khớp nhiều đơn vị", en: "its unit name matches several units" },
  "outside-units": { vi: "vị trí nằm ngoài mọi đơn vị", en: "its location lies outside every unit" },
  "no-crosswalk": {
    vi: "lớp đơn vị thuộc kỳ hành chính khác và không có danh mục để chuyển đổi",
    en: "the units follow the other administrative period and there is no gazetteer to cross it with",
  },
  "other-period-split": {
    vi: "xã ghi trong dữ liệu gồm nhiều đơn vị cũ, không có vị trí để chọn một",
    en: "the commune it names is made of several older units, and it has no location to pick one",
  },
  "crosswalk-mismatch": {
    vi: "vị trí nằm trong đơn vị cũ nay thuộc xã khác với xã ghi trong dữ liệu",
    en: "its location lies in an older unit that became another commune than the one it names",
  },
};

export const FILE_SENTENCES = {
  "file-unreadable": (p) => ({
    vi: `không đọc được tệp: ${p.found}. Hãy kiểm tra quyền truy cập và bảng mã (UTF-8).`,
    en: `the file could not be read: ${p.found}. Check its permissions and that it is UTF-8.`,
  }),
  "file-missing": () => ({
    vi: "không tìm thấy tệp. Hãy đặt tệp vào thư mục geodata/ hoặc sửa “path” trong manifest.json.",
    en: "the file was not found. Put it in geodata/ or correct “path” in manifest.json.",
  }),
  "json-syntax": (p) => ({
    vi: `không phải JSON hợp lệ: ${p.found} ở dòng ${p.line}, cột ${p.column}. Hãy sửa bằng trình soạn thảo văn bản hoặc xuất lại tệp.`,
    en: `is not valid JSON: ${p.found} at line ${p.line}, column ${p.column}. Fix it in a text editor or export the file again.`,
  }),
  "not-feature-collection": (p) => ({
    vi: `là ${topLevelInVietnamese(p.found)}, không phải FeatureCollection. Hãy xuất lớp dưới dạng GeoJSON FeatureCollection.`,
    en: `is ${p.found}, not a FeatureCollection. Export the layer as a GeoJSON FeatureCollection.`,
  }),
  "features-not-array": (p) => ({
    vi: `“features” phải là một mảng nhưng là ${p.found}. Hãy xuất lại tệp.`,
    en: `“features” should be an array but is ${p.found}. Export the file again.`,
  }),
  "field-unused": (p) => ({
    vi: `manifest.json ánh xạ “${p.property}” sang cột ${p.found}, nhưng không đối tượng nào có cột đó. Hãy kiểm tra chính tả trong “fields”.`,
    en: `manifest.json maps “${p.property}” to the column ${p.found}, but no feature has that column. Check the spelling in “fields”.`,
  }),
  "empty-layer": () => ({ vi: "tệp không có đối tượng nào.", en: "the file holds no features." }),
  "manifest-missing": () => ({
    vi: "không tìm thấy manifest.json. Hãy tạo geodata/manifest.json (xem geodata/README.md).",
    en: "manifest.json was not found. Create geodata/manifest.json (see geodata/README.md).",
  }),
  "manifest-not-object": (p) => ({
    vi: `phải là một đối tượng JSON có “title” và “files” nhưng là ${p.found}. Xem geodata/README.md.`,
    en: `should be a JSON object with “title” and “files” but is ${p.found}. See geodata/README.md.`,
  }),
  "manifest-bad-property": (p) => ({
    vi: `phải là ${p.expected.vi} nhưng là ${p.found}. Hãy sửa manifest.json.`,
    en: `should be ${p.expected.en} but is ${p.found}. Correct manifest.json.`,
  }),
  "manifest-default": (p) => ({
    vi: `bị thiếu hoặc sai (${p.found}); đã dùng ${p.used}. Hãy sửa manifest.json.`,
    en: `is missing or wrong (${p.found}); ${p.used} was used. Correct manifest.json.`,
  }),
  "manifest-duplicate-path": (p) => ({
    vi: `tệp ${p.found} đã được liệt kê ở mục trước; mục này bị bỏ qua. Hãy xóa mục trùng.`,
    en: `the file ${p.found} is already listed in an earlier entry; this entry was skipped. Remove the duplicate.`,
  }),
  "manifest-bad-path": (p) => ({
    vi: `đường dẫn ${p.found} phải là đường dẫn tương đối bên trong geodata/ (không có “..”, không bắt đầu bằng “/” hay “http”). Mục này bị bỏ qua.`,
    en: `the path ${p.found} must be relative and inside geodata/ (no “..”, no leading “/” or “http”). The entry was skipped.`,
  }),
  "join-unmatched": (p) => ({
    vi: `${p.kind.vi}${p.name} không ghép được với đơn vị nào: ${p.reason.vi} (${p.found}). Vẫn giữ trên bản đồ nhưng không thuộc đơn vị nào. Hãy ghi đúng unitCode, tên đơn vị trong unitName, hoặc kiểm tra vị trí.`,
    en: `${p.kind.en}${p.name} could not be joined to any unit: ${p.reason.en} (${p.found}). It stays in the data without a unit. Give a valid unitCode, the unit's name in unitName, or check the location.`,
  }),
  "join-crosswalk-mismatch": (p) => ({
    vi: `${p.kind.vi}${p.name}: ${p.reason.vi} (${p.found}); đã đặt theo vị trí vào đơn vị ${p.used}. Hãy kiểm tra vị trí hoặc tên xã.`,
    en: `${p.kind.en}${p.name}: ${p.reason.en} (${p.found}); placed by location in unit ${p.used}. Check the location or the commune's name.`,
  }),
  "join-fallback": (p) => ({
    vi: `${p.kind.vi}${p.name}: ${p.reason.vi} (${p.found}); đã ghép với đơn vị ${p.used} theo cách khác. Hãy sửa mã đơn vị.`,
    en: `${p.kind.en}${p.name}: ${p.reason.en} (${p.found}); joined to unit ${p.used} another way. Correct the unit code.`,
  }),
} satisfies Record<string, Template>;
