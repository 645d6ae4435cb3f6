// `geodata import FILE --kind K [--crs CRS] [--field ours=theirs …] --out OUT`: any supported
// format in, our normalised WGS 84 GeoJSON out (original properties kept alongside), and the
// report of what was detected, repaired and rejected. Rejected features go to OUT.rejected.geojson.
import { writeFile } from "node:fs/promises";
import { layerToGeoJson } from "../../data/import";
import { type AdminPeriod, KINDS, type Kind, type Level, type Message } from "../../domain/types";
import { type CliIo, type Command, EXIT_DATA_ERRORS, EXIT_OK, UsageError } from "../cli-io";
import { type DatasetArgs, importFromDisk, parseDatasetArgs } from "../dataset-args";
import { readGazetteer } from "../gazetteer-files";
import { describeImport } from "./check";
import { describeUnitMatches, parseAdminPeriod } from "./unit-matches";

interface ImportOptions {
  file: string;
  kind: Kind | null;
  crs: string | null;
  fields: Record<string, string> | null;
  out: string;
  json: boolean;
  sheet: string | null;
  headerRow: number | null;
  adminPeriod: AdminPeriod | null;
  shared: DatasetArgs;
}

function parseImportArgs(args: readonly string[]): ImportOptions {
  // --field and --crs are read as for report and plan; the rest is ours.
  const shared = parseDatasetArgs(args);
  if (Object.keys(shared.files).length > 0)
    throw new UsageError("import takes one FILE and --kind K, not --units F");
  let kind: Kind | null = null;
  let out: string | null = null;
  let json = false;
  let sheet: string | null = null;
  let headerRow: number | null = null;
  let adminPeriod: AdminPeriod | null = null;
  const positional: string[] = [];
  for (let index = 0; index < shared.rest.length; index++) {
    const arg = shared.rest[index] as string;
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, null];
    const value = () => inline ?? shared.rest[++index];
    if (flag === "--kind") {
      const given = value();
      if (!KINDS.includes(given as Kind))
        throw new UsageError(`--kind needs one of ${KINDS.join(", ")}; got ${JSON.stringify(given ?? "")}`);
      kind = given as Kind;
    } else if (flag === "--out") out = value() ?? null;
    else if (flag === "--admin-period") adminPeriod = parseAdminPeriod(value());
    else if (flag === "--json") json = true;
    else if (flag === "--sheet") {
      sheet = value() ?? null;
      if (!sheet) throw new UsageError("--sheet needs a sheet name or number, e.g. --sheet 2");
    } else if (flag === "--header-row") {
      const given = value();
      headerRow = /^[1-9]\d*$/u.test(given ?? "") ? Number(given) : null;
      if (headerRow === null)
        throw new UsageError(`--header-row needs a line number from 1; got ${JSON.stringify(given ?? "")}`);
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError("import needs exactly one FILE");
  if (!out) throw new UsageError("import needs --out OUT (the GeoJSON file to write)");
  const fields = Object.keys(shared.fields).length > 0 ? shared.fields : null;
  return {
    file: positional[0] as string,
    kind,
    crs: shared.crs,
    fields,
    out,
    json,
    sheet,
    headerRow,
    adminPeriod,
    shared,
  };
}

const LEVEL_LABEL: Record<Level, string> = { error: "ERROR  ", warning: "warning", info: "info   " };

function formatMessage(message: Message): string {
  const where = [
    message.featureIndex === null ? "" : `#${message.featureIndex}`,
    message.featureId ? `(${message.featureId})` : "",
    message.property ?? "",
  ].filter(Boolean);
  return `    ${LEVEL_LABEL[message.level]} [${message.code}]${where.length > 0 ? ` ${where.join(" ")}` : ""}\n             ${message.text.en}\n`;
}

const MAX_SHOWN = 40;

async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseImportArgs(args);
  const { gazetteer, messages: gazetteerMessages } = await readGazetteer(io, options.shared.gazetteer);
  const result = await importFromDisk({
    fileName: options.file,
    kind: options.kind,
    crs: options.crs,
    fields: options.fields,
    sheet: options.sheet,
    headerRow: options.headerRow,
    gazetteer,
    province: options.shared.province,
    adminPeriod: options.adminPeriod,
    unitChoices: options.shared.unitChoices,
  });
  if (result === null) {
    io.stderr(`No such file: ${options.file}\n`);
    return EXIT_DATA_ERRORS;
  }
  // A broken gazetteer is the deployer's to fix; the import goes on with what could be read.
  for (const message of gazetteerMessages) io.stderr(`gazetteer: ${message.text.en}\n`);
  const errors = result.messages.filter((message) => message.level === "error").length;
  const refused = result.counts.accepted === 0 && errors > 0;
  if (!refused) {
    await writeFile(options.out, layerToGeoJson(result.collection));
    if (result.counts.rejected > 0)
      await writeFile(
        `${options.out.replace(/\.(geo)?json$/iu, "")}.rejected.geojson`,
        layerToGeoJson(result.rejected),
      );
  }
  if (options.json) {
    const { collection: _collection, rejected: _rejected, ...report } = result;
    io.stdout(
      `${JSON.stringify({ file: options.file, out: refused ? null : options.out, ...report }, null, 2)}\n`,
    );
  } else {
    const order: Record<Level, number> = { error: 0, warning: 1, info: 2 };
    const sorted = [...result.messages].sort((a, b) => order[a.level] - order[b.level]);
    const shown = sorted.slice(0, MAX_SHOWN).map(formatMessage).join("");
    const more =
      sorted.length > MAX_SHOWN ? `    … and ${sorted.length - MAX_SHOWN} more; use --json to see all\n` : "";
    const written = refused
      ? "Nothing written: the file could not be imported.\n"
      : `Written: ${options.out}\n`;
    const units = describeUnitMatches(result);
    io.stdout(
      `Bình Yên — geodata import\n${describeImport(options.file, result)}${units}${shown}${more}${written}`,
    );
  }
  return errors > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
}

export const importCommand: Command = {
  usage:
    "import FILE --kind K [--crs CRS] [--field ours=theirs …] [--sheet S] [--header-row N] [--province P] [--admin-period before-2025-07-01|from-2025-07-01] [--unit NAME=CODE …] [--gazetteer DIR] --out OUT [--json]",
  summary: "read FILE in any supported format and write it as normalised WGS 84 GeoJSON in our schema",
  run: runImport,
};
