// The import engine's entry point: bytes of any supported format in, our normalised WGS 84
// schema out (original properties alongside), with a report that says what was done and why.
// Pure: no DOM, so the same code runs in node (CLI, tests) and in a worker.

import { appendAll } from "../../domain/arrays";
import { checkFeatures } from "../../domain/schema";
import type { Message } from "../../domain/types";
import { importMessage } from "../import-messages";
import { fileMessage } from "../messages";
import { resolveCoordinates } from "./coordinates";
import { type Crs, parseCrs } from "./crs";
import { detectFormat } from "./detect";
import { extraChecks } from "./extra-checks";
import type {
  ImportDetection,
  ImportFormat,
  ImportProgress,
  ImportRequest,
  ImportResult,
} from "./import-types";
import { convertLegacyText, unconverted } from "./legacy-text";
import { proposeFields, proposeKind } from "./mapping";
import { prepareFeatures } from "./prepare";
import { makeProgress } from "./progress";
import { readFormat } from "./read-format";
import { collectOutcome } from "./report";

const empty = () => ({ type: "FeatureCollection" as const, features: [] });

/** Property names in order of first appearance (a sample is enough for wide files). */
function columnsOf(features: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const limit = Math.min(features.length, 5000);
  for (let index = 0; index < limit; index++) {
    const properties = (features[index] as { properties?: unknown } | null)?.properties;
    if (typeof properties === "object" && properties !== null)
      for (const key of Object.keys(properties)) seen.add(key);
  }
  return [...seen];
}

function sampleProperties(features: readonly unknown[]): Record<string, unknown>[] {
  return features
    .slice(0, 500)
    .map((feature) => (feature as { properties?: unknown } | null)?.properties)
    .filter(
      (properties): properties is Record<string, unknown> =>
        typeof properties === "object" && properties !== null,
    );
}

interface Context {
  request: ImportRequest;
  format: ImportFormat;
  encoding: string;
  crs: string;
}

/** A file that yields nothing usable: every feature read is handed back as rejected. */
function refusedResult(context: Context, messages: Message[], raw: readonly unknown[]): ImportResult {
  const kind = context.request.kind ?? "hamlets";
  const detection: ImportDetection = {
    format: context.format,
    encoding: context.encoding,
    crs: context.crs,
    kind,
    kindProposed: context.request.kind === null,
    fields: context.request.fields ?? {},
    columns: columnsOf(raw),
  };
  return {
    detection,
    counts: { read: raw.length, accepted: 0, rejected: raw.length, repaired: {} },
    messages,
    collection: empty(),
    rejected: { type: "FeatureCollection", features: raw as GeoJSON.Feature[] },
    featureIndices: [],
  };
}

function resolveCrs(
  request: ImportRequest,
  declared: string | null,
  file: string,
  messages: Message[],
): Crs | null | "refused" {
  const text = request.crs ?? declared;
  if (text === null || text.trim() === "") return null;
  const crs = parseCrs(text);
  if (crs !== null) return crs;
  const found = JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
  // A CRS the user typed must be right; one a file declares is only a hint.
  messages.push(
    importMessage("crs-unknown", { file }, { found }, request.crs !== null ? "error" : "warning"),
  );
  return request.crs !== null ? "refused" : null;
}

export async function importFile(
  request: ImportRequest,
  onProgress?: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const progress = makeProgress(onProgress, signal);
  const file = request.fileName;
  progress.step("reading", 0);
  const context: Context = { request, format: "geojson", encoding: "UTF-8", crs: "EPSG:4326 (WGS 84)" };
  if (request.bytes.length === 0) return refusedResult(context, [importMessage("file-empty", { file })], []);
  const format = detectFormat(file, request.bytes);
  if (format === null) {
    const found = file.includes(".") ? `“.${file.split(".").pop()}”` : "no file extension";
    return refusedResult(context, [importMessage("format-unknown", { file }, { found })], []);
  }
  context.format = format;
  const read = await readFormat(format, request.bytes, file);
  context.format = read.format;
  context.encoding = read.encoding;
  progress.step("parsing", 1);
  const messages: Message[] = [...read.layer.messages];
  if (read.layer.unreadable) return refusedResult(context, messages, []);
  if (/^windows-125/u.test(read.encoding))
    messages.push(importMessage("encoding-legacy", { file }, { found: read.encoding }));
  const raw = read.layer.features;

  const crs = resolveCrs(request, read.layer.declaredCrs, file, messages);
  if (crs === "refused") return refusedResult(context, messages, raw);
  if (crs) context.crs = crs.label;
  const coordinates = resolveCoordinates(raw, crs, file, progress);
  appendAll(messages, coordinates.messages);
  if (coordinates.refused) return refusedResult(context, messages, raw);

  // Legacy text shows as Latin-1 letters; a file without any has nothing to convert.
  const text = read.latin1Free ? unconverted(coordinates.features) : convertLegacyText(coordinates.features);
  const repaired = { ...coordinates.repaired };
  if (text.scheme !== null) {
    context.encoding = `${text.scheme} (converted)`;
    repaired["text converted"] = text.featuresChanged;
    for (const [property, { count, example }] of text.converted) {
      messages.push(
        importMessage("text-converted", { file, property }, { count, used: text.scheme, found: example }),
      );
    }
  }

  const columns = read.columns ?? columnsOf(text.features);
  const proposal = request.kind === null ? proposeKind(text.features, columns) : null;
  const kind = request.kind ?? (proposal?.kind as NonNullable<typeof proposal>["kind"]);
  if (proposal)
    messages.push(importMessage("kind-proposed", { file }, { used: kind, found: proposal.reason }));
  const fields = {
    ...proposeFields(kind, columns, sampleProperties(text.features)),
    ...(request.fields ?? {}),
  };
  const mapped = Object.entries(fields).filter(([ours, theirs]) => ours !== theirs);
  if (mapped.length > 0) {
    messages.push(
      importMessage(
        "fields-mapped",
        { file },
        { found: mapped.map(([ours, theirs]) => `${ours} ← ${theirs}`).join(", ") },
      ),
    );
  }
  const prepared = prepareFeatures(text.features, kind, fields);
  for (const ours of prepared.unusedFields) {
    messages.push(
      fileMessage("field-unused", { file, property: ours }, { found: JSON.stringify(fields[ours]) }),
    );
  }
  if (prepared.areasToPoints > 0) {
    repaired["areas to points"] = prepared.areasToPoints;
    messages.push(importMessage("polygon-to-point", { file }, { count: prepared.areasToPoints, used: kind }));
  }

  progress.step("checking", 0);
  const checked = checkFeatures(kind, prepared.features);
  progress.step("checking", 0.8);
  const outcome = collectOutcome(file, raw, checked, repaired);
  for (const result of checked) {
    if (result.feature) extraChecks(file, result.feature, result.index, result.id, messages);
  }
  if (raw.length === 0) messages.push(fileMessage("empty-layer", { file }));
  appendAll(messages, outcome.messages);
  progress.step("done", 1);
  return {
    detection: {
      format: context.format,
      encoding: context.encoding,
      crs: context.crs,
      kind,
      kindProposed: request.kind === null,
      fields,
      columns,
    },
    counts: outcome.counts,
    messages,
    collection: outcome.accepted,
    rejected: outcome.rejected,
    featureIndices: outcome.featureIndices,
  };
}
