// `geodata report`: the coverage figures for a period, as a printable report (md, the default),
// JSON for other tools, or CSV for a spreadsheet. Reads the data exactly as the app does.
import type { Dataset } from "../../data/dataset";
import { datasetForPeriod } from "../../data/dataset-for-period";
import { computeCoverage } from "../../domain/coverage/compute-coverage";
import { buildCoverageIndex } from "../../domain/coverage/coverage-index";
import type { Coverage } from "../../domain/coverage/coverage-types";
import { rollUpToToday } from "../../domain/gazetteer/rollup";
import { type CliIo, type Command, EXIT_DATA_ERRORS, EXIT_OK } from "../cli-io";
import { loadDatasetFromArgs } from "../dataset-args";
import { readGazetteer } from "../gazetteer-files";
import { hasErrors } from "./check";
import { parseReportArgs, type ReportArgs } from "./report-args";
import { formatCsv } from "./report-csv";
import { formatMarkdown } from "./report-markdown";

/** The JSON form: the figures as computed, with what the report is about. */
export function reportJson(coverage: Coverage, dataset: Dataset) {
  return {
    title: dataset.title,
    dataDate: dataset.dataDate,
    sample: dataset.sample,
    adminPeriod: dataset.adminPeriod ?? null,
    province: dataset.province ?? null,
    window: coverage.window,
    radiusKm: coverage.options.radiusKm,
    units: coverage.units,
    totals: coverage.totals,
    unjoined: coverage.unjoined,
    outsideIncidents: coverage.outsideIncidents,
    beforeAfter: coverage.beforeAfter,
  };
}

/** Why no report can be made from this dataset, or null when one can. */
function blockingProblem(dataset: Dataset): string | null {
  const unreadable = dataset.report.files.filter(
    (file) => file.status === "missing" || file.status === "unreadable",
  );
  if (unreadable.length > 0) {
    const files = unreadable.map((file) => `${file.file} (${file.status})`).join(", ");
    return `Không đọc được / Could not read: ${files}.`;
  }
  if (dataset.layers.units.features.length === 0) {
    return "Không có đơn vị hành chính nào: cần lớp units để lập báo cáo. / There are no units: a report needs the units layer.";
  }
  return null;
}

function render(args: ReportArgs, coverage: Coverage, dataset: Dataset): string {
  switch (args.format) {
    case "json":
      return `${JSON.stringify(reportJson(coverage, dataset), null, 2)}\n`;
    case "csv":
      return formatCsv(coverage, args.language);
    case "md":
      return formatMarkdown(coverage, {
        title: dataset.title,
        dataDate: dataset.dataDate,
        sample: dataset.sample,
      });
  }
}

async function report(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseReportArgs(argv);
  const loaded = await loadDatasetFromArgs(args.dataset, io);
  let dataset = loaded;
  if (args.adminPeriod !== null && loaded.layers.units.features.length > 0) {
    const { gazetteer } = await readGazetteer(io, args.dataset.gazetteer);
    const view = datasetForPeriod(loaded, args.adminPeriod, gazetteer, rollUpToToday);
    for (const message of view.messages.filter((each) => each.level !== "info"))
      io.stderr(`${message.text.vi}\n${message.text.en}\n`);
    if (view.dataset === null) return EXIT_DATA_ERRORS;
    dataset = view.dataset;
  }
  const problem = blockingProblem(dataset);
  if (problem !== null) {
    io.stderr(`${problem}\nChạy / Run: npx tsx src/cli/geodata.ts check\n`);
    return EXIT_DATA_ERRORS;
  }
  if (hasErrors(dataset.report)) {
    // Rejected features are left out of every figure: say so, but still report.
    io.stderr(
      "Cảnh báo: dữ liệu có lỗi, một số đối tượng bị loại khỏi báo cáo. / Warning: the data has errors; some features are left out. Run `geodata check`.\n",
    );
  }
  const coverage = computeCoverage(buildCoverageIndex(dataset.layers), {
    from: args.from,
    to: args.to,
    radiusKm: args.radiusKm,
  });
  io.stdout(render(args, coverage, dataset));
  return EXIT_OK;
}

export const reportCommand: Command = {
  usage:
    "report [--units F --hamlets F --sites F --incidents F --activities F] [--field ours=theirs …] [--province P] [--unit NAME=CODE …] [--from DATE] [--to DATE] [--radius-km R] [--admin-period before-2025-07-01|from-2025-07-01] [--format md|json|csv] [--lang vi|en]",
  summary:
    "coverage figures for a period: a printable report (md), JSON or CSV (--lang vi: ';' and decimal commas for Vietnamese Excel, the default; en: ',' and decimal points); --admin-period from-2025-07-01 gives them by today's communes (older units rolled up); exit 1 when the data cannot be reported on",
  run: report,
};
