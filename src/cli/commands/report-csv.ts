// The coverage report as CSV: one row per unit and a total row, Vietnamese headers with English
// in brackets. A byte-order mark and CRLF line ends make Excel open the diacritics right; numbers
// keep a decimal point so any tool reads them back as numbers.
import type { AreaFigures, Coverage } from "../../domain/coverage/coverage-types";
import { LABELS, type Texts, withRadius } from "./report-texts";

const BYTE_ORDER_MARK = "\uFEFF";

interface Column {
  header: Texts;
  value: (area: AreaFigures) => string | number | null;
}

const rounded = (value: number | null, digits: number) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

function columns(radiusKm: number): Column[] {
  return [
    { header: LABELS.code, value: (area) => area.code },
    { header: LABELS.unit, value: (area) => area.name },
    { header: LABELS.hamlets, value: (area) => area.hamlets },
    { header: LABELS.covered, value: (area) => area.coveredHamlets },
    { header: LABELS.population, value: (area) => area.population },
    { header: LABELS.csvCoveredPopulation, value: (area) => area.coveredPopulation },
    { header: LABELS.households, value: (area) => area.households },
    { header: LABELS.securityTeams, value: (area) => area.teams.security },
    { header: LABELS.mediationTeams, value: (area) => area.teams.mediation },
    { header: LABELS.fireTeams, value: (area) => area.teams.fire },
    { header: LABELS.groups, value: (area) => area.groups },
    { header: LABELS.csvGroupsPer100, value: (area) => rounded(area.groupsPer100Households, 2) },
    { header: withRadius(LABELS.csvWithin, radiusKm), value: (area) => area.populationWithinRadius },
    { header: LABELS.incidentsShort, value: (area) => area.incidents },
    { header: LABELS.csvRate, value: (area) => rounded(area.incidentRate, 2) },
    { header: LABELS.outreachSessions, value: (area) => area.outreachSessions },
    { header: LABELS.outreachAttendances, value: (area) => area.outreachAttendances },
    { header: LABELS.commitments, value: (area) => area.commitments },
    { header: LABELS.gunsRecovered, value: (area) => area.gunsRecovered },
    { header: LABELS.reintegration, value: (area) => area.reintegrationSupported },
  ];
}

/** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
function field(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function formatCsv(coverage: Coverage): string {
  const table = columns(coverage.options.radiusKm);
  const total: AreaFigures = { ...coverage.totals, name: `${LABELS.total.vi} (${LABELS.total.en})` };
  const rows = [
    table.map((column) => `${column.header.vi} (${column.header.en})`),
    ...[...coverage.units, total].map((area) => table.map((column) => column.value(area))),
  ];
  return `${BYTE_ORDER_MARK}${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
