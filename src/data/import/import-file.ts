// The import engine's entry point: bytes of any supported format in, our normalised WGS 84
// schema out (original properties alongside), with a report that says what was done and why.
// Pure: no DOM, so the same code runs in node (CLI, tests) and in a worker. Every file meets the
// limits of ../limits.ts: size, features, nesting, and at most so many messages of one kind.
import { appendAll } from "../../domain/arrays";
import { checkFeatures } from "../../domain/schema";
import type { Message } from "../../domain/types";
import { withGeneratedCodes } from "../generated-codes";
import { importMessage } from "../import-messages";
import { LIMITS, limitMessage, MessageCap } from "../limits";
import { fileMessage } from "../messages";
import { cutDeepEntries, rejectCut } from "../nesting";
import { resolveCoordinates } from "./coordinates";
import { detectFormat } from "./detect";
import { extraChecks } from "./extra-checks";
import { resolveCrs, sampleProperties } from "./import-parts";
import type { ImportDetection, ImportProgress, ImportRequest, ImportResult } from "./import-types";
import { convertLegacyText, unconverted } from "./legacy-text";
import { proposeFields, proposeKind } from "./mapping";
import { readNumberColumns } from "./number-columns";
import { prepareFeatures } from "./prepare";
import { makeProgress } from "./progress";
import { type ReadFile, readFormat } from "./read-format";
import { assignRecordPeriod } from "./record-period";
import { type Context, columnsOf, refusedForSize, refusedResult } from "./refused";
import { collectOutcome } from "./report";
import { resolveUnits } from "./resolve-units";

/** Which sheet and header row were read, for tables only (detections of other formats stay as they were). */
function tableDetection(read: ReadFile): Partial<ImportDetection> {
  const result: Partial<ImportDetection> = {};
  if (read.sheets) {
    result.sheets = read.sheets;
    result.sheet = read.sheet;
  }
  if (read.table) result.headerRow = read.table.headerRow;
  return result;
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
  const tooLarge = refusedForSize(file, request.bytes.length, request.kind);
  if (tooLarge) return tooLarge;
  const format = detectFormat(file, request.bytes);
  if (format === null) {
    const found = file.includes(".") ? `“.${file.split(".").pop()}”` : "no file extension";
    return refusedResult(context, [importMessage("format-unknown", { file }, { found })], []);
  }
  context.format = format;
  const read = await readFormat(format, request.bytes, file, {
    sheet: request.sheet ?? null,
    headerRow: request.headerRow ?? null,
  });
  if (request.releaseBytes) request.bytes = new Uint8Array(0);
  context.format = read.format;
  context.encoding = read.encoding;
  progress.step("parsing", 1);
  const messages: Message[] = [...read.layer.messages];
  if (read.layer.unreadable) {
    // A workbook refused for its sheet still lists its sheets, for the user to pick one.
    const refused = refusedResult(context, messages, []);
    return { ...refused, detection: { ...refused.detection, ...tableDetection(read) } };
  }
  if (/^windows-125/u.test(read.encoding))
    messages.push(importMessage("encoding-legacy", { file }, { found: read.encoding }));
  if (read.layer.features.length > LIMITS.features) {
    const found = { count: read.layer.features.length };
    return refusedResult(context, [...messages, limitMessage("too-many-features", { file }, found)], []);
  }
  // The review step's preview: the rest from the file's first features only (and the others let
  // go at once).
  if (request.sample !== undefined && read.layer.features.length > request.sample)
    read.layer.features = read.layer.features.slice(0, request.sample);
  const raw = read.layer.features;
  const cap = new MessageCap(file);
  const cutIndices = cutDeepEntries(raw, file, messages, cap);

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
  // Tables hold numbers as typed ("1.045", "21,5123"): read per column now that roles are known.
  let features = text.features;
  if (read.table) {
    const numbers = readNumberColumns(features, columns, kind, fields, read.table.marks, file);
    features = numbers.features;
    appendAll(messages, numbers.messages);
    if (numbers.featuresChanged > 0) repaired["numbers reformatted"] = numbers.featuresChanged;
  }
  const prepared = prepareFeatures(features, kind, fields);
  for (const ours of prepared.unusedFields) {
    messages.push(
      fileMessage("field-unused", { file, property: ours }, { found: JSON.stringify(fields[ours]) }),
    );
  }
  if (prepared.areasToPoints > 0) {
    repaired["areas to points"] = prepared.areasToPoints;
    messages.push(importMessage("polygon-to-point", { file }, { count: prepared.areasToPoints, used: kind }));
  }

  const coded = withGeneratedCodes(kind, prepared.features, file);
  if (coded.message) {
    messages.push(coded.message);
    repaired["codes generated"] = coded.generated.size;
  }

  const places = {
    file,
    gazetteer: request.gazetteer ?? null,
    province: request.province ?? null,
    adminPeriod: request.adminPeriod ?? null,
  };
  // Units without codes get theirs from the gazetteer before the check asks for one.
  const units =
    kind === "units"
      ? resolveUnits(coded.features, { ...places, unitChoices: request.unitChoices ?? null })
      : null;
  if (units) {
    appendAll(messages, units.messages);
    if (units.found > 0) repaired["units found in the gazetteer"] = units.found;
  }

  progress.step("checking", 0);
  const checked = checkFeatures(kind, units?.features ?? coded.features);
  rejectCut(checked, cutIndices);
  progress.step("checking", 0.8);
  const outcome = collectOutcome(file, raw, checked, repaired, cap);
  const records = kind === "units" ? null : assignRecordPeriod(outcome.accepted.features, kind, places);
  if (records) appendAll(messages, records.messages);
  const empty = raw.length === 0;
  // The features as read are not needed any more (the rejected ones are in the outcome): with
  // them let go, a large file's second copy can be collected before the result is sent on.
  for (const held of [raw, coordinates.features, text.features, features, prepared.features]) held.length = 0;
  const extra: Message[] = [];
  for (const result of checked) {
    if (result.feature) extraChecks(file, result.feature, result.index, result.id, extra, cap);
  }
  appendAll(messages, extra);
  if (empty) messages.push(fileMessage("empty-layer", { file }));
  appendAll(messages, outcome.messages);
  appendAll(messages, cap.summaries());
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
      ...tableDetection(read),
      adminPeriod: units?.period ?? records?.period ?? null,
      province: units?.province ?? null,
    },
    counts: outcome.counts,
    messages,
    collection: outcome.accepted,
    rejected: outcome.rejected,
    featureIndices: outcome.featureIndices,
    ...(units ? { unitMatches: units.matches } : {}),
  };
}
