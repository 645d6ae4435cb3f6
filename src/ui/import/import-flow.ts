// The choices about a file's source that the import review offers besides the column mapping:
// which sheet and header row, which province and administrative period, and the user's answers
// to doubtful units. Pure updaters, so a change never needs the file chosen again: the job keeps
// the File and reads it afresh for each run.
import type { ImportRequest, ImportResult, UnitMatchReport } from "../../data/import/import-types";
import { dictionary, ownValue, setOwn } from "../../domain/records";
import type { AdminPeriod, Kind } from "../../domain/types";
import type { ImportChoices } from "./field-memory";

export interface SourceChoices {
  /** Workbooks: the sheet's name; null lets the engine take the first with data. */
  sheet: string | null;
  /** Tables: the line or row (from 1) with the column names; null lets the engine find it. */
  headerRow: number | null;
  /** The gazetteer province ("Tỉnh Sơn La"); null: from the file's column or its names. */
  province: string | null;
  /** null: found from the units' names (or the records' dates). */
  adminPeriod: AdminPeriod | null;
  /** A doubtful unit's name as the file writes it → the official code the user accepted. */
  unitChoices: Record<string, string>;
}

export const NO_SOURCE_CHOICES: SourceChoices = {
  sheet: null,
  headerRow: null,
  province: null,
  adminPeriod: null,
  unitChoices: {},
};

/** Another sheet has its own header row and its own units. */
export function chooseSheet(source: SourceChoices, sheet: string | null): SourceChoices {
  if (source.sheet === sheet) return source;
  return { ...source, sheet, headerRow: null, unitChoices: {} };
}

/** 0, negative or not a whole number: let the engine find the row again. */
export function chooseHeaderRow(source: SourceChoices, row: number | null): SourceChoices {
  const headerRow = row !== null && Number.isInteger(row) && row >= 1 ? row : null;
  return source.headerRow === headerRow ? source : { ...source, headerRow };
}

/** Another province or period makes other units doubtful: earlier answers no longer hold. */
export function chooseProvince(source: SourceChoices, province: string | null): SourceChoices {
  return source.province === province ? source : { ...source, province, unitChoices: {} };
}

export function choosePeriod(source: SourceChoices, adminPeriod: AdminPeriod | null): SourceChoices {
  return source.adminPeriod === adminPeriod ? source : { ...source, adminPeriod, unitChoices: {} };
}

/** code null: no answer (the unit stays as the engine left it: unknown, with a provisional code). */
export function chooseUnit(source: SourceChoices, nameInFile: string, code: string | null): SourceChoices {
  if ((chosenCode(source, nameInFile) ?? null) === code) return source;
  // The file's names are data ("constructor", "__proto__" are names like any other).
  const unitChoices = dictionary<string>();
  for (const [name, chosen] of Object.entries(source.unitChoices))
    if (name !== nameInFile) setOwn(unitChoices, name, chosen);
  if (code !== null) setOwn(unitChoices, nameInFile, code);
  return { ...source, unitChoices };
}

/** The code the user accepted for a unit of the file, if any. */
export function chosenCode(source: SourceChoices, nameInFile: string): string | undefined {
  return ownValue(source.unitChoices, nameInFile);
}

/** The units the user should look at: not found, with or without close names to offer. */
export function doubtfulUnits(result: ImportResult): UnitMatchReport[] {
  return (result.unitMatches ?? []).filter(
    (match) => match.status === "suggested" || match.status === "unknown",
  );
}

/** Units placed by the user's own answer in the last run, so the review can show what was chosen. */
export function chosenUnits(result: ImportResult): UnitMatchReport[] {
  return (result.unitMatches ?? []).filter((match) => match.status === "chosen");
}

/** Whether the column names may be on another row: titles were skipped, or the row asked for is missing. */
export function headerInDoubt(result: ImportResult): boolean {
  if (result.detection.headerRow === null || result.detection.headerRow === undefined) return false;
  return (
    result.detection.headerRow > 1 ||
    result.messages.some((message) => message.code === "header-row" || message.code === "header-row-missing")
  );
}

/** The request's choices, without the bytes (read afresh each run) and the gazetteer. */
export function requestChoices(
  kind: Kind | null,
  choices: ImportChoices | null,
  source: SourceChoices,
): Omit<ImportRequest, "fileName" | "bytes" | "gazetteer"> {
  return {
    kind: choices?.kind ?? kind,
    crs: choices?.crs ?? null,
    fields: choices?.fields ?? null,
    sheet: source.sheet,
    headerRow: source.headerRow,
    province: source.province,
    adminPeriod: source.adminPeriod,
    unitChoices: Object.keys(source.unitChoices).length > 0 ? source.unitChoices : null,
  };
}
