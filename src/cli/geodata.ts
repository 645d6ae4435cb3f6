// `npx tsx src/cli/geodata.ts <command> …`: the data steward's tool. Same loading code as the app
// (src/data), so what passes here loads in the browser. More commands join the COMMANDS table.
import { readdir, readFile, stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { assembleDataset, loadDataset } from "../data/dataset";
import { parseLayer } from "../data/parse-layer";
import { KINDS, type Kind, type Message, type Report } from "../domain/types";
import { formatReport } from "./format-report";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** File contents, or null when there is no such file. */
  readText: (path: string) => Promise<string | null>;
  /** Names in a folder, or null when the path is not a folder. */
  listDir: (path: string) => Promise<string[] | null>;
}

export const EXIT_OK = 0;
export const EXIT_DATA_ERRORS = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

interface Command {
  usage: string;
  summary: string;
  run: (args: readonly string[], io: CliIo) => Promise<number>;
}

const DEFAULT_MANIFEST = "geodata/manifest.json";

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

export const COMMANDS: Record<string, Command> = {
  check: {
    usage: "check [DIR|FILE…] [--kind K] [--json]",
    summary: "read, check and join the geodata; exit 0 when every file is usable, 1 on errors",
    run: check,
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  ${command.usage}\n      ${command.summary}`);
  return `Usage: npx tsx src/cli/geodata.ts <command>\n\nCommands:\n${lines.join("\n")}\n\nWith no DIR or FILE, check reads ${DEFAULT_MANIFEST}.\n`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return EXIT_OK;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.stderr(
      `${name === undefined ? "No command given." : `Unknown command ${JSON.stringify(name)}.`}\n${usage()}`,
    );
    return EXIT_USAGE;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`Usage: npx tsx src/cli/geodata.ts ${command.usage}\n  ${command.summary}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n${usage()}`);
    return EXIT_USAGE;
  }
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: async (path) => {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  },
  listDir: async (path) => {
    try {
      return (await stat(path)).isDirectory() ? await readdir(path) : null;
    } catch {
      return null;
    }
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo);
}
