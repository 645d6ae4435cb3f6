// `geodata check`: read, check and join files exactly as the app does, and say what is wrong.
// A folder with a manifest is read through it; loose files of any supported format go through
// the import engine (format, encoding, CRS and field mapping detected, or given with --crs).
import { assembleDataset, loadDataset } from "../../data/dataset";
import { type ImportResult, importFile } from "../../data/import";
import { toParsedLayer } from "../../data/import/parsed-layer";
import type { ParsedLayer } from "../../data/parse-layer";
import { parseLayer } from "../../data/parse-layer";
import { KINDS, type Kind, type Message, type Report } from "../../domain/types";
import { type CliIo, type Command, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from "../cli-io";
import { importFromDisk } from "../dataset-args";
import { formatReport } from "../format-report";

export const DEFAULT_MANIFEST = "geodata/manifest.json";

interface CheckOptions {
  targets: string[];
  kind: Kind | null;
  crs: string | null;
  json: boolean;
}

function optionValue(args: readonly string[], index: number, name: string): [string | undefined, number] {
  const arg = args[index] as string;
  return arg === name ? [args[index + 1], index + 1] : [arg.slice(name.length + 1), index];
}

function parseCheckArgs(args: readonly string[]): CheckOptions {
  const options: CheckOptions = { targets: [], kind: null, crs: null, json: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--json") options.json = true;
    else if (arg === "--kind" || arg.startsWith("--kind=")) {
      const [value, next] = optionValue(args, index, "--kind");
      index = next;
      if (!KINDS.includes(value as Kind)) {
        throw new UsageError(
          `--kind needs one of ${KINDS.join(", ")}; got ${value === undefined ? "nothing" : JSON.stringify(value)}`,
        );
      }
      options.kind = value as Kind;
    } else if (arg === "--crs" || arg.startsWith("--crs=")) {
      const [value, next] = optionValue(args, index, "--crs");
      index = next;
      if (value === undefined || value === "")
        throw new UsageError("--crs needs a value, e.g. --crs VN2000:104");
      options.crs = value;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else options.targets.push(arg.replace(/\/+$/u, ""));
  }
  if (options.targets.length === 0) options.targets.push(DEFAULT_MANIFEST);
  return options;
}

/** "hamlets.geojson", "sample-incidents.csv" → the kind named in the file name. */
export function guessKind(path: string): Kind | null {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return KINDS.find((kind) => name.includes(kind) || name.includes(kind.slice(0, -1))) ?? null;
}

const LAYER_EXTENSIONS = /\.(geojson|json|ndjson|geojsonl|jsonl|csv|tsv|kml|kmz|zip|topojson)$/iu;
const isLayerFile = (name: string) => LAYER_EXTENSIONS.test(name) && name.toLowerCase() !== "manifest.json";

/** A loose file: its kind from --kind or its name, else proposed by the import engine. */
type Loose = { path: string; kind: Kind | null };
type Plan = { manifests: string[]; loose: Loose[] };

async function plan(options: CheckOptions, io: CliIo): Promise<Plan> {
  const result: Plan = { manifests: [], loose: [] };
  const addLoose = (path: string) => result.loose.push({ path, kind: options.kind ?? guessKind(path) });
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

/** What the import engine found out about each loose file, keyed by path. */
type Imported = Map<string, ImportResult>;

async function importLoose(
  loose: readonly Loose[],
  crs: string | null,
  imported: Imported,
): Promise<ParsedLayer[]> {
  return Promise.all(
    loose.map(async ({ path, kind }) => {
      const result = await importFromDisk({ fileName: path, kind, crs, fields: null });
      if (result === null) return parseLayer({ file: path, kind: kind ?? "hamlets", text: null });
      imported.set(path, result);
      return toParsedLayer(path, result);
    }),
  );
}

export function describeImport(path: string, result: ImportResult): string {
  const { detection, counts } = result;
  const repairs = Object.entries(counts.repaired).map(([what, count]) => `${what} ${count}`);
  return (
    `  ${path}: ${detection.format}, kind ${detection.kind}${detection.kindProposed ? " (proposed)" : ""}, ` +
    `CRS ${detection.crs}, encoding ${detection.encoding}\n` +
    `      read ${counts.read}, accepted ${counts.accepted}, rejected ${counts.rejected}` +
    `${repairs.length > 0 ? `; repaired: ${repairs.join(", ")}` : ""}\n`
  );
}

/** The JSON form: the Report, with each imported file's detection and repairs by kind. */
function jsonReport(report: Report, imported: Imported) {
  return {
    ...report,
    files: report.files.map((file) => {
      const result = imported.get(file.file);
      return result ? { ...file, detection: result.detection, repairs: result.counts.repaired } : file;
    }),
  };
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseCheckArgs(args);
  const { manifests, loose } = await plan(options, io);
  if (manifests.length === 0 && loose.length === 0) {
    io.stderr(`No manifest.json and no layer files in ${options.targets.join(", ")}.\n`);
    return EXIT_DATA_ERRORS;
  }
  const reports: Report[] = [];
  for (const manifestPath of manifests) reports.push((await loadDataset(io.readText, manifestPath)).report);
  const imported: Imported = new Map();
  if (loose.length > 0)
    reports.push(assembleDataset(null, await importLoose(loose, options.crs, imported)).report);
  const report = mergeReports(reports);
  if (options.json) io.stdout(`${JSON.stringify(jsonReport(report, imported), null, 2)}\n`);
  else {
    const details = [...imported].map(([path, result]) => describeImport(path, result)).join("");
    io.stdout(`${details ? `Import:\n${details}` : ""}${formatReport(report)}`);
  }
  return hasErrors(report) ? EXIT_DATA_ERRORS : EXIT_OK;
}

export const checkCommand: Command = {
  usage: "check [DIR|FILE…] [--kind K] [--crs CRS] [--json]",
  summary:
    "read, check and join the geodata (GeoJSON, CSV, KML/KMZ, zipped Shapefile, TopoJSON); exit 0 when every file is usable, 1 on errors",
  run: check,
};
