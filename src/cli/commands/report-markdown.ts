// The coverage report a leader can print: title, data date, period and radius, the headline
// figures, a row per unit, the before/after comparison labelled as an association, and what
// could not be placed. Vietnamese first on every line, English after the slash.
import type { AreaFigures, BeforeAfter, Coverage, Unjoined } from "../../domain/coverage/coverage-types";
import {
  both,
  describeReasons,
  formatChange,
  formatDate,
  formatDecimal,
  formatInteger,
  KIND_LABELS,
  LABELS,
  withRadius,
} from "./report-texts";

export interface ReportHeading {
  title: string;
  dataDate: string | null;
  sample: boolean;
}

/** Names never carry a pipe or a line break into a table cell. */
const cell = (text: string) => text.replace(/\|/gu, "\\|").replace(/\s+/gu, " ");
const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
const ratio = (part: number, whole: number) =>
  `${formatInteger(part)}/${formatInteger(whole)}${whole > 0 ? ` (${formatDecimal((part / whole) * 100)}%)` : ""}`;

function heading(coverage: Coverage, head: ReportHeading): string[] {
  const { window } = coverage;
  const lines = [
    `# ${LABELS.title.vi}`,
    `### ${LABELS.title.en}`,
    "",
    `**${cell(head.title)}**`,
    "",
    `- ${both(LABELS.dataDate)}: ${head.dataDate ? formatDate(head.dataDate) : both(LABELS.notStated)}`,
    `- ${both(LABELS.window)}: ${formatDate(window.from)} – ${formatDate(window.to)} (${formatDecimal(window.years)} ${LABELS.years.vi} / ${formatDecimal(window.years, "en")} ${LABELS.years.en})`,
    `- ${both(LABELS.radius)}: ${formatDecimal(coverage.options.radiusKm)} km`,
  ];
  if (head.sample) lines.push(`- **${both(LABELS.sample)}**`);
  return lines;
}

function headline(totals: AreaFigures, radiusKm: number): string[] {
  const rate =
    totals.incidentRate === null
      ? ""
      : ` (${formatDecimal(totals.incidentRate)} ${both(LABELS.incidentRate)})`;
  const perHundred =
    totals.groupsPer100Households === null
      ? ""
      : ` (${formatDecimal(totals.groupsPer100Households)} ${both(LABELS.groupsPer100)})`;
  const figures: [string, string][] = [
    [both(LABELS.coveredHamlets), ratio(totals.coveredHamlets, totals.hamlets)],
    [both(LABELS.securityTeams), ratio(totals.teams.security, totals.hamlets)],
    [both(LABELS.mediationTeams), ratio(totals.teams.mediation, totals.hamlets)],
    [both(LABELS.fireTeams), ratio(totals.teams.fire, totals.hamlets)],
    [both(LABELS.groups), `${formatInteger(totals.groups)}${perHundred}`],
    [both(LABELS.outreachSessions), formatInteger(totals.outreachSessions)],
    [both(LABELS.outreachAttendances), formatInteger(totals.outreachAttendances)],
    [both(LABELS.commitments), formatInteger(totals.commitments)],
    [both(LABELS.gunsRecovered), formatInteger(totals.gunsRecovered)],
    [both(LABELS.reintegration), formatInteger(totals.reintegrationSupported)],
    [
      both(withRadius(LABELS.populationWithin, radiusKm)),
      ratio(totals.populationWithinRadius, totals.population),
    ],
    [both(LABELS.incidents), `${formatInteger(totals.incidents)}${rate}`],
  ];
  return [
    `## ${both(LABELS.headline)}`,
    "",
    row([both(LABELS.figure), both(LABELS.value)]),
    row(["---", "---:"]),
    ...figures.map(([label, value]) => row([label, value])),
  ];
}

function unitTable(coverage: Coverage): string[] {
  const within = withRadius(LABELS.withinShort, coverage.options.radiusKm);
  const headers = [
    LABELS.code,
    LABELS.unit,
    LABELS.covered,
    LABELS.population,
    LABELS.security,
    LABELS.mediation,
    LABELS.fire,
    LABELS.groupsShort,
    LABELS.incidentsShort,
    LABELS.rateShort,
    within,
  ];
  const line = (area: AreaFigures, code: string, name: string) =>
    row([
      code,
      name,
      `${formatInteger(area.coveredHamlets)}/${formatInteger(area.hamlets)}`,
      formatInteger(area.population),
      formatInteger(area.teams.security),
      formatInteger(area.teams.mediation),
      formatInteger(area.teams.fire),
      formatInteger(area.groups),
      formatInteger(area.incidents),
      formatDecimal(area.incidentRate),
      formatInteger(area.populationWithinRadius),
    ]);
  return [
    `## ${both(LABELS.byUnit)}`,
    "",
    row(headers.map(both)),
    row(headers.map((_, index) => (index < 2 ? "---" : "---:"))),
    ...coverage.units.map((area) => line(area, area.code, cell(area.name))),
    line(coverage.totals, "", `**${both(LABELS.total)}**`),
    "",
    `*${both(LABELS.totalNote)}*`,
  ];
}

