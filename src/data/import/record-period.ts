// The administrative period of a layer of records (hamlets, sites, incidents, activities): given
// by the user, else read from the units they name (a 2026 list names Xã Bình Thuận, which only
// exists since 1 July 2025), else, for incidents, from each one's date. Written to each record's
// `adminPeriod`, so the join reads every code on the map of its own period.

import type { Gazetteer } from "../../domain/gazetteer/gazetteer-types";
import { findProvince } from "../../domain/gazetteer/lookup";
import { type PeriodReference, weighPeriods } from "../../domain/gazetteer/period-evidence";
import { ADMIN_PERIODS, type AdminPeriod, type Kind, type Message } from "../../domain/types";
import { gazetteerMessage } from "../gazetteer-messages";

export const REFORM_DATE = "2025-07-01";

export interface RecordPeriodOptions {
  file: string;
  gazetteer: Gazetteer | null;
  province: string | null;
  adminPeriod: AdminPeriod | null;
}

type Properties = Record<string, unknown>;

const UNIT_NAME_FIELDS = ["unitName", "unit", "commune"] as const;

function referenceOf(properties: Properties): PeriodReference {
  const code = typeof properties.unitCode === "string" ? properties.unitCode : null;
  const name = UNIT_NAME_FIELDS.map((field) => properties[field]).find(
    (value): value is string => typeof value === "string" && value.trim() !== "",
  );
  return { code, name: name ?? null };
}

const isPeriod = (value: unknown): value is AdminPeriod => ADMIN_PERIODS.includes(value as AdminPeriod);

/** The period the units named by the records follow, summed over the provinces that could be meant. */
export function periodOfReferences(
  gazetteer: Gazetteer | null,
  province: string | null,
  references: readonly PeriodReference[],
): { period: AdminPeriod | null; found: string } {
  const named = findProvince(gazetteer, province);
  const provinces = named ? [named] : (gazetteer?.provinces ?? []);
  const votes: Record<AdminPeriod, number> = { "before-2025-07-01": 0, "from-2025-07-01": 0 };
  let total = 0;
  for (const each of provinces) {
    const evidence = weighPeriods(each, references);
    for (const period of ADMIN_PERIODS) votes[period] += evidence.votes[period];
    total = Math.max(total, evidence.total);
  }
  const [before, after] = ADMIN_PERIODS;
  const period = votes[before] > votes[after] ? before : votes[after] > votes[before] ? after : null;
  return { period, found: period ? `${votes[period]}/${total}` : "" };
}

/**
 * The period of each record: its own adminPeriod, else the one given, else the one the units it
 * names follow, else (incidents) its date's; null where nothing tells.
 */
export function recordPeriods(
  records: readonly Properties[],
  kind: Exclude<Kind, "units">,
  options: RecordPeriodOptions,
): { periods: (AdminPeriod | null)[]; period: AdminPeriod | null; messages: Message[] } {
  const messages: Message[] = [];
  const where = { file: options.file, property: "adminPeriod" };
  let period = options.adminPeriod;
  if (period === null) {
    const evidence = periodOfReferences(options.gazetteer, options.province, records.map(referenceOf));
    period = evidence.period;
    if (period !== null)
      messages.push(gazetteerMessage("admin-period-found", where, { found: evidence.found, period }));
  }
  // Dates matter only where periods are read at all: with a gazetteer.
  if (period !== null || kind !== "incidents" || options.gazetteer === null) {
    const periods = records.map((record) => (isPeriod(record.adminPeriod) ? record.adminPeriod : period));
    return { periods, period, messages };
  }
  // Each incident happened on the map of its own day.
  let before = 0;
  let since = 0;
  const periods = records.map((record) => {
    if (isPeriod(record.adminPeriod)) return record.adminPeriod;
    if (typeof record.date !== "string") return null;
    const earlier = record.date < REFORM_DATE;
    if (earlier) before++;
    else since++;
    return earlier ? "before-2025-07-01" : "from-2025-07-01";
  });
  if (before + since > 0)
    messages.push(gazetteerMessage("admin-period-by-date", where, { found: String(before), count: since }));
  const single =
    before === 0 && since > 0 ? "from-2025-07-01" : since === 0 && before > 0 ? "before-2025-07-01" : null;
  return { periods, period: single, messages };
}

/** Sets adminPeriod on records without one of their own; returns the layer's period, if one. */
export function assignRecordPeriod(
  features: readonly { properties: unknown }[],
  kind: Exclude<Kind, "units">,
  options: RecordPeriodOptions,
): { period: AdminPeriod | null; messages: Message[] } {
  const records = features.map((feature) => feature.properties as Properties);
  const { periods, period, messages } = recordPeriods(records, kind, options);
  records.forEach((record, index) => {
    const value = periods[index];
    if (value) record.adminPeriod = value;
  });
  return { period, messages };
}
