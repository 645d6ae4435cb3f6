// The coverage figures as a table: one column list shared by the app's sortable table and its
// CSV download, so the screen and the file can never disagree.
import type { AreaFigures } from "../domain/coverage";
import type { TableArea } from "../domain/coverage/tables-coverage";
import { type CsvLanguage, writeCsv } from "../domain/csv-writer";

export interface CoverageColumn<Row = AreaFigures> {
  key: string;
  vi: string;
  en: string;
  value(area: Row): number | string | null;
  /** Digits after the decimal point when shown. */
  digits?: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

interface HamletCounts {
  code: string;
  name: string;
  hamlets: number;
  coveredHamlets: number;
}

/** The columns both tables open with: the unit and its hamlets covered. */
function leadingColumns<Row extends HamletCounts>(): CoverageColumn<Row>[] {
  return [
    { key: "code", vi: "Mã", en: "Code", value: (area) => area.code },
    { key: "name", vi: "Đơn vị", en: "Unit", value: (area) => area.name },
    { key: "hamlets", vi: "Số bản", en: "Hamlets", value: (area) => area.hamlets },
    {
      key: "coveredHamlets",
      vi: "Bản có mô hình",
      en: "Hamlets covered",
      value: (area) => area.coveredHamlets,
    },
    {
      key: "coveredShare",
      vi: "Tỷ lệ bản có mô hình (%)",
      en: "Share covered (%)",
      value: (area) => ratio(area.coveredHamlets, area.hamlets),
      digits: 0,
    },
  ];
}

export function coverageColumns(radiusKm: number): CoverageColumn[] {
  return [
    ...leadingColumns<AreaFigures>(),
    { key: "population", vi: "Dân số", en: "Population", value: (area) => area.population },
    {
      key: "coveredPopulation",
      vi: "Dân số bản có mô hình",
      en: "Population covered",
      value: (area) => area.coveredPopulation,
    },
    { key: "security", vi: "Tổ ANND", en: "Security teams", value: (area) => area.teams.security },
    { key: "mediation", vi: "Tổ hòa giải", en: "Mediation teams", value: (area) => area.teams.mediation },
    { key: "fire", vi: "Tổ PCCC", en: "Fire teams", value: (area) => area.teams.fire },
    { key: "groups", vi: "Nhóm LGTQ", en: "Groups", value: (area) => area.groups },
    {
      key: "groupsPer100Households",
      vi: "Nhóm/100 hộ",
      en: "Groups per 100 households",
      value: (area) => area.groupsPer100Households,
      digits: 1,
    },
    {
      key: "populationWithinRadius",
      vi: `Dân số trong ${radiusKm} km`,
      en: `Population within ${radiusKm} km`,
      value: (area) => area.populationWithinRadius,
    },
    { key: "incidents", vi: "Vụ việc", en: "Incidents", value: (area) => area.incidents },
    {
      key: "incidentRate",
      vi: "Vụ/1.000 dân/năm",
      en: "Per 1,000 people a year",
      value: (area) => area.incidentRate,
      digits: 1,
    },
    {
      key: "outreachSessions",
      vi: "Buổi tuyên truyền",
      en: "Outreach sessions",
      value: (area) => area.outreachSessions,
    },
    {
      key: "outreachAttendances",
      vi: "Lượt người nghe",
      en: "Attendances",
      value: (area) => area.outreachAttendances,
    },
    { key: "commitments", vi: "Cam kết", en: "Commitments", value: (area) => area.commitments },
    { key: "gunsRecovered", vi: "Súng thu hồi", en: "Guns recovered", value: (area) => area.gunsRecovered },
    {
      key: "reintegrationSupported",
      vi: "Tái hòa nhập",
      en: "Reintegration",
      value: (area) => area.reintegrationSupported,
    },
  ];
}

/**
 * The columns a tile archive's summary tables fill: today's hamlet figures and each commune's
 * incidents over all dates (nothing of a window, nothing the tables lack).
 */
export function tablesColumns(): CoverageColumn<TableArea>[] {
  return [
    ...leadingColumns<TableArea>(),
    { key: "modelPoints", vi: "Mô hình điểm", en: "Model points", value: (area) => area.modelPoints },
    { key: "population", vi: "Dân số", en: "Population", value: (area) => area.population },
    { key: "households", vi: "Số hộ", en: "Households", value: (area) => area.households },
    { key: "security", vi: "Tổ ANND", en: "Security teams", value: (area) => area.teams.security },
    { key: "mediation", vi: "Tổ hòa giải", en: "Mediation teams", value: (area) => area.teams.mediation },
    { key: "fire", vi: "Tổ PCCC", en: "Fire teams", value: (area) => area.teams.fire },
    { key: "groups", vi: "Nhóm LGTQ", en: "Groups", value: (area) => area.groups },
    {
      key: "groupsPer100Households",
      vi: "Nhóm/100 hộ",
      en: "Groups per 100 households",
      value: (area) => area.groupsPer100Households,
      digits: 1,
    },
    {
      key: "incidentsAllDates",
      vi: "Vụ việc (mọi thời điểm)",
      en: "Incidents (all dates)",
      value: (area) => area.incidentsAllDates,
    },
  ];
}

const rounded = (value: number | string | null, digits: number | undefined) =>
  typeof value === "number" && digits !== undefined ? Number(value.toFixed(digits)) : value;

/**
 * Through the one CSV writer (the language's delimiter and decimal mark, formulas neutralised):
 * headers in Vietnamese with the English in brackets; a total row last.
 */
export function coverageCsv<Row>(
  columns: readonly CoverageColumn<Row>[],
  rows: readonly Row[],
  total: Row,
  language: CsvLanguage,
): string {
  const header = columns.map((column) => `${column.vi} (${column.en})`);
  const lines = [...rows, total].map((area) =>
    columns.map((column) => rounded(column.value(area), column.digits)),
  );
  return writeCsv(header, lines, language);
}