function beforeAfterParagraph({ adopters, comparison }: BeforeAfter): string[] {
  const lines = [`## ${both(LABELS.beforeAfter)}`, ""];
  if (adopters.hamlets === 0) {
    lines.push(
      "Trong kỳ này không có bản nào có mô hình với đủ 12 tháng số liệu trước và 12 tháng sau ngày có mô hình.",
      "",
      "No hamlet in this period adopted the model with 12 months of data both before and after the date.",
    );
  } else {
    const vi = (value: number) => formatDecimal(value, "vi");
    const en = (value: number) => formatDecimal(value, "en");
    lines.push(
      `Ở ${formatInteger(adopters.hamlets)} bản có mô hình (đủ 12 tháng số liệu trước và sau, không tính tháng có mô hình), ` +
        `số vụ việc trung bình mỗi bản mỗi tháng là ${vi(adopters.beforePerHamletMonth)} trước và ${vi(adopters.afterPerHamletMonth)} sau (${formatChange(adopters.changePercent, "vi")}). ` +
        `Cùng những tháng đó, ở ${formatInteger(comparison.hamlets)} bản chưa có mô hình: ${vi(comparison.beforePerHamletMonth)} và ${vi(comparison.afterPerHamletMonth)} (${formatChange(comparison.changePercent, "vi")}).`,
      "",
      `In ${adopters.hamlets} hamlets that adopted the model (12 months of data on each side, the month of adoption left out), ` +
        `incidents per hamlet per month went from ${en(adopters.beforePerHamletMonth)} before to ${en(adopters.afterPerHamletMonth)} after (${formatChange(adopters.changePercent, "en")}). ` +
        `Over the same months, in ${comparison.hamlets} hamlets without the model: ${en(comparison.beforePerHamletMonth)} and ${en(comparison.afterPerHamletMonth)} (${formatChange(comparison.changePercent, "en")}).`,
    );
  }
  lines.push("", `**${LABELS.association.vi}**`, "", `**${LABELS.association.en}**`);
  return lines;
}

/** At most this many unjoined features are named; the counts always cover all of them. */
const NAMED_UNJOINED = 20;

function unjoinedSection(unjoined: readonly Unjoined[], outside: number): string[] {
  const lines = [`## ${both(LABELS.unjoined)}`, ""];
  const kinds = (Object.keys(KIND_LABELS) as Unjoined["kind"][]).filter((kind) => kind !== "incidents");
  const placed = unjoined.filter((entry) => entry.kind !== "incidents");
  if (placed.length === 0) lines.push(`- ${both(LABELS.nothingUnjoined)}`);
  for (const kind of kinds) {
    const count = placed.filter((entry) => entry.kind === kind).length;
    if (count > 0) lines.push(`- ${both(KIND_LABELS[kind])}: ${formatInteger(count)}`);
  }
  lines.push(`- ${both(LABELS.outsideIncidents)}: ${formatInteger(outside)}`);
  const named = placed.slice(0, NAMED_UNJOINED);
  if (named.length > 0) lines.push("");
  for (const entry of named) {
    const name = entry.name === null ? `#${entry.index}` : `${cell(entry.name)} (#${entry.index})`;
    lines.push(
      `  - ${KIND_LABELS[entry.kind].vi}: ${name} — ${describeReasons(entry.reason, "vi")} / ${describeReasons(entry.reason, "en")}`,
    );
  }
  if (placed.length > named.length) lines.push(`  - … ${formatInteger(placed.length - named.length)}`);
  return lines;
}

export function formatMarkdown(coverage: Coverage, head: ReportHeading): string {
  const sections = [
    heading(coverage, head),
    headline(coverage.totals, coverage.options.radiusKm),
    unitTable(coverage),
    beforeAfterParagraph(coverage.beforeAfter),
    unjoinedSection(coverage.unjoined, coverage.outsideIncidents.length),
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
