// The sentences about tables (CSV and Excel sheets), Vietnamese and English: which sheet and
// header row were read, rows skipped, quotes left open, lines in another encoding, numbers read
// the Vietnamese way, codes made up for hamlets that had none. sheet-messages.ts puts them after
// where they point; the page loads them with the first message it makes (message-sentences.ts).
import type { ImportDetails } from "../import-messages";
import type { Texts } from "../messages";

export type Template = (details: Required<ImportDetails>) => Texts;

export const SHEET_SENTENCES = {
  "header-row": (d) => ({
    vi: `tên cột được đọc ở ${d.used} ${d.count}; ${d.expected} phía trên được coi là tiêu đề và bỏ qua (${d.found}). Nếu tên cột nằm ở dòng khác, hãy chọn dòng tiêu đề cột khi nhập.`,
    en: `the column names were read from ${d.used} ${d.count}; ${d.expected} above it were taken for a title and skipped (${d.found}). If the column names are on another row, choose the header row when importing.`,
  }),
  "header-row-missing": (d) => ({
    vi: `không có ${d.used} ${d.found} để đọc tên cột; đã đọc tên cột ở ${d.used} ${d.count}.`,
    en: `there is no ${d.used} ${d.found} to read the column names from; they were read from ${d.used} ${d.count}.`,
  }),
  "numbering-row-skipped": (d) => ({
    vi: `${d.used} ${d.count} chỉ đánh số các cột (${d.found}); đã bỏ qua.`,
    en: `${d.used} ${d.count} only numbers the columns (${d.found}); it was skipped.`,
  }),
  "total-row-skipped": (d) => ({
    vi: `${d.used} ${d.count} là dòng tổng (${d.found}); đã bỏ qua để không bị tính là một đối tượng.`,
    en: `${d.used} ${d.count} is a total row (${d.found}); it was skipped so that it is not counted as a feature.`,
  }),
  "csv-row-shape": (d) => ({
    vi: `${d.used} ${d.count} có ${d.found} giá trị, trong khi hàng tên cột có ${d.expected}. Hãy kiểm tra dấu phân cách và dấu ngoặc kép ở dòng đó.`,
    en: `${d.used} ${d.count} has ${d.found} values where the column names give ${d.expected}. Check the separators and quotes on that line.`,
  }),
  "csv-unclosed-quote": (d) => ({
    vi: `dòng ${d.count}: dấu ngoặc kép mở một giá trị nhưng không đóng; dòng này được đọc đến hết dòng (giữ dấu ngoặc kép như chữ) và các dòng sau vẫn là các dòng riêng. Hãy kiểm tra dòng: ${d.found}`,
    en: `line ${d.count}: a quotation mark opens a value and never closes; the row was read to the end of its line (the mark kept as text) and the lines after it stay rows of their own. Check the row: ${d.found}`,
  }),
  "mixed-encoding": (d) => ({
    vi: `${d.count} dòng (dòng ${d.found}) viết bằng bảng mã ${d.used}, khác phần còn lại (${d.expected}); mỗi dòng đã được đọc theo bảng mã của nó. Hãy kiểm tra các dòng đó và lưu tệp ở dạng UTF-8.`,
    en: `${d.count} line(s) (line ${d.found}) are in ${d.used}, unlike the rest (${d.expected}); each line was read in its own encoding. Check those lines and save the file as UTF-8.`,
  }),
  "numbers-read": (d) => ({
    vi: `${d.count} giá trị viết theo kiểu ${d.used} đã được đọc thành số (ví dụ ${d.found}).`,
    en: `${d.count} values written with ${d.used} were read as numbers (e.g. ${d.found}).`,
  }),
  "numbers-ambiguous": (d) => ({
    vi: `${d.count} giá trị như ${d.found} có thể là số nghìn hoặc số thập phân, và cột không cho biết; ${d.used}. Hãy ghi số không có dấu phân cách hàng nghìn, hoặc ánh xạ cột này.`,
    en: `${d.count} values such as ${d.found} could be thousands or decimals, and the column does not tell; ${d.used}. Write numbers without thousands separators, or map this column.`,
  }),
  "numbers-mixed-marks": (d) => ({
    vi: `cột dùng cả dấu chấm thập phân và dấu phẩy thập phân (${d.found}); mỗi giá trị được đọc theo cách viết của nó. Hãy kiểm tra cột.`,
    en: `the column uses both decimal points and decimal commas (${d.found}); each value was read as written. Check the column.`,
  }),
  "sheet-read": (d) => ({
    vi: `đã đọc trang tính “${d.used}” (${d.count} dòng có dữ liệu). Các trang khác: ${d.found}. Muốn nhập trang khác, hãy chọn trang đó.`,
    en: `sheet “${d.used}” was read (${d.count} rows with data). Other sheets: ${d.found}. To import another sheet, choose it.`,
  }),
  "sheet-missing": (d) => ({
    vi: `không có trang tính ${d.found}. Các trang có: ${d.expected}.`,
    en: `there is no sheet ${d.found}. The sheets are: ${d.expected}.`,
  }),
  "sheet-empty": (d) => ({
    vi: `trang tính “${d.used}” không có dữ liệu. Hãy chọn trang khác.`,
    en: `sheet “${d.used}” holds no data. Choose another sheet.`,
  }),
  "xlsx-invalid": (d) => ({
    vi: `không đọc được sổ tính Excel: ${d.found}. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx.`,
    en: `the Excel workbook could not be read: ${d.found}. Open it in Excel or LibreOffice and save it again as .xlsx.`,
  }),
  "xls-unsupported": () => ({
    vi: "tệp ở định dạng Excel cũ (.xls), không đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu dạng .xlsx (Sổ làm việc Excel) hoặc CSV UTF-8.",
    en: "the file is in the old Excel format (.xls), which is not read. Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or CSV UTF-8.",
  }),
  "zip-unrecognised": (d) => ({
    vi: `tệp nén không chứa Shapefile (.shp), KML hay sổ tính Excel; trong đó có: ${d.found}. Hãy nén các tệp .shp, .shx, .dbf, .prj, hoặc nhập trực tiếp tệp .kml, .xlsx, .csv.`,
    en: `the archive holds no Shapefile (.shp), KML or Excel workbook; it holds: ${d.found}. Zip the .shp, .shx, .dbf and .prj together, or import the .kml, .xlsx or .csv itself.`,
  }),
  "merged-cells-filled": (d) => ({
    vi: `${d.count} ô gộp theo chiều dọc đã được điền giá trị của ô gộp cho từng dòng (ví dụ ${d.found}).`,
    en: `${d.count} vertically merged cells were given the merged value on each of their rows (e.g. ${d.found}).`,
  }),
  "hamlet-code-generated": (d) => ({
    vi: `${d.count} bản không có mã; đã tạo mã từ tên xã và tên bản (ví dụ ${d.found}). Nhập lại cùng tệp sẽ cho cùng mã. Muốn dùng mã riêng, hãy thêm cột mã bản.`,
    en: `${d.count} hamlets had no code; codes were made from the commune and hamlet names (e.g. ${d.found}). Importing the same file again gives the same codes. To use your own, add a hamlet code column.`,
  }),
} satisfies Record<string, Template>;
