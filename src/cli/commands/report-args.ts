// The options of `geodata report` beyond the dataset's own (--units F …, --field ours=theirs).
import { isValidIsoDate } from "../../domain/coverage/calendar";
import { DEFAULT_RADIUS_KM } from "../../domain/coverage/compute-coverage";
import type { CsvLanguage } from "../../domain/csv-writer";
import type { AdminPeriod, IsoDate } from "../../domain/types";
import { UsageError } from "../cli-io";
import { type DatasetArgs, parseDatasetArgs } from "../dataset-args";
import { parseAdminPeriod } from "./unit-matches";

export const REPORT_FORMATS = ["md", "json", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportArgs {
  dataset: DatasetArgs;
  from: IsoDate | null;
  to: IsoDate | null;
  radiusKm: number;
  format: ReportFormat;
  /** The map to report by: today's communes (rolled up if need be) or the older units; null: as given. */
  adminPeriod: AdminPeriod | null;
  /** The CSV's dialect: what Vietnamese (the default) or English Excel opens as it is. */
  language: CsvLanguage;
}

const OPTIONS = ["from", "to", "radius-km", "format", "admin-period", "lang"] as const;
type OptionName = (typeof OPTIONS)[number];

function parseDate(flag: string, value: string): IsoDate {
  if (!isValidIsoDate(value))
    throw new UsageError(
      `--${flag} needs a date as YYYY-MM-DD, e.g. 2022-12-31; got ${JSON.stringify(value)}`,
    );
  return value as IsoDate;
}

function parseRadius(value: string): number {
  // A decimal comma is what Vietnamese spreadsheets write.
  const radius = /^\d+([.,]\d+)?$/u.test(value) ? Number(value.replace(",", ".")) : Number.NaN;
  if (!Number.isFinite(radius))
    throw new UsageError(`--radius-km needs a number of kilometres ≥ 0; got ${JSON.stringify(value)}`);
  return radius;
}

function parseFormat(value: string): ReportFormat {
  if (!(REPORT_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--format needs one of ${REPORT_FORMATS.join(", ")}; got ${JSON.stringify(value)}`);
  }
  return value as ReportFormat;
}

function parseLanguage(value: string): CsvLanguage {
  if (value !== "vi" && value !== "en")
    throw new UsageError(`--lang needs vi or en; got ${JSON.stringify(value)}`);
  return value;
}

export function parseReportArgs(args: readonly string[]): ReportArgs {
  const dataset = parseDatasetArgs(args);
  const values: Partial<Record<OptionName, string>> = {};
  const rest = dataset.rest;
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index] as string;
    const [flag, inline] = arg.startsWith("--")
      ? [arg.slice(2).split("=")[0] ?? "", arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : null]
      : ["", null];
    if (!(OPTIONS as readonly string[]).includes(flag))
      throw new UsageError(`unknown option or argument ${arg}`);
    const value = inline ?? rest[++index];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
    values[flag as OptionName] = value;
  }
  const from = values.from === undefined ? null : parseDate("from", values.from);
  const to = values.to === undefined ? null : parseDate("to", values.to);
  if (from !== null && to !== null && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return {
    dataset: { ...dataset, rest: [] },
    from,
    to,
    radiusKm: values["radius-km"] === undefined ? DEFAULT_RADIUS_KM : parseRadius(values["radius-km"]),
    format: values.format === undefined ? "md" : parseFormat(values.format),
    adminPeriod: values["admin-period"] === undefined ? null : parseAdminPeriod(values["admin-period"]),
    language: values.lang === undefined ? "vi" : parseLanguage(values.lang),
  };
}
