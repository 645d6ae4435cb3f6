// The expansion planner's words, Vietnamese first.
import type { Factor, Objective, PlanNoteCode } from "../../domain/planner/planner-types";
import type { WhatIfKey } from "../../domain/planner/what-if";
import type { Language } from "../../state/view";

const phrases = {
  plannerView: { vi: "Nhân rộng mô hình", en: "Expanding the model" },
  weightsTitle: { vi: "Tiêu chí ưu tiên", en: "What matters" },
  weightsHint: {
    vi: "Kéo để tăng hoặc giảm tầm quan trọng của từng tiêu chí.",
    en: "Drag to weigh each criterion more or less.",
  },
  need: { vi: "Nhu cầu (vụ việc/1.000 dân)", en: "Need (incidents per 1,000)" },
  size: { vi: "Quy mô bản", en: "Hamlet size" },
  readiness: { vi: "Sẵn sàng (tổ, nhóm)", en: "Readiness (teams, groups)" },
  distance: { vi: "Khoảng cách tới mô hình", en: "Distance to a model" },
  needShort: { vi: "Nhu cầu", en: "Need" },
  sizeShort: { vi: "Quy mô", en: "Size" },
  readinessShort: { vi: "Sẵn sàng", en: "Readiness" },
  distanceShort: { vi: "Khoảng cách", en: "Distance" },
  direction: { vi: "Hướng nhân rộng", en: "Direction" },
  contiguous: { vi: "Gần mô hình", en: "Contiguous" },
  fillGaps: { vi: "Lấp chỗ trống", en: "Fill gaps" },
  sizeBy: { vi: "Quy mô theo", en: "Size by" },
  population: { vi: "Dân số", en: "Population" },
  households: { vi: "Số hộ", en: "Households" },
  pickTitle: { vi: "Chọn {k} điểm nhân rộng", en: "Pick {k} sites" },
  k: { vi: "Số điểm (K)", en: "Sites (K)" },
  objective: { vi: "Mục tiêu phủ", en: "Objective" },
  objectivePopulation: { vi: "Dân số", en: "Population" },
  objectiveIncidents: { vi: "Vụ việc", en: "Incidents" },
  objectiveHamlets: { vi: "Số bản", en: "Hamlets" },
  radius: { vi: "Bán kính (km)", en: "Radius (km)" },
  maxPerUnit: { vi: "Tối đa mỗi xã", en: "Max per commune" },
  noLimit: { vi: "Không giới hạn", en: "No limit" },
  run: { vi: "Chọn điểm", en: "Pick sites" },
  running: { vi: "Đang tính…", en: "Working…" },
  clearPicks: { vi: "Xóa kế hoạch", en: "Clear plan" },
  picksTitle: { vi: "Kế hoạch ({n} điểm)", en: "Plan ({n} sites)" },
  picksEmpty: {
    vi: "Chưa chọn bản nào. Bấm “Chọn điểm”, hoặc bấm vào một bản trên bản đồ.",
    en: "No hamlet chosen yet. Press “Pick sites”, or click a hamlet on the map.",
  },
  gainPopulation: { vi: "+{n} dân", en: "+{n} people" },
  gainIncidents: { vi: "+{n} vụ", en: "+{n} incidents" },
  gainHamlets: { vi: "+{n} bản", en: "+{n} hamlets" },
  lockedMark: { vi: "chọn trước", en: "locked in" },
  removePick: { vi: "Bỏ {name} khỏi kế hoạch", en: "Take {name} out of the plan" },
  runError: { vi: "Không chọn được điểm: {reason}", en: "Could not pick sites: {reason}" },
  noteNoMoreGain: {
    vi: "Không còn điểm nào phủ thêm được: dừng ở {n} điểm.",
    en: "No further site adds anything: stopped at {n}.",
  },
  noteNoCandidates: { vi: "Hết bản để chọn.", en: "No hamlets left to pick." },
  noteLockedNotCandidate: {
    vi: "{code} đã có mô hình hoặc không có trong dữ liệu: không chọn trước được.",
    en: "{code} is covered already or not in the data: it cannot be locked in.",
  },
  noteLockedAndRuledOut: {
    vi: "{code} vừa chọn trước vừa bị loại.",
    en: "{code} is both locked in and ruled out.",
  },
  noteLockedOverUnit: {
    vi: "{code} được chọn trước dù xã đã đủ số điểm tối đa.",
    en: "{code} is locked in although its commune is at the limit.",
  },
  noteLockedOverK: { vi: "Số bản chọn trước vượt quá K.", en: "More hamlets locked in than K." },
  candidatesTitle: { vi: "Xếp hạng", en: "Ranking" },
  hamletsTab: { vi: "Bản ({n})", en: "Hamlets ({n})" },
  unitsTab: { vi: "Xã ({n})", en: "Communes ({n})" },
  timelineTab: { vi: "Tiến độ theo năm", en: "By year" },
  plansTab: { vi: "Kế hoạch đã lưu ({n})", en: "Saved plans ({n})" },
  rank: { vi: "Hạng", en: "Rank" },
  name: { vi: "Tên", en: "Name" },
  commune: { vi: "Xã", en: "Commune" },
  score: { vi: "Điểm", en: "Score" },
  why: { vi: "Vì sao (đóng góp của từng tiêu chí)", en: "Why (each criterion's share)" },
  inPlan: { vi: "Vào kế hoạch", en: "In plan" },
  lockIn: { vi: "Chọn trước", en: "Lock in" },
  ruleOut: { vi: "Loại", en: "Rule out" },
  uncoveredHeader: { vi: "Bản chưa có", en: "Not covered" },
  uncoveredOf: { vi: "{n}/{total} bản chưa có", en: "{n}/{total} not covered" },
  noCandidates: { vi: "Mọi bản đã có mô hình.", en: "Every hamlet is covered." },
  whatIfTitle: { vi: "Nếu thực hiện kế hoạch", en: "If the plan is carried out" },
  coveredHamlets: { vi: "Bản có mô hình", en: "Hamlets covered" },
  coveredPopulation: { vi: "Dân số ở bản có mô hình", en: "People in covered hamlets" },
  coveredHouseholds: { vi: "Hộ ở bản có mô hình", en: "Households in covered hamlets" },
  hamletsWithinRadius: { vi: "Bản trong {r} km", en: "Hamlets within {r} km" },
  populationWithinRadius: { vi: "Dân số trong {r} km", en: "Population within {r} km" },
  incidentsWithinRadius: { vi: "Vụ việc trong {r} km", en: "Incidents within {r} km" },
  peacefulUnits: { vi: "Xã bình yên", en: "Peaceful communes" },
  before: { vi: "Trước", en: "Before" },
  after: { vi: "Sau", en: "After" },
  showBefore: { vi: "Xem trước/sau", en: "Show before/after" },
  compareSwipe: { vi: "So sánh trước/sau (kéo)", en: "Compare before/after (swipe)" },
  swipeLabel: { vi: "Kéo để so sánh trước và sau", en: "Drag to compare before and after" },
  swipeValue: { vi: "Trước {before}%, sau {after}%", en: "Before {before}%, after {after}%" },
  swipeHint: {
    vi: "Kéo, hoặc dùng phím mũi tên, Home, End; Esc để thoát",
    en: "Drag, or use the arrow keys, Home, End; Esc to leave",
  },
  legendPlan: { vi: "Kế hoạch nhân rộng", en: "Replication plan" },
  legendCandidates: { vi: "Điểm ưu tiên của bản chưa có", en: "Priority of uncovered hamlets" },
  legendPick: { vi: "Điểm đã chọn (thứ tự)", en: "Chosen site (order)" },
  legendReach: { vi: "Phạm vi {r} km mới", en: "New {r} km reach" },
  timelineTitle: { vi: "Số bản có mô hình theo năm", en: "Hamlets covered by year" },
  perYear: { vi: "Số bản mỗi năm", en: "Hamlets a year" },
  play: { vi: "Chạy theo năm", en: "Play by year" },
  pause: { vi: "Dừng", en: "Pause" },
  recorded: { vi: "Đã có", en: "Recorded" },
  planned: { vi: "Kế hoạch", en: "Planned" },
  yearShown: { vi: "Năm {year}: {n} bản mới, tổng {total}", en: "{year}: {n} new, {total} in all" },
  timelineNone: {
    vi: "Chưa có bản nào có ngày áp dụng mô hình.",
    en: "No hamlet has an adoption date yet.",
  },
  savePlan: { vi: "Lưu kế hoạch", en: "Save plan" },
  planName: { vi: "Tên kế hoạch", en: "Plan name" },
  defaultPlanName: { vi: "Kế hoạch {n}", en: "Plan {n}" },
  open: { vi: "Mở", en: "Open" },
  duplicate: { vi: "Nhân bản", en: "Duplicate" },
  rename: { vi: "Đổi tên", en: "Rename" },
  renameOf: { vi: "Đổi tên “{name}”", en: "Rename “{name}”" },
  renameSave: { vi: "Lưu tên", en: "Save name" },
  cancel: { vi: "Hủy", en: "Cancel" },
  nameRequired: { vi: "Tên kế hoạch không được để trống.", en: "A plan needs a name." },
  remove: { vi: "Xóa", en: "Delete" },
  compare: { vi: "So sánh", en: "Compare" },
  compareWith: { vi: "So sánh với", en: "Compare with" },
  closeCompare: { vi: "Đóng so sánh", en: "Close comparison" },
  onlyIn: { vi: "Chỉ có trong {name}", en: "Only in {name}" },
  inBoth: { vi: "Có trong cả hai", en: "In both" },
  notComparable: {
    vi: "Hai kế hoạch khác mục tiêu hoặc bán kính: số liệu không so sánh trực tiếp được.",
    en: "The plans differ in objective or radius: their figures are not directly comparable.",
  },
  gain: { vi: "Phủ thêm", en: "Gain" },
  noPlans: { vi: "Chưa lưu kế hoạch nào.", en: "No plan saved yet." },
  storageFull: {
    vi: "Bộ nhớ trình duyệt đã đầy: chưa lưu được. Hãy xóa bớt kế hoạch cũ.",
    en: "The browser's storage is full: not saved. Delete some old plans.",
  },
  storageUnavailable: {
    vi: "Trình duyệt không cho lưu (chế độ riêng tư?): kế hoạch chỉ còn đến khi đóng trang.",
    en: "The browser does not allow saving (private mode?): plans last only until the page closes.",
  },
  exportGeoJson: { vi: "Tải GeoJSON", en: "Download GeoJSON" },
  exportCsv: { vi: "Tải CSV", en: "Download CSV" },
  print: { vi: "In một trang", en: "Print one page" },
  printTitle: { vi: "Kế hoạch nhân rộng mô hình", en: "Plan for expanding the model" },
  printPrepared: { vi: "Lập ngày {date}", en: "Prepared {date}" },
  printPreparing: { vi: "Đang chuẩn bị bản in…", en: "Preparing the printout…" },
  printMapAlt: {
    vi: "Bản đồ kế hoạch: {n} điểm nhân rộng, đánh số theo thứ tự chọn, và phạm vi {r} km quanh mỗi điểm",
    en: "Map of the plan: {n} new sites, numbered in the order picked, with the {r} km reach around each",
  },
  computing: { vi: "Đang tính số liệu…", en: "Computing the figures…" },
  objectiveOf: { vi: "mục tiêu: {objective}, bán kính {r} km", en: "objective: {objective}, radius {r} km" },
  order: { vi: "TT", en: "No." },
} as const;

