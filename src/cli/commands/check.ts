// `geodata check`: read, check and join files exactly as the app does, and say what is wrong.
// A folder with a manifest is read through it; loose files of any supported format go through
// the import engine (format, encoding, CRS and field mapping detected, or given with --crs).
import { relative } from "node:path";
import { assembleDataset, loadDataset } from "../../data/dataset";
import type { ImportResult } from "../../data/import";
import { toParsedLayer } from "../../data/import/parsed-layer";
import type { ParsedLayer } from "../../data/parse-layer";
import { parseLayer } from "../../data/parse-layer";
import type { Gazetteer } from "../../domain/gazetteer/gazetteer-types";
import { KINDS, type Kind, type Message, type Report } from "../../domain/types";
import { type CliIo, type Command, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from "../cli-io";
import { importFromDisk } from "../dataset-args";
import { formatReport } from "../format-report";
import { PROJECT_GAZETTEER, readGazetteer } from "../gazetteer-files";
import { checkConfig, formatConfigCheck } from "./check-config";
import {
  checkGazetteer,
  formatGazetteerCheck,
  hasGazetteerErrors,
  isGazetteerCsv,
  isGazetteerFolder,
} from "./check-gazetteer";

export const DEFAULT_MANIFEST = "geodata/manifest.json";

interface CheckOptions {
  targets: string[];
  kind: Kind | null;
  crs: string | null;
  json: boolean;
  /** No target given: geodata/manifest.json and the project's gazetteer. */
  defaulted: boolean;
}

function optionValue(args: readonly string[], index: number, name: string): [string | undefined, number] {
  const arg = args[index] as string;
  return arg === name ? [args[index + 1], index + 1] : [arg.slice(name.length + 1), index];
}

function parseCheckArgs(args: readonly string[]): CheckOptions {
  const options: CheckOptions = { targets: [], kind: null, crs: null, json: false, defaulted: false };
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
  if (options.targets.length === 0) {
    options.targets.push(DEFAULT_MANIFEST);
    options.defaulted = true;
  }
  return options;
}

/** "hamlets.geojson", "sample-incidents.csv" → the kind named in the file name. */
export function guessKind(path: string): Kind | null {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return KINDS.find((kind) => name.includes(kind) || name.includes(kind.slice(0, -1))) ?? null;
}

const LAYER_EXTENSIONS = /\.(geojson|json|ndjson|geojsonl|jsonl|csv|tsv|kml|kmz|zip|topojson|xlsx)$/iu;
const isLayerFile = (name: string) => LAYER_EXTENSIONS.test(name) && name.toLowerCase() !== "manifest.json";

/** A loose file: its kind from --kind or its name, else proposed by the import engine. */
type Loose = { path: string; kind: Kind | null };
type Plan = { manifests: string[]; loose: Loose[]; gazetteers: { path: string; folder: boolean }[] };

async function plan(options: CheckOptions, io: CliIo): Promise<Plan> {
  const result: Plan = { manifests: [], loose: [], gazetteers: [] };
  const addLoose = (path: string) => result.loose.push({ path, kind: options.kind ?? guessKind(path) });
  for (const target of options.targets) {
    const names = await io.listDir(target);
    if (names === null) {
      if (target.toLowerCase().endsWith("manifest.json")) result.manifests.push(target);
      else if (await isGazetteerCsv(target, io)) result.gazetteers.push({ path: target, folder: false });
      else addLoose(target);
    } else if (names.includes("manifest.json")) result.manifests.push(`${target}/manifest.json`);
    else if (isGazetteerFolder(names)) result.gazetteers.push({ path: target, folder: true });
    else for (const name of names.filter(isLayerFile).sort()) addLoose(`${target}/${name}`);
  }
  // The plain `check` (and so the build) checks the gazetteer the app ships too.
  if (options.defaulted) result.gazetteers.push({ path: relative(".", PROJECT_GAZETTEER), folder: true });
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
  gazetteer: Gazetteer | null,
): Promise<ParsedLayer[]> {
  return Promise.all(
    loose.map(async ({ path, kind }) => {
      const result = await importFromDisk({ fileName: path, kind, crs, fields: null, gazetteer });
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
    `CRS ${detection.crs}, encoding ${detection.encoding}` +
    `${detection.sheet ? `, sheet “${detection.sheet}”` : ""}` +
    `${detection.headerRow ? `, column names on ${detection.format === "xlsx" ? "row" : "line"} ${detection.headerRow}` : ""}\n` +
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
  const { manifests, loose, gazetteers } = await plan(options, io);
  if (manifests.length === 0 && loose.length === 0 && gazetteers.length === 0) {
    io.stderr(`No manifest.json, gazetteer or layer files in ${options.targets.join(", ")}.\n`);
    return EXIT_DATA_ERRORS;
  }
  const gazetteerChecks = await Promise.all(
    gazetteers.map(({ path, folder }) => checkGazetteer(path, io, folder)),
  );
  if (manifests.length === 0 && loose.length === 0) {
    if (options.json) io.stdout(`${JSON.stringify({ gazetteers: gazetteerChecks }, null, 2)}\n`);
    else io.stdout(`Bình Yên — gazetteer check\n${gazetteerChecks.map(formatGazetteerCheck).join("")}`);
    return hasGazetteerErrors(gazetteerChecks) ? EXIT_DATA_ERRORS : EXIT_OK;
  }
  const reports: Report[] = [];
  const { gazetteer } = await readGazetteer(io, null);
  for (const manifestPath of manifests)
    reports.push((await loadDataset(io.readText, manifestPath, gazetteer)).report);
  const imported: Imported = new Map();
  if (loose.length > 0)
    reports.push(
      assembleDataset(null, await importLoose(loose, options.crs, imported, gazetteer), [], gazetteer).report,
    );
  const report = mergeReports(reports);
  // The deployer's config.json beside each manifest (title, view, basemap), when there is one.
  const configs: { path: string; messages: Message[] }[] = [];
  for (const manifestPath of manifests) {
    const messages = await checkConfig(manifestPath, io);
    if (messages) configs.push({ path: manifestPath.replace(/manifest\.json$/u, "config.json"), messages });
  }
  const configErrors = configs.some((config) => config.messages.some((message) => message.level === "error"));
  if (options.json) {
    const json = {
      ...jsonReport(report, imported),
      ...(configs.length > 0 ? { configs } : {}),
      ...(gazetteerChecks.length > 0 ? { gazetteers: gazetteerChecks } : {}),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const details = [...imported].map(([path, result]) => describeImport(path, result)).join("");
    const gazetteerText =
      gazetteerChecks.length > 0 ? `Gazetteer:\n${gazetteerChecks.map(formatGazetteerCheck).join("")}` : "";
    const configText = configs.map((config) => formatConfigCheck(config.path, config.messages)).join("");
    const text = formatReport(report);
    const firstLine = text.indexOf("\n") + 1;
    io.stdout(
      `${details ? `Import:\n${details}` : ""}${text.slice(0, firstLine)}${gazetteerText}${text.slice(firstLine)}${configText}`,
    );
  }
  return hasErrors(report) || configErrors || hasGazetteerErrors(gazetteerChecks)
    ? EXIT_DATA_ERRORS
    : EXIT_OK;
}

export const checkCommand: Command = {
  usage:
    "check [DIR|FILE…] [--kind K] [--crs CRS] [--json]   (a folder with index.csv, or a province CSV, is checked as a gazetteer)",
  summary:
    "read, check and join the geodata (GeoJSON, CSV, KML/KMZ, zipped Shapefile, TopoJSON); exit 0 when every file is usable, 1 on errors",
  run: check,
};
