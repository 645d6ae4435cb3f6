// Every word of the printed coverage report, Vietnamese first and English second, and the
// number and date forms a Vietnamese reader expects (2.769; 6,5; 31/12/2022).
import type { Unjoined } from "../../domain/coverage/coverage-types";

export type Texts = { vi: string; en: string };

const integerFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const decimalFormats = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  // English sentences get English numbers: a decimal comma there reads as a thousands separator.
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

export const formatInteger = (value: number) => integerFormat.format(value);
export const formatDecimal = (value: number | null, language: keyof Texts = "vi") =>
  value === null ? "—" : decimalFormats[language].format(value);

/** "−58,4%", "+25%": the sign always shown, a real minus sign. */
export function formatChange(percent: number | null, language: keyof Texts = "vi"): string {
  if (percent === null) return "—";
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "±";
  return `${sign}${formatDecimal(Math.abs(percent), language)}%`;
}

/** 2022-12-31 → 31/12/2022. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

export const both = (texts: Texts) => `${texts.vi} / ${texts.en}`;

export const LABELS = {
  title: {
    vi: "Báo cáo phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    en: "Report on the movement “the whole people protect national security”",
  },
  dataDate: { vi: "Số liệu đến ngày", en: "Data as of" },
  notStated: { vi: "không ghi", en: "not stated" },
  window: { vi: "Kỳ báo cáo", en: "Period" },
  years: { vi: "năm", en: "years" },
  radius: { vi: "Bán kính ảnh hưởng của một mô hình", en: "Reach of a model site" },
  sample: {
    vi: "Dữ liệu mẫu tổng hợp, không phải số liệu thật",
    en: "Synthetic sample data, not real figures",
  },
  headline: { vi: "Số liệu chính", en: "Headline figures" },
  figure: { vi: "Chỉ tiêu", en: "Figure" },
  value: { vi: "Số liệu", en: "Value" },
  coveredHamlets: {
    vi: "Bản có mô hình (mô hình điểm, nhân rộng)",
    en: "Hamlets with the model (model point, replicated)",
  },
  securityTeams: { vi: "Tổ an ninh nhân dân", en: "People's security teams" },
  mediationTeams: { vi: "Tổ hòa giải", en: "Mediation teams" },
  fireTeams: { vi: "Tổ phòng cháy chữa cháy", en: "Fire-prevention teams" },
  groups: { vi: "Nhóm liên gia tự quản", en: "Inter-household self-management groups" },
  groupsPer100: { vi: "nhóm/100 hộ", en: "per 100 households" },
  outreachSessions: { vi: "Buổi tuyên truyền, giáo dục pháp luật", en: "Legal outreach sessions" },
  outreachAttendances: { vi: "Lượt người nghe", en: "Attendances" },
  commitments: {
    vi: "Cơ sở, hộ ký cam kết đảm bảo ANTT, PCCC",
    en: "Businesses and households that signed commitments",
  },
  gunsRecovered: { vi: "Súng tự chế thu hồi", en: "Home-made guns recovered" },
  reintegration: { vi: "Người được hỗ trợ tái hòa nhập cộng đồng", en: "People given reintegration support" },
  populationWithin: {
    vi: "Dân số trong bán kính {r} km của mô hình",
    en: "Population within {r} km of a model site",
  },
  incidents: { vi: "Vụ việc về an ninh trật tự", en: "Security and order incidents" },
  incidentRate: { vi: "vụ/1.000 dân/năm", en: "per 1,000 people a year" },
  byUnit: { vi: "Theo đơn vị", en: "By unit" },
  code: { vi: "Mã", en: "Code" },
  unit: { vi: "Đơn vị", en: "Unit" },
  hamlets: { vi: "Bản", en: "Hamlets" },
  covered: { vi: "Có mô hình", en: "With model" },
  population: { vi: "Dân số", en: "Population" },
  households: { vi: "Số hộ", en: "Households" },
  security: { vi: "Tổ ANND", en: "Security" },
  mediation: { vi: "Tổ HG", en: "Mediation" },
  fire: { vi: "Tổ PCCC", en: "Fire" },
  groupsShort: { vi: "Nhóm LGTQ", en: "Groups" },
  incidentsShort: { vi: "Vụ việc", en: "Incidents" },
  rateShort: { vi: "Vụ/1.000 dân/năm", en: "Per 1,000/yr" },
  withinShort: { vi: "Dân số trong {r} km", en: "Pop. within {r} km" },
  total: { vi: "Tổng cộng", en: "Total" },
  totalNote: {
    vi: "Tổng cộng gồm cả các bản chưa gắn được với đơn vị nào.",
    en: "The total includes hamlets not joined to any unit.",
  },
  beforeAfter: { vi: "Trước và sau khi có mô hình", en: "Before and after the model" },
  association: {
    vi: "Đây là mối tương quan, không phải bằng chứng mô hình làm giảm vụ việc: nhiều yếu tố khác cũng tác động.",
    en: "This is an association, not proof that the model reduced incidents: many other things play a part.",
  },
  unjoined: { vi: "Dữ liệu chưa gắn được với đơn vị", en: "Data not joined to a unit" },
  nothingUnjoined: {
    vi: "Mọi đối tượng đều đã gắn với một đơn vị.",
    en: "Every feature is joined to a unit.",
  },
  outsideIncidents: {
    vi: "Vụ việc trong kỳ nằm ngoài mọi đơn vị (không tính vào tổng)",
    en: "Incidents in the period outside every unit (not in the totals)",
  },
  csvWithin: { vi: "Dân số trong bán kính {r} km", en: "Population within {r} km" },
  csvRate: { vi: "Vụ việc/1.000 dân/năm", en: "Incidents per 1,000 people a year" },
  csvCoveredPopulation: { vi: "Dân số bản có mô hình", en: "Covered population" },
  csvGroupsPer100: { vi: "Nhóm LGTQ/100 hộ", en: "Groups per 100 households" },
} satisfies Record<string, Texts>;

export const KIND_LABELS: Record<Unjoined["kind"], Texts> = {
  hamlets: { vi: "Bản", en: "Hamlets" },
  sites: { vi: "Điểm mô hình, trụ sở Công an xã", en: "Model sites and police posts" },
  incidents: { vi: "Vụ việc", en: "Incidents" },
  activities: { vi: "Số liệu hoạt động", en: "Activity records" },
};

const REASON_LABELS: Record<string, Texts> = {
  "no-reference": { vi: "không có mã, tên đơn vị hay vị trí", en: "no unit code, unit name or location" },
  "no-units": { vi: "lớp đơn vị trống", en: "the units layer is empty" },
  "code-unknown": { vi: "mã đơn vị không có trong lớp đơn vị", en: "unit code not in the units layer" },
  "name-unknown": { vi: "tên đơn vị không khớp", en: "unit name matches no unit" },
  "name-ambiguous": { vi: "tên đơn vị khớp nhiều đơn vị", en: "unit name matches several units" },
  "outside-units": { vi: "vị trí nằm ngoài mọi đơn vị", en: "location outside every unit" },
  "no-crosswalk": { vi: "khác kỳ hành chính, không có danh mục", en: "other period, no gazetteer" },
  "other-period-split": {
    vi: "xã mới gồm nhiều đơn vị cũ, không có vị trí",
    en: "new commune of several old units, no location",
  },
  "not-joined": { vi: "chưa qua bước ghép đơn vị", en: "not run through the join" },
};

/** "code-unknown; outside-units" → the reasons in words, in one language. */
export function describeReasons(reason: string, language: keyof Texts): string {
  return reason
    .split("; ")
    .map((code) => REASON_LABELS[code]?.[language] ?? code)
    .join("; ");
}

/** Fills {r} with the radius. */
export function withRadius(texts: Texts, radiusKm: number): Texts {
  return {
    vi: texts.vi.replace("{r}", formatDecimal(radiusKm)),
    en: texts.en.replace("{r}", String(radiusKm)),
  };
}
