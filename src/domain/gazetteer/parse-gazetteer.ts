// Reading the gazetteer's CSV files (public/gazetteer/README.md documents every column): the
// index of provinces, and one file per province. Every problem names the file, line and column.
import { foldName, foldNameKeepingPrefix, normaliseText } from "../names";
import { ADMIN_PERIODS, type AdminPeriod, type UnitCode, type UnitType } from "../types";
import { readCsvRows } from "./csv-rows";
import type { GazetteerProblem, GazetteerUnit } from "./gazetteer-types";

const REQUIRED_UNIT_COLUMNS = ["period", "code", "type", "name"] as const;
const REQUIRED_INDEX_COLUMNS = ["province", "file"] as const;

/** The official type words, folded, and what they stand for. */
const TYPE_WORDS: Record<string, UnitType> = { xa: "commune", thitran: "town", phuong: "ward" };

export function unitTypeOfWord(word: string): UnitType | null {
  return TYPE_WORDS[foldNameKeepingPrefix(word)] ?? null;
}

type Problems = GazetteerProblem[];

interface Table {
  header: string[];
  rows: { values: Record<string, string>; line: number }[];
}

function readTable(
  text: string,
  file: string,
  required: readonly string[],
  problems: Problems,
): Table | null {
  const { rows, lines } = readCsvRows(text.normalize("NFC"));
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const missing = required.filter((name) => !header.includes(name));
  if (rows.length === 0 || missing.length > 0) {
    problems.push({
      level: "error",
      code: rows.length === 0 ? "gazetteer-empty" : "gazetteer-column-missing",
      file,
      line: rows.length === 0 ? null : 1,
      column: missing.join(", ") || null,
      found: rows.length === 0 ? null : header.join(","),
      expected: required.join(","),
    });
    return null;
  }
  return {
    header,
    rows: rows.slice(1).map((row, index) => ({
      values: Object.fromEntries(header.map((name, column) => [name, normaliseText(row[column] ?? "")])),
      line: lines[index + 1] ?? index + 2,
    })),
  };
}

export interface IndexEntry {
  province: string;
  file: string;
}

/** index.csv: which file holds which province. */
export function parseGazetteerIndex(
  text: string,
  file: string,
): { entries: IndexEntry[]; problems: Problems } {
  const problems: Problems = [];
  const table = readTable(text, file, REQUIRED_INDEX_COLUMNS, problems);
  const entries: IndexEntry[] = [];
  for (const { values, line } of table?.rows ?? []) {
    const province = values.province ?? "";
    const path = values.file ?? "";
    // Only a plain file name next to the index: the browser fetches it from the app's own origin.
    const bad = province === "" ? "province" : !/^[\w.-]+\.csv$/iu.test(path) ? "file" : null;
    if (bad !== null) {
      const expected = bad === "file" ? "a file name ending in .csv, in the same folder" : "a province name";
      problems.push(badValue(file, line, bad, values[bad] ?? "", expected));
    } else entries.push({ province, file: path });
  }
  return { entries, problems };
}

function badValue(file: string, line: number, column: string, found: string, expected: string) {
  return {
    level: "error" as const,
    code: "gazetteer-bad-value" as const,
    file,
    line,
    column,
    found,
    expected,
  };
}

const CODE = /^\d{5}$/u;

