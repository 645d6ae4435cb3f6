// The coverage report as CSV: one row per unit and a total row, Vietnamese headers with English
// in brackets, through the one CSV writer (csv-writer.ts): "vi" writes what Vietnamese Excel opens
// (";" and decimal commas), "en" what English Excel and most tools read ("," and decimal points).
import type { AreaFigures, Coverage } from "../../domain/coverage/coverage-types";
import { type CsvLanguage, writeCsv } from "../../domain/csv-writer";
import { LABELS, type Texts, withRadius } from "./report-texts";

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

export function formatCsv(coverage: Coverage, language: CsvLanguage): string {
  const table = columns(coverage.options.radiusKm);
  const total: AreaFigures = { ...coverage.totals, name: `${LABELS.total.vi} (${LABELS.total.en})` };
  return writeCsv(
    table.map((column) => `${column.header.vi} (${column.header.en})`),
    [...coverage.units, total].map((area) => table.map((column) => column.value(area))),
    language,
  );
}
