// A plan leaves the app as GeoJSON (for QGIS or another map) and as CSV (for Excel, the list
// handed to the leadership): headers in Vietnamese with English in brackets.
import type { Feature, FeatureCollection, Point } from "geojson";
import { type CsvLanguage, writeCsv } from "../csv-writer";
import type { Objective, Plan } from "./planner-types";

export interface PlanPointProperties {
  planId: string;
  planName: string;
  order: number;
  code: string;
  name: string;
  unitCode: string | null;
  gain: number;
  objective: Objective;
  score: number | null;
  locked: boolean;
}

export function planToGeoJson(plan: Plan): FeatureCollection<Point, PlanPointProperties> {
  const features = plan.picks.map(
    (pick): Feature<Point, PlanPointProperties> => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [pick.longitude, pick.latitude] },
      properties: {
        planId: plan.id,
        planName: plan.name,
        order: pick.order,
        code: pick.code,
        name: pick.name,
        unitCode: pick.unitCode,
        gain: pick.gain,
        objective: plan.options.objective,
        score: pick.score,
        locked: pick.locked,
      },
    }),
  );
  return { type: "FeatureCollection", features };
}

const GAIN_HEADERS: Record<Objective, string> = {
  population: "Dân số được phủ thêm (Population newly reached)",
  incidents: "Vụ việc được phủ thêm (Incidents newly reached)",
  hamlets: "Số bản được phủ thêm (Hamlets newly reached)",
};

const numberCell = (value: number | null, decimals: number) =>
  value === null ? null : Number(value.toFixed(decimals));

/**
 * Through the one CSV writer (csv-writer.ts): in Vietnamese ";" and decimal commas, which
 * Vietnamese Excel splits and reads as numbers; a hamlet name from an imported file that starts
 * like a formula is neutralised there.
 */
export function planToCsv(plan: Plan, language: CsvLanguage): string {
  const header = [
    "Thứ tự (Order)",
    "Mã bản (Hamlet code)",
    "Tên bản (Hamlet)",
    "Mã xã (Commune code)",
    "Kinh độ (Longitude)",
    "Vĩ độ (Latitude)",
    GAIN_HEADERS[plan.options.objective],
    "Điểm ưu tiên 0–100 (Score 0–100)",
    "Chọn trước (Locked in)",
  ];
  const rows = plan.picks.map((pick) => [
    pick.order,
    pick.code,
    pick.name,
    pick.unitCode ?? "",
    numberCell(pick.longitude, 6),
    numberCell(pick.latitude, 6),
    numberCell(pick.gain, 3),
    numberCell(pick.score === null ? null : pick.score * 100, 1),
    pick.locked ? "có (yes)" : "không (no)",
  ]);
  return writeCsv(header, rows, language);
}