function optionalNumber(text: string | undefined, min: number, max: number): number | null | undefined {
  if (text === undefined || text === "") return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** One row into a unit, or null (with problems) when a value cannot be used. */
function readUnit(
  values: Record<string, string>,
  line: number,
  file: string,
  province: string,
  problems: Problems,
) {
  const before = problems.length;
  const bad = (column: string, expected: string) =>
    problems.push(badValue(file, line, column, values[column] ?? "", expected));
  const period = values.period as AdminPeriod;
  if (!ADMIN_PERIODS.includes(period)) bad("period", ADMIN_PERIODS.join(" or "));
  const code = values.code ?? "";
  if (!CODE.test(code)) bad("code", "5 digits, e.g. 03730");
  const typeName = values.type ?? "";
  const unitType = unitTypeOfWord(typeName);
  if (unitType === null) bad("type", "Xã, Thị trấn or Phường");
  const name = values.name ?? "";
  if (foldName(name) === "") bad("name", "the official name, e.g. Xã Chiềng Pha");
  const optionalCode = (column: string): UnitCode | null => {
    const value = values[column] ?? "";
    if (value !== "" && !CODE.test(value)) bad(column, "5 digits or empty");
    return value === "" ? null : (value as UnitCode);
  };
  const newCode = optionalCode("new_code");
  const mergedInto = optionalCode("merged_into");
  if (period === "from-2025-07-01" && (newCode !== null || mergedInto !== null))
    bad(newCode !== null ? "new_code" : "merged_into", "empty for a unit from 2025-07-01");
  const areaKm2 = optionalNumber(values.area_km2, 0, 100_000);
  if (areaKm2 === undefined) bad("area_km2", "a number of km² ≥ 0, or empty");
  const latitude = optionalNumber(values.lat, -90, 90);
  const longitude = optionalNumber(values.lon, -180, 180);
  if (latitude === undefined || longitude === undefined || (latitude === null) !== (longitude === null))
    bad(
      latitude === undefined || longitude !== undefined ? "lat" : "lon",
      "lat and lon in degrees, or both empty",
    );
  if (problems.length > before) return null;
  const unit: GazetteerUnit = {
    period,
    code: code as UnitCode,
    name,
    unitType: unitType as UnitType,
    typeName,
    district: period === "from-2025-07-01" || !values.district ? null : values.district,
    province,
    newCode,
    mergedInto,
    areaKm2: areaKm2 ?? null,
    centre: longitude != null && latitude != null ? [longitude, latitude] : null,
    aliases: (values.aliases ?? "")
      .split("|")
      .map((alias) => normaliseText(alias))
      .filter((alias) => alias !== ""),
    line,
  };
  return unit;
}

/** Codes unique per period (a unit merged away may share its successor's); references resolve. */
function crossCheck(units: readonly GazetteerUnit[], file: string, problems: Problems) {
  const current = new Map<string, GazetteerUnit>();
  const codes = new Set<string>();
  for (const unit of units) {
    codes.add(`${unit.period}/${unit.code}`);
    if (unit.mergedInto !== null) continue;
    const key = `${unit.period}/${unit.code}`;
    const earlier = current.get(key);
    if (earlier) {
      problems.push({
        level: "error",
        code: "gazetteer-duplicate-code",
        file,
        line: unit.line,
        column: "code",
        found: `${unit.code} (line ${earlier.line}: ${earlier.name})`,
        expected: "a code not used by another current unit of the same period",
      });
    } else current.set(key, unit);
  }
  const hasNew = units.some((unit) => unit.period === "from-2025-07-01");
  const reference = (unit: GazetteerUnit, column: string, key: string | null) => {
    if (key === null || codes.has(key)) return;
    const found = column === "new_code" ? unit.newCode : unit.mergedInto;
    problems.push({
      level: "warning",
      code: "gazetteer-unknown-code",
      file,
      line: unit.line,
      column,
      found,
      expected: null,
    });
  };
  for (const unit of units) {
    if (hasNew && unit.newCode !== null) reference(unit, "new_code", `from-2025-07-01/${unit.newCode}`);
    if (unit.mergedInto !== null) reference(unit, "merged_into", `before-2025-07-01/${unit.mergedInto}`);
  }
}

/**
 * The same folded name twice in one district and period cannot be told apart by name. The type
 * word counts: Mai Sơn had both Thị trấn Hát Lót and Xã Hát Lót.
 */
function sameNames(units: readonly GazetteerUnit[], file: string, problems: Problems) {
  const seen = new Map<string, GazetteerUnit>();
  for (const unit of units) {
    const key = `${unit.period}/${unit.district ?? ""}/${foldNameKeepingPrefix(unit.name)}`;
    const earlier = seen.get(key);
    if (earlier && earlier.code !== unit.code) {
      problems.push({
        level: "warning",
        code: "gazetteer-duplicate-name",
        file,
        line: unit.line,
        column: "name",
        found: `${unit.name} (line ${earlier.line}: ${earlier.code})`,
        expected: null,
      });
    } else seen.set(key, unit);
  }
}

/** One province's CSV. Rows with a problem are left out; the rest are usable. */
export function parseGazetteerCsv(
  text: string,
  file: string,
  province: string,
): { units: GazetteerUnit[]; problems: Problems } {
  const problems: Problems = [];
  const table = readTable(text, file, REQUIRED_UNIT_COLUMNS, problems);
  const units: GazetteerUnit[] = [];
  for (const { values, line } of table?.rows ?? []) {
    const unit = readUnit(values, line, file, province, problems);
    if (unit) units.push(unit);
  }
  if (table && units.length === 0 && problems.length === 0)
    problems.push({
      level: "error",
      code: "gazetteer-empty",
      file,
      line: null,
      column: null,
      found: null,
      expected: null,
    });
  crossCheck(units, file, problems);
  sameNames(units, file, problems);
  return { units, problems };
}
