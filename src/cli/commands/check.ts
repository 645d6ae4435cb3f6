// `geodata check`: read, check and join files exactly as the app does, and say what is wrong.
import { assembleDataset, loadDataset } from "../../data/dataset";
import { parseLayer } from "../../data/parse-layer";
import { KINDS, type Kind, type Message, type Report } from "../../domain/types";
import { type CliIo, type Command, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from "../cli-io";
import { formatReport } from "../format-report";

export const DEFAULT_MANIFEST = "geodata/manifest.json";

interface CheckOptions {
  targets: string[];
  kind: Kind | null;
  json: boolean;
}

function parseCheckArgs(args: readonly string[]): CheckOptions {
  const options: CheckOptions = { targets: [], kind: null, json: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--json") options.json = true;
    else if (arg === "--kind" || arg.startsWith("--kind=")) {
      const value = arg === "--kind" ? args[++index] : arg.slice("--kind=".length);
      if (!KINDS.includes(value as Kind)) {
        throw new UsageError(
          `--kind needs one of ${KINDS.join(", ")}; got ${value === undefined ? "nothing" : JSON.stringify(value)}`,
        );
      }
      options.kind = value as Kind;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else options.targets.push(arg.replace(/\/+$/u, ""));
  }
  if (options.targets.length === 0) options.targets.push(DEFAULT_MANIFEST);
  return options;
}

/** "hamlets.geojson", "sample-incidents.json" → the kind named in the file name. */
export function guessKind(path: string): Kind | null {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return KINDS.find((kind) => name.includes(kind) || name.includes(kind.slice(0, -1))) ?? null;
}

const isLayerFile = (name: string) => /\.(geo)?json$/iu.test(name) && name.toLowerCase() !== "manifest.json";

type Plan = { manifests: string[]; loose: { path: string; kind: Kind }[] };

/** A folder with a manifest is checked through it; loose files need a kind from --kind or their name. */
async function plan(options: CheckOptions, io: CliIo): Promise<Plan> {
  const result: Plan = { manifests: [], loose: [] };
  const addLoose = (path: string) => {
    const kind = options.kind ?? guessKind(path);
    if (kind === null)
      throw new UsageError(`cannot tell the kind of ${path}: name it after its kind or use --kind`);
    result.loose.push({ path, kind });
  };
  for (const target of options.targets) {
    const names = await io.listDir(target);
    if (names === null) {
      if (target.toLowerCase().endsWith("manifest.json")) result.manifests.push(target);
      else addLoose(target);
    } else if (names.includes("manifest.json")) result.manifests.push(`${target}/manifest.json`);
    else for (const name of names.filter(isLayerFile).sort()) addLoose(`${target}/${name}`);
  }
  return result;
}

function mergeReports(reports: readonly Report[]): Report {
  const merged: Report = {
    files: reports.flatMap((report) => report.files),
    join: reports.flatMap((report) => report.join),
  };
  const manifest = reports.flatMap((report) => report.manifest ?? []);
  if (reports.some((report) => report.manifest !== undefined)) merged.manifest = manifest;
  return merged;
}

/** Usable means no errors anywhere: warnings and info are allowed. */
export function hasErrors(report: Report): boolean {
  const messages: Message[] = [...(report.manifest ?? []), ...report.files.flatMap((file) => file.messages)];
  return (
    messages.some((message) => message.level === "error") ||
    report.files.some((file) => file.status === "missing" || file.status === "unreadable")
  );
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseCheckArgs(args);
  const { manifests, loose } = await plan(options, io);
  if (manifests.length === 0 && loose.length === 0) {
    io.stderr(`No manifest.json and no .geojson/.json files in ${options.targets.join(", ")}.\n`);
    return EXIT_DATA_ERRORS;
  }
  const reports: Report[] = [];
  for (const manifestPath of manifests) reports.push((await loadDataset(io.readText, manifestPath)).report);
  if (loose.length > 0) {
    const parsed = await Promise.all(
      loose.map(async ({ path, kind }) => parseLayer({ file: path, kind, text: await io.readText(path) })),
    );
    reports.push(assembleDataset(null, parsed).report);
  }
  const report = mergeReports(reports);
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return hasErrors(report) ? EXIT_DATA_ERRORS : EXIT_OK;
}

export const checkCommand: Command = {
  usage: "check [DIR|FILE…] [--kind K] [--json]",
  summary: "read, check and join the geodata; exit 0 when every file is usable, 1 on errors",
  run: check,
};
