// `geodata plan`: pick the next K hamlets for the model from the data, the same computation the
// planner view runs, and print them in order with what each adds.
import { buildCoverageIndex, computeCoverage } from "../../domain/coverage";
import { pickSites } from "../../domain/planner/pick-sites";
import { planInputFromCoverage } from "../../domain/planner/plan-input";
import type { FileReport } from "../../domain/types";
import { type CliIo, type Command, EXIT_DATA_ERRORS, EXIT_OK } from "../cli-io";
import { loadDatasetFromArgs, parseDatasetArgs } from "../dataset-args";
import { parsePlanArgs } from "./plan-args";
import { formatPlan, planJson } from "./plan-format";

const unusable = (file: FileReport) => file.status === "missing" || file.status === "unreadable";

async function plan(args: readonly string[], io: CliIo): Promise<number> {
  const datasetArgs = parseDatasetArgs(args);
  const options = parsePlanArgs(datasetArgs.rest);
  const dataset = await loadDatasetFromArgs(datasetArgs, io);
  const hamletFiles = dataset.report.files.filter((file) => file.kind === "hamlets");
  if (dataset.layers.hamlets.features.length === 0 || hamletFiles.some(unusable)) {
    const files = hamletFiles.map((file) => `${file.file} (${file.status})`).join(", ") || "—";
    io.stderr(
      `Không có dữ liệu bản dùng được (no usable hamlet data): ${files}. Chạy (run) \`geodata check\` để xem lỗi (to see why).\n`,
    );
    return EXIT_DATA_ERRORS;
  }
  const errors = dataset.report.files.reduce(
    (count, file) => count + file.messages.filter((message) => message.level === "error").length,
    0,
  );
  if (errors > 0) {
    io.stderr(
      `Cảnh báo (warning): ${errors} lỗi dữ liệu, các đối tượng lỗi bị bỏ qua (data errors; the features concerned are left out). Xem (see) \`geodata check\`.\n`,
    );
  }

  const coverage = computeCoverage(buildCoverageIndex(dataset.layers), {
    from: null,
    to: null,
    radiusKm: options.radiusKm,
  });
  const input = planInputFromCoverage(coverage, {
    weights: options.weights,
    ranking: { distanceDirection: options.distanceDirection, sizeBy: options.sizeBy },
  });
  if (input.candidates.length === 0) {
    io.stderr(
      "Mọi bản đều đã có mô hình: không còn bản nào để chọn (every hamlet is covered: no candidates).\n",
    );
    return EXIT_DATA_ERRORS;
  }
  const result = pickSites(input, options);
  if (options.json) io.stdout(`${JSON.stringify(planJson(result, options), null, 2)}\n`);
  else {
    const unitNames = new Map(
      dataset.layers.units.features.map(({ properties }) => [properties.code, properties.name]),
    );
    io.stdout(formatPlan(result, unitNames, options));
  }
  return EXIT_OK;
}

export const planCommand: Command = {
  usage:
    "plan [--units F --hamlets F --sites F --incidents F] [--field ours=theirs …] --k K [--radius-km R] [--objective population|incidents|hamlets] [--max-per-unit N] [--locked-in CODE,…] [--ruled-out CODE,…] [--weights NEED,SIZE,READINESS,DISTANCE] [--direction near|gaps] [--size-by population|households] [--json]",
  summary:
    "pick the K hamlets that bring the most people (incidents, hamlets) within R km of a model, each counted by its hamlet's priority from the weights",
  run: plan,
};