export type PlannerPhrase = keyof typeof phrases;

export function plannerText(
  language: Language,
  phrase: PlannerPhrase,
  values: Record<string, string | number> = {},
): string {
  let text: string = phrases[phrase][language];
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

export const NOTE_PHRASES: Record<PlanNoteCode, PlannerPhrase> = {
  "no-more-gain": "noteNoMoreGain",
  "no-candidates": "noteNoCandidates",
  "locked-over-k": "noteLockedOverK",
  "locked-not-candidate": "noteLockedNotCandidate",
  "locked-and-ruled-out": "noteLockedAndRuledOut",
  "locked-over-unit-limit": "noteLockedOverUnit",
};

export const FACTOR_PHRASES: Record<Factor, PlannerPhrase> = {
  need: "need",
  size: "size",
  readiness: "readiness",
  distance: "distance",
};

export const FACTOR_SHORT: Record<Factor, PlannerPhrase> = {
  need: "needShort",
  size: "sizeShort",
  readiness: "readinessShort",
  distance: "distanceShort",
};

export const OBJECTIVE_PHRASES: Record<Objective, PlannerPhrase> = {
  population: "objectivePopulation",
  incidents: "objectiveIncidents",
  hamlets: "objectiveHamlets",
};

export const GAIN_PHRASES: Record<Objective, PlannerPhrase> = {
  population: "gainPopulation",
  incidents: "gainIncidents",
  hamlets: "gainHamlets",
};

export const WHAT_IF_PHRASES: Record<WhatIfKey, PlannerPhrase> = {
  coveredHamlets: "coveredHamlets",
  coveredPopulation: "coveredPopulation",
  coveredHouseholds: "coveredHouseholds",
  hamletsWithinRadius: "hamletsWithinRadius",
  populationWithinRadius: "populationWithinRadius",
  incidentsWithinRadius: "incidentsWithinRadius",
  peacefulUnits: "peacefulUnits",
};

/** Factor colours for the stacked bars: Okabe-Ito, so they stay apart for colour-blind readers. */
export const FACTOR_COLOURS: Record<Factor, string> = {
  need: "#A23B83",
  size: "#0072B2",
  readiness: "#009E73",
  distance: "#E69F00",
};
