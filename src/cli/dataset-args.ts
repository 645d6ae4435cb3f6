// The data a command works on: the geodata/ folder by default, or files named one per kind
// (`--units F --hamlets F …`) in any format the import engine reads, with `--field ours=theirs`
// for columns named otherwise and `--crs CRS` for files in projected coordinates.
// Shared by `report` and `plan`, so both read data exactly as the app does.
import { readFile, stat } from "node:fs/promises";
import { assembleDataset, type Dataset, loadDataset } from "../data/dataset";
import { type ImportRequest, type ImportResult, importFile } from "../data/import";
import { toParsedLayer } from "../data/import/parsed-layer";
import { refusedForSize } from "../data/import/refused";
import { LIMITS } from "../data/limits";
import { parseLayer } from "../data/parse-layer";
import { dictionary } from "../domain/records";
import { KINDS, type Kind } from "../domain/types";
import { type CliIo, UsageError } from "./cli-io";
import { DEFAULT_MANIFEST } from "./commands/check";
import { readGazetteer } from "./gazetteer-files";

export interface DatasetArgs {
  files: Partial<Record<Kind, string>>;
  fields: Record<string, string>;
  /** A CRS for every named file that does not declare its own (see parseCrs). */
  crs: string | null;
  /** --province P: the province the files cover, for units found by name. */
  province: string | null;
  /** --unit NAME=CODE …: the user's answers to doubtful unit names. */
  unitChoices: Record<string, string>;
  /** --gazetteer DIR: another gazetteer folder than the project's. */
  gazetteer: string | null;
  /** Arguments the caller must understand itself (its own options). */
  rest: string[];
}

const isKind = (value: string): value is Kind => (KINDS as readonly string[]).includes(value);

export function parseDatasetArgs(args: readonly string[]): DatasetArgs {
  const parsed: DatasetArgs = {
    files: {},
    fields: dictionary<string>(),
    crs: null,
    province: null,
    unitChoices: dictionary<string>(),
    gazetteer: null,
    rest: [],
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const [flag, inlineValue] = arg.startsWith("--") ? splitOnce(arg.slice(2), "=") : [null, null];
    const takeValue = () => {
      const value = inlineValue ?? args[++index];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return value;
    };
    if (flag !== null && isKind(flag)) parsed.files[flag] = takeValue();
    else if (flag === "field") {
      const [ours, theirs] = splitOnce(takeValue(), "=");
      if (!ours || !theirs) throw new UsageError(`--field needs ours=theirs, e.g. --field name=TEN_BAN`);
      parsed.fields[ours] = theirs;
    } else if (flag === "unit") {
      const [name, code] = splitOnce(takeValue(), "=");
      if (!name || !code) throw new UsageError(`--unit needs NAME=CODE, e.g. --unit "ThônMòn=03769"`);
      parsed.unitChoices[name] = code;
    } else if (flag === "crs") parsed.crs = takeValue();
    else if (flag === "province") parsed.province = takeValue();
    else if (flag === "gazetteer") parsed.gazetteer = takeValue();
    else parsed.rest.push(arg);
  }
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | null] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}

/** A file's bytes, or null when there is no such file. Binary formats (KMZ, zip) need bytes. */
/** The file's bytes; null when there is no such file; its size alone when over the limit. */
async function readBytes(path: string): Promise<Uint8Array | number | null> {
  try {
    const { size } = await stat(path);
    if (size > LIMITS.fileBytes) return size;
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * A file on disk through the import engine; null when there is no such file. A file over the
 * size limit is refused from its size, without being read.
 */
export async function importFromDisk(request: Omit<ImportRequest, "bytes">): Promise<ImportResult | null> {
  const bytes = await readBytes(request.fileName);
  if (bytes === null) return null;
  if (typeof bytes === "number") return refusedForSize(request.fileName, bytes, request.kind);
  return importFile({ ...request, bytes });
}

export async function loadDatasetFromArgs(args: DatasetArgs, io: CliIo): Promise<Dataset> {
  const named = Object.entries(args.files) as [Kind, string][];
  const { gazetteer } = await readGazetteer(io, args.gazetteer);
  if (named.length === 0) return loadDataset(io.readText, DEFAULT_MANIFEST, gazetteer);
  const parsedLayers = await Promise.all(
    named.map(async ([kind, path]) => {
      const fields = Object.keys(args.fields).length > 0 ? args.fields : null;
      const result = await importFromDisk({
        fileName: path,
        kind,
        crs: args.crs,
        fields,
        gazetteer,
        province: args.province,
        unitChoices: args.unitChoices,
      });
      if (result === null) return parseLayer({ file: path, kind, text: null });
      return toParsedLayer(path, result);
    }),
  );
  // Loose files have no manifest; --province stands in for its province.
  const manifest = args.province
    ? { title: "Bình Yên", sample: false, dataDate: null, source: "", province: args.province, files: [] }
    : null;
  return assembleDataset(manifest, parsedLayers, [], gazetteer);
}
