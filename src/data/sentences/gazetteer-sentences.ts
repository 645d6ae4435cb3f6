// The sentences of the gazetteer steps, Vietnamese and English: units found by name (or not),
// the administrative period of a layer, the roll-up to another period, and problems in the
// gazetteer's own files. gazetteer-messages.ts puts them after where they point; the page loads
// them with the first message it makes (message-sentences.ts).
import type { AdminPeriod } from "../../domain/types";
import type { GazetteerDetails } from "../gazetteer-messages";
import type { Texts } from "../messages";

const PERIOD_TEXTS: Record<AdminPeriod, Texts> = {
  "before-2025-07-01": { vi: "trước ngày 1/7/2025", en: "before 1 July 2025" },
  "from-2025-07-01": { vi: "từ ngày 1/7/2025", en: "from 1 July 2025" },
};

export function periodText(period: AdminPeriod | null): Texts {
  return period ? PERIOD_TEXTS[period] : { vi: "chưa rõ", en: "unknown" };
}

/** period in words, and the other period (for a conflict). */
export type Full = Required<Omit<GazetteerDetails, "period">> & { period: Texts; other: Texts };
export type Template = (d: Full) => Texts;

const CONFIRM = {
  vi: "Hãy chọn đúng đơn vị trong các gợi ý rồi nhập lại; chưa chọn thì đơn vị vẫn được giữ với mã tạm này.",
  en: "Choose the right unit among the suggestions and import again; until then the unit is kept with this provisional code.",
};

