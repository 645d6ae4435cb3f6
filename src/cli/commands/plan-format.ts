// What `plan` prints: a list a planner can read out (Vietnamese first, English in brackets), or
// with --json only the plan as JSON for other tools.
import {
  type DistanceDirection,
  FACTORS,
  type Objective,
  type PlanNote,
  type PlanNoteCode,
  type PlannerWeights,
  type PlanResult,
} from "../../domain/planner/planner-types";

/** What the demand was weighted by (the view's weights, direction and size measure). */
export interface PlanSetup {
  weights: PlannerWeights;
  distanceDirection: DistanceDirection;
  sizeBy: "population" | "households";
}

const FACTOR_NAMES = {
  need: "nhu cầu (need)",
  size: "quy mô (size)",
  readiness: "sẵn sàng (readiness)",
  distance: "khoảng cách (distance)",
} as const;

const SIZE_NAMES = { population: "dân số (population)", households: "số hộ (households)" } as const;

function setupLine(result: PlanResult, setup: PlanSetup): string {
  if (!result.weighted) {
    return "Trọng số (weights): tất cả 0 — mỗi đối tượng tính như nhau (all 0: every unit of demand counts the same)";
  }
  const weights = FACTORS.map((factor) => `${FACTOR_NAMES[factor]} ${setup.weights[factor]}`).join(", ");
  const direction =
    setup.distanceDirection === "contiguous" ? "gần mô hình (near a model)" : "lấp chỗ trống (fill gaps)";
  return `Trọng số (weights): ${weights}; hướng (direction): ${direction}; quy mô theo (size by): ${SIZE_NAMES[setup.sizeBy]}\nMỗi đối tượng tính theo điểm ưu tiên 0–1 của bản mình (each unit of demand counts by its hamlet's priority score 0–1)`;
}

const OBJECTIVE_NAMES: Record<Objective, string> = {
  population: "dân số (population)",
  incidents: "vụ việc (incidents)",
  hamlets: "số bản (hamlets)",
};

const NOTE_TEXTS: Record<PlanNoteCode, string> = {
  "locked-not-candidate":
    "chọn trước nhưng không phải bản chưa có mô hình trong dữ liệu (locked in, but not an uncovered hamlet of the data)",
  "locked-and-ruled-out": "vừa chọn trước vừa loại trừ: đã loại trừ (both locked in and ruled out: left out)",
  "locked-over-k": "số bản chọn trước nhiều hơn K: giữ tất cả (more locked-in hamlets than K: all kept)",
  "locked-over-unit-limit":
    "chọn trước vượt giới hạn mỗi xã: vẫn giữ (locked in beyond the per-commune limit: kept)",
  "no-more-gain":
    "không còn bản nào đưa thêm đối tượng vào bán kính: dừng sớm (no pick adds anything within the radius: stopped early)",
  "no-candidates": "hết bản đủ điều kiện: dừng sớm (no eligible candidates left: stopped early)",
};

/** Spaces between thousands read the same in Vietnamese and English (1.000 vs 1,000 do not). */
export function formatCount(value: number): string {
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1);
  const [whole = "", fraction] = rounded.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, " ");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const percent = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)}%`);

function formatNote(note: PlanNote): string {
  return `  - ${note.code === null ? "" : `${note.code}: `}${NOTE_TEXTS[note.note]}\n`;
}

export function formatPlan(
  result: PlanResult,
  unitNames: ReadonlyMap<string, string>,
  setup: PlanSetup,
): string {
  const { options } = result;
  const limit = options.maxPerUnit === null ? "" : `, tối đa ${options.maxPerUnit}/xã (max per commune)`;
  const lines = [
    "Bình Yên — kế hoạch nhân rộng (expansion plan)",
    `Mục tiêu (objective): ${OBJECTIVE_NAMES[options.objective]} trong bán kính ${options.radiusKm} km (within ${options.radiusKm} km); K = ${options.k}${limit}`,
    setupLine(result, setup),
    `Trước (before): ${formatCount(result.before)} / ${formatCount(result.total)} (${percent(result.beforePercent)})`,
    "",
    "  #  Mã bản (code)   Tên bản (hamlet)                Xã (commune)              Tăng thêm (gain)  Giá trị (value)",
  ];
  for (const pick of result.picks) {
    const unit = pick.unitCode === null ? "—" : (unitNames.get(pick.unitCode) ?? pick.unitCode);
    const locked = pick.locked ? "  [chọn trước (locked in)]" : "";
    lines.push(
      `${String(pick.order).padStart(3)}  ${pick.code.padEnd(15)} ${pick.name.padEnd(31)} ${unit.padEnd(25)} ${`+${formatCount(pick.gain)}`.padEnd(17)} ${formatCount(Math.round(pick.value))}${locked}`,
    );
  }
  if (result.picks.length === 0) lines.push("  (không có bản nào được chọn — no picks)");
  lines.push(
    "",
    `Sau (after): ${formatCount(result.after)} / ${formatCount(result.total)} (${percent(result.afterPercent)}), +${formatCount(result.after - result.before)}`,
  );
  let text = `${lines.join("\n")}\n`;
  if (result.notes.length > 0) text += `Ghi chú (notes):\n${result.notes.map(formatNote).join("")}`;
  return text;
}

const rounded = (value: number) => Math.round(value * 1000) / 1000;

export function planJson(result: PlanResult, setup: PlanSetup) {
  const { options } = result;
  return {
    objective: options.objective,
    weighted: result.weighted,
    weights: setup.weights,
    direction: setup.distanceDirection === "contiguous" ? "near" : "gaps",
    sizeBy: setup.sizeBy,
    radiusKm: options.radiusKm,
    k: options.k,
    maxPerUnit: options.maxPerUnit,
    total: result.total,
    before: result.before,
    after: result.after,
    beforePercent: result.beforePercent,
    afterPercent: result.afterPercent,
    picks: result.picks.map((pick) => ({
      order: pick.order,
      code: pick.code,
      name: pick.name,
      unitCode: pick.unitCode,
      gain: pick.gain,
      value: rounded(pick.value),
      valueParts:
        pick.valueParts &&
        Object.fromEntries(FACTORS.map((factor) => [factor, rounded(pick.valueParts?.[factor] ?? 0)])),
      lon: pick.longitude,
      lat: pick.latitude,
      score: pick.score,
      locked: pick.locked,
    })),
    notes: result.notes,
  };
}
