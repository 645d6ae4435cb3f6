// What is said when a file passes one of the limits (limits.ts), Vietnamese and English: the
// file, the limit, and what to do. The page loads these sentences with the first message it
// makes (message-sentences.ts).

import { LIMITS, megabytes } from "../limits";
import type { Texts } from "../messages";

export type LimitDetails = { found: string; count: number };

export const LIMIT_SENTENCES = {
  "file-too-large": (d: LimitDetails) => ({
    vi: `tệp có ${d.found}, quá giới hạn ${megabytes(LIMITS.fileBytes)} mà trình duyệt đọc được an toàn; tệp không được đọc. Hãy tách tệp thành nhiều tệp nhỏ hơn (ví dụ theo xã hoặc theo năm) rồi nhập từng tệp.`,
    en: `the file is ${d.found}, over the ${megabytes(LIMITS.fileBytes)} a browser reads safely; it was not read. Split it into smaller files (by commune or by year, say) and import each.`,
  }),
  "zip-too-large": (d: LimitDetails) => ({
    vi: `tệp nén giải ra ${d.found}, quá giới hạn ${megabytes(LIMITS.fileBytes)}; tệp không được giải nén. Nếu đây đúng là dữ liệu của anh/chị, hãy tách lớp thành nhiều tệp nhỏ hơn.`,
    en: `the archive unpacks to ${d.found}, over the ${megabytes(LIMITS.fileBytes)} limit; it was not unpacked. If this is your data, split the layer into smaller files.`,
  }),
  "zip-too-many-entries": (d: LimitDetails) => ({
    vi: `tệp nén chứa ${d.count} tệp, quá giới hạn ${LIMITS.zipEntries}; tệp không được giải nén. Hãy nén riêng các tệp của một lớp (.shp, .shx, .dbf, .prj hoặc .kml).`,
    en: `the archive holds ${d.count} files, over the limit of ${LIMITS.zipEntries}; it was not unpacked. Zip only the files of one layer (.shp, .shx, .dbf, .prj, or the .kml).`,
  }),
  "too-many-features": (d: LimitDetails) => ({
    vi: `tệp có ${d.count} đối tượng, quá giới hạn ${LIMITS.features} của một tệp; tệp không được nhập. Hãy tách tệp (ví dụ theo năm).`,
    en: `the file holds ${d.count} features, over the limit of ${LIMITS.features} for one file; it was not imported. Split it (by year, say).`,
  }),
  "nesting-too-deep": () => ({
    vi: `có giá trị lồng nhau sâu hơn ${LIMITS.nestingDepth} tầng; đối tượng bị loại (giá trị đó được thay bằng một ghi chú trong tệp đối tượng bị loại). Hãy xuất lại dữ liệu với thuộc tính phẳng.`,
    en: `holds a value nested deeper than ${LIMITS.nestingDepth} levels; the feature was rejected (in the rejected-features file that value is replaced by a note). Export the data again with flat properties.`,
  }),
  "messages-capped": (d: LimitDetails) => ({
    vi: `còn ${d.count} thông báo cùng loại (${d.found}) ở các đối tượng khác; chỉ ${LIMITS.messagesPerCode} thông báo đầu được liệt kê. Sửa lỗi theo các ví dụ trên rồi nhập lại.`,
    en: `${d.count} more messages of the same kind (${d.found}) for other features; only the first ${LIMITS.messagesPerCode} are listed. Fix the problem as in the examples above and import again.`,
  }),
} satisfies Record<string, (details: LimitDetails) => Texts>;