export const GAZETTEER_SENTENCES = {
  "units-matched": (d) => ({
    vi: `${d.found} đơn vị được tìm thấy theo tên${d.count ? `, ${d.count} theo lựa chọn` : ""} trong danh mục ${d.used} (${d.period.vi}); mã, tên chính thức và loại đơn vị đã được điền, cách viết trong tệp giữ ở “nameInFile”.`,
    en: `${d.found} unit(s) found by name${d.count ? `, ${d.count} as chosen` : ""} in the gazetteer of ${d.used} (${d.period.en}); official codes, names and types filled in, the file's own spellings kept in “nameInFile”.`,
  }),
  "unit-suggested": (d) => ({
    vi: `${d.found} không phải tên chính thức trong danh mục; gần nhất: ${d.used}. Chưa tự chọn; tạm dùng mã ${d.expected}. ${CONFIRM.vi}`,
    en: `${d.found} is not an official name in the gazetteer; closest: ${d.used}. Not taken on its own; provisional code ${d.expected}. ${CONFIRM.en}`,
  }),
  "unit-ambiguous": (d) => ({
    vi: `${d.found} có thể là nhiều đơn vị, khó phân biệt: ${d.used}. Tạm dùng mã ${d.expected}. ${CONFIRM.vi}`,
    en: `${d.found} could be several units, too close to tell: ${d.used}. Provisional code ${d.expected}. ${CONFIRM.en}`,
  }),
  "unit-unknown": (d) => ({
    vi: `${d.found} không có trong danh mục ${d.used}; vẫn giữ đơn vị với mã tự sinh ${d.expected} (không trùng mã chính thức). Hãy kiểm tra chính tả, hoặc bổ sung đơn vị vào danh mục.`,
    en: `${d.found} is not in the gazetteer of ${d.used}; the unit is kept with the generated code ${d.expected} (never an official code). Check the spelling, or add the unit to the gazetteer.`,
  }),
  "unit-no-gazetteer": (d) => ({
    vi: `đơn vị ${d.found} không có mã và không có danh mục của tỉnh để tra tên; vẫn giữ với mã tự sinh ${d.expected}. Hãy cho biết tỉnh, hoặc điền mã 5 chữ số.`,
    en: `the unit ${d.found} has no code and there is no gazetteer of its province to look it up in; kept with the generated code ${d.expected}. Say which province it is, or fill in its 5-digit code.`,
  }),
  "unit-chosen": (d) => ({
    vi: `${d.found} là ${d.used} theo lựa chọn của người dùng.`,
    en: `${d.found} is ${d.used}, as chosen.`,
  }),
  "unit-choice-unknown": (d) => ({
    vi: `mã đã chọn ${d.used} cho ${d.found} không có trong danh mục (${d.period.vi}); vẫn dùng mã này. Hãy kiểm tra lại lựa chọn.`,
    en: `the code ${d.used} chosen for ${d.found} is not in the gazetteer (${d.period.en}); it is used all the same. Check the choice.`,
  }),
  "unit-code-invalid": (d) => ({
    vi: `${d.found} không phải mã đơn vị 5 chữ số (GID_3 của GADM chẳng hạn); mã lấy theo tên đơn vị trong danh mục, giá trị gốc vẫn giữ.`,
    en: `${d.found} is not a 5-digit unit code (GADM's GID_3, say); the code is taken from the gazetteer by the unit's name, the original value is kept.`,
  }),
  "unit-code-name-differs": (d) => ({
    vi: `mã ${d.found} trong danh mục (${d.period.vi}) là ${d.used}, nhưng tệp ghi tên ${d.expected}; giữ nguyên mã và tên của tệp. Hãy kiểm tra mã, hoặc kỳ hành chính của lớp.`,
    en: `the code ${d.found} is ${d.used} in the gazetteer (${d.period.en}), but the file names it ${d.expected}; the file's code and name are kept. Check the code, or the layer's administrative period.`,
  }),
  "unit-code-not-in-gazetteer": (d) => ({
    vi: `mã ${d.found} không có trong danh mục ${d.used} (${d.period.vi}); vẫn giữ nguyên.`,
    en: `the code ${d.found} is not in the gazetteer of ${d.used} (${d.period.en}); kept as it is.`,
  }),
  "admin-period-found": (d) => ({
    vi: `lớp thuộc bản đồ hành chính ${d.period.vi} (${d.found} đối tượng chỉ khớp đơn vị của bản đồ này).`,
    en: `the layer follows the administrative map ${d.period.en} (${d.found} features fit only that map's units).`,
  }),
  "admin-period-by-date": (d) => ({
    vi: `${d.found} vụ việc trước ngày 1/7/2025 và ${d.count} vụ từ ngày đó; mỗi vụ được đọc theo bản đồ hành chính của ngày xảy ra.`,
    en: `${d.found} incident(s) before 1 July 2025 and ${d.count} since; each is read on the administrative map of its day.`,
  }),
  "admin-period-assumed": (d) => ({
    vi: `không xác định được lớp thuộc bản đồ hành chính nào (${d.found} đơn vị chỉ khớp một bản đồ); tạm coi là ${d.period.vi}. Hãy chọn kỳ hành chính của lớp nếu khác.`,
    en: `nothing tells which administrative map the layer follows (${d.found} units match only one map); taken as ${d.period.en}. Choose the layer's administrative period if it is the other.`,
  }),
  "admin-period-conflict": (d) => ({
    vi: `kỳ hành chính đã chọn là ${d.period.vi}, nhưng ${d.found} đơn vị chỉ khớp bản đồ ${d.other.vi}. Vẫn dùng kỳ đã chọn; hãy kiểm tra lại.`,
    en: `the period chosen is ${d.period.en}, but ${d.found} units match only the map ${d.other.en}. The chosen period is used; check it.`,
  }),
  "join-across-crosswalk": (d) => ({
    vi: `${d.count} đối tượng thuộc bản đồ ${d.period.vi} được đặt vào đơn vị của bản đồ ${d.other.vi} theo bảng chuyển đổi chính thức (đơn vị cũ → xã mới). Mã của kỳ khác không bao giờ được so trực tiếp.`,
    en: `${d.count} feature(s) of the map ${d.period.en} were placed in the units of the map ${d.other.en} through the official crosswalk (old unit → new commune). Codes of the other period are never compared directly.`,
  }),
  "join-across-location": (d) => ({
    vi: `${d.count} đối tượng thuộc bản đồ ${d.period.vi} được đặt vào đơn vị của bản đồ ${d.other.vi} theo vị trí${d.period.vi === PERIOD_TEXTS["from-2025-07-01"].vi ? " (một xã mới gồm nhiều đơn vị cũ; xã ghi trong dữ liệu được đối chiếu với bảng chuyển đổi)" : ""}. Mã của kỳ khác không bao giờ được so trực tiếp.`,
    en: `${d.count} feature(s) of the map ${d.period.en} were placed in the units of the map ${d.other.en} by location${d.period.en === PERIOD_TEXTS["from-2025-07-01"].en ? " (a new commune is several old units; the commune they name is checked against the crosswalk)" : ""}. Codes of the other period are never compared directly.`,
  }),
  "period-view-rolled-up": (d) => ({
    vi: `${d.found} đơn vị cũ được gộp thành ${d.count} xã ${d.period.vi} theo bảng chuyển đổi chính thức; ranh giới mỗi xã là hợp của các đơn vị cũ (gần đúng), mã, tên và diện tích là chính thức.`,
    en: `${d.found} older units were rolled up into ${d.count} communes ${d.period.en} by the official crosswalk; each commune's boundary is the union of its older units (approximate), its code, name and area are official.`,
  }),
  "period-view-unplaced": (d) => ({
    vi: `đơn vị ${d.found} không có trong danh mục nên không gộp được vào xã nào ${d.period.vi}; các đối tượng thuộc đơn vị này chỉ được đặt theo vị trí.`,
    en: `the unit ${d.found} is not in the gazetteer, so it cannot be placed in a commune ${d.period.en}; its records are placed by location only.`,
  }),
  "period-view-partial": (d) => ({
    vi: `xã ${d.found} chỉ được dựng từ một phần các đơn vị cũ của nó (thiếu ${d.used}); ranh giới và số liệu của xã này chưa đủ.`,
    en: `the commune ${d.found} is built from only some of its older units (missing ${d.used}); its boundary and figures are incomplete.`,
  }),
  "period-view-no-old-boundaries": () => ({
    vi: "không thể tính số liệu theo các đơn vị cũ: dữ liệu chỉ có ranh giới các xã hiện nay, một xã mới gồm nhiều đơn vị cũ và không có ranh giới cũ để chia. Hãy nhập lớp ranh giới các đơn vị trước ngày 1/7/2025.",
    en: "figures by the older units are not possible: the data has only today's communes, a commune of today is several older units, and there are no older boundaries to split it by. Import the boundaries of the units before 1 July 2025.",
  }),
  "period-view-no-gazetteer": (d) => ({
    vi: `không gộp được thành các xã ${d.period.vi}: không có danh mục đơn vị của tỉnh ${d.found}. Hãy cho biết tỉnh, hoặc bổ sung danh mục (xem gazetteer/README.md).`,
    en: `the units cannot be rolled up to the communes ${d.period.en}: there is no gazetteer of the province ${d.found}. Say which province it is, or add its gazetteer (see gazetteer/README.md).`,
  }),
  "period-view-unknown": (d) => ({
    vi: `không biết lớp đơn vị thuộc bản đồ hành chính nào, nên không chuyển được sang bản đồ ${d.period.vi}. Hãy cho biết kỳ hành chính của lớp.`,
    en: `which administrative map the units follow is not known, so they cannot be shown on the map ${d.period.en}. Say which period the layer follows.`,
  }),
  "province-unknown": (d) => ({
    vi: `không có danh mục đơn vị của tỉnh ${d.found}; tên đơn vị không được tra. Có thể bổ sung danh mục (xem gazetteer/README.md).`,
    en: `there is no gazetteer of the province ${d.found}; unit names are not looked up. A gazetteer can be added (see gazetteer/README.md).`,
  }),
  "gazetteer-file-missing": (d) => ({
    vi: `không đọc được tệp danh mục${d.found ? ` (${d.found})` : ""}; tên đơn vị của tỉnh đó sẽ không được tra. Xem gazetteer/README.md.`,
    en: `the gazetteer file could not be read${d.found ? ` (${d.found})` : ""}; that province's unit names will not be looked up. See gazetteer/README.md.`,
  }),
  "gazetteer-column-missing": (d) => ({
    vi: `thiếu cột ${d.found}; cần các cột ${d.expected}. Tệp không được dùng.`,
    en: `the column(s) ${d.found} are missing; expected ${d.expected}. The file is not used.`,
  }),
  "gazetteer-bad-value": (d) => ({
    vi: `giá trị ${d.found} không dùng được; cần ${d.expected}. Dòng này bị bỏ qua.`,
    en: `the value ${d.found} cannot be used; expected ${d.expected}. The line is skipped.`,
  }),
  "gazetteer-duplicate-code": (d) => ({
    vi: `mã ${d.found} đã dùng cho đơn vị khác cùng kỳ. Dòng này bị bỏ qua; mỗi đơn vị hiện hành cần mã riêng.`,
    en: `the code ${d.found} is already used by another unit of the same period. The line is skipped; each current unit needs its own code.`,
  }),
  "gazetteer-unknown-code": (d) => ({
    vi: `mã ${d.found} không có trong danh mục (đơn vị đích của việc sắp xếp). Hãy kiểm tra mã.`,
    en: `the code ${d.found} is not in the gazetteer (the unit it should lead to). Check the code.`,
  }),
  "gazetteer-duplicate-name": (d) => ({
    vi: `tên ${d.found} trùng với đơn vị khác cùng huyện và cùng kỳ; tra theo tên sẽ phải hỏi người dùng.`,
    en: `the name ${d.found} is the same as another unit's of the same district and period; a lookup by name will have to ask.`,
  }),
  "gazetteer-empty": () => ({
    vi: "tệp danh mục không có đơn vị nào.",
    en: "the gazetteer file holds no units.",
  }),
} satisfies Record<string, Template>;
