// Puts the parsed layers together, runs the join, and gathers one Report. Used by the command
// line and tests through loadDataset, and by the app with layers fetched by queries.ts.
import { appendAll } from "../domain/arrays";
import { buildCrosswalk } from "../domain/gazetteer/crosswalk";
import type { Gazetteer } from "../domain/gazetteer/gazetteer-types";
import { type JoinedKind, type JoinNote, joinLayers, type RecordPeriods } from "../domain/join";
import { type AdminPeriod, KINDS, type Layers, type Message, type Report } from "../domain/types";
import { acrossMessages } from "./dataset-across";
import { planPeriods } from "./dataset-periods";
import { FileTooLarge, fileSizeProblem, MessageCap } from "./limits";
import { parseManifest } from "./manifest";
import type { Manifest } from "./manifest-types";
import { fileMessage } from "./messages";
import { type ParsedLayer, parseLayer, unreadable } from "./parse-layer";

export interface Dataset {
  layers: Layers;
  report: Report;
  title: string;
  sample: boolean;
  dataDate: string | null;
  source: string;
  /** The administrative map the units follow; null when unknown or mixed (absent: built by hand). */
  adminPeriod?: AdminPeriod | null;
  /** The gazetteer province the data was read with ("Tỉnh Sơn La"), or null. */
  province?: string | null;
}

/** Where each feature of a combined layer came from, for join messages. */
interface Origin {
  file: string;
  index: number;
}

const NAME_PROPERTY: Record<JoinedKind, string | null> = {
  hamlets: "name",
  sites: "name",
  incidents: null,
  activities: null,
};

function emptyLayers(): Layers {
  const empty = () => ({ type: "FeatureCollection" as const, features: [] });
  return { units: empty(), hamlets: empty(), sites: empty(), incidents: empty(), activities: empty() };
}

function joinMessage(
  note: JoinNote,
  origin: Origin | undefined,
  layers: Layers,
  successor: (code: string) => string | null,
): Message {
  const feature = layers[note.kind].features[note.position];
  const properties = (feature?.properties ?? {}) as unknown as Record<string, unknown>;
  const nameProperty = NAME_PROPERTY[note.kind];
  const name =
    nameProperty && typeof properties[nameProperty] === "string"
      ? (properties[nameProperty] as string)
      : null;
  const id = note.kind === "activities" ? null : (properties.code ?? properties.id);
  const where = {
    file: origin?.file ?? note.kind,
    featureIndex: origin?.index ?? note.position,
    featureId: typeof id === "string" ? id : null,
    property: "unitCode",
  };
  const details = { kind: note.kind, reasons: note.result.reasons, found: note.result.reference, name };
  const unitCode = note.result.unitCode;
  if (unitCode === null) return fileMessage("join-unmatched", where, details);
  if (note.result.reasons.includes("crosswalk-mismatch")) {
    const today = successor(unitCode);
    return fileMessage("join-crosswalk-mismatch", where, {
      ...details,
      used: today ? `${unitCode} → ${today}` : unitCode,
    });
  }
  return fileMessage("join-fallback", where, { ...details, used: unitCode });
}

/**
 * Several files may hold the same kind; their features are concatenated in manifest order.
 * A missing or unreadable layer simply contributes nothing.
 */
export function assembleDataset(
  manifest: Manifest | null,
  parsedLayers: readonly ParsedLayer[],
  manifestMessages: readonly Message[] = [],
  gazetteer: Gazetteer | null = null,
): Dataset {
  const combined = emptyLayers();
  const origins = Object.fromEntries(KINDS.map((kind) => [kind, [] as Origin[]])) as Record<string, Origin[]>;
  const plan = planPeriods(manifest, parsedLayers, gazetteer);
  const periods: Record<string, (AdminPeriod | null)[]> = {};
  parsedLayers.forEach((parsed, layerIndex) => {
    const kind = parsed.report.kind;
    const features = (combined[kind] as { features: unknown[] }).features;
    const layerPeriods = plan.periods[layerIndex] ?? [];
    if (kind === "units") {
      // Units are not copied by the join: their period is set on a copy here.
      for (const [position, unit] of (parsed.collection.features as { properties: object }[]).entries()) {
        const period = layerPeriods[position];
        features.push(period ? { ...unit, properties: { ...unit.properties, adminPeriod: period } } : unit);
      }
    } else {
      appendAll(features, parsed.collection.features);
      const kindPeriods = periods[kind] ?? [];
      periods[kind] = kindPeriods;
      appendAll(kindPeriods, layerPeriods);
    }
    parsed.featureIndices.forEach((index) => {
      origins[kind]?.push({ file: parsed.report.file, index });
    });
  });
  const crosswalk = plan.province ? buildCrosswalk(plan.province) : null;
  const { layers, notes } = joinLayers(combined, crosswalk, periods as RecordPeriods);
  const successor = (code: string) => crosswalk?.toToday(code) ?? null;
  // Problems first, at most so many of one kind per file (a file of unjoinable incidents says it
  // a thousand times and then how many more there are); then how periods were read and records
  // placed across the reform.
  const caps = new Map<string, MessageCap>();
  const join: Message[] = [];
  for (const note of notes) {
    if (note.result.reasons.length === 0) continue;
    const origin = origins[note.kind]?.[note.position];
    const file = origin?.file ?? note.kind;
    const cap = caps.get(file) ?? new MessageCap(file);
    caps.set(file, cap);
    const code = note.result.unitCode === null ? "join-unmatched" : "join-fallback";
    if (cap.admit(code, "warning")) join.push(joinMessage(note, origin, layers, successor));
  }
  for (const cap of caps.values()) appendAll(join, cap.summaries());
  appendAll(
    join,
    acrossMessages(notes, (note) => origins[note.kind]?.[note.position], layers),
  );
  appendAll(join, plan.messages);
  const report: Report = { files: parsedLayers.map((parsed) => parsed.report), join };
  if (manifest !== null || manifestMessages.length > 0) report.manifest = [...manifestMessages];
  return {
    layers,
    report,
    title: manifest?.title ?? "Bình Yên",
    sample: manifest?.sample ?? false,
    dataDate: manifest?.dataDate ?? null,
    source: manifest?.source ?? "",
    adminPeriod: plan.unitsPeriod,
    province: plan.province?.province ?? manifest?.province ?? null,
  };
}

/** Manifest paths are relative to the manifest's own folder. */
function resolvePath(manifestPath: string, path: string): string {
  const slash = manifestPath.lastIndexOf("/");
  return slash < 0 ? path : `${manifestPath.slice(0, slash + 1)}${path}`;
}

type ReadText = (path: string) => Promise<string | null>;

/** A read that throws (permissions, a folder in place of a file) is reported, not raised. */
async function readSafely(
  readText: ReadText,
  path: string,
): Promise<{ text: string | null; failure: string | null; tooLarge?: number }> {
  try {
    return { text: await readText(path), failure: null };
  } catch (error) {
    if (error instanceof FileTooLarge) return { text: null, failure: error.message, tooLarge: error.bytes };
    return { text: null, failure: error instanceof Error ? error.message : String(error) };
  }
}

export async function loadDataset(
  readText: ReadText,
  manifestPath: string,
  gazetteer: Gazetteer | null = null,
): Promise<Dataset> {
  const manifestRead = await readSafely(readText, manifestPath);
  const { manifest, messages } = manifestRead.failure
    ? {
        manifest: null,
        messages: [fileMessage("file-unreadable", { file: manifestPath }, { found: manifestRead.failure })],
      }
    : parseManifest(manifestRead.text, manifestPath);
  const entries = manifest?.files ?? [];
  const parsedLayers = await Promise.all(
    entries.map(async (entry) => {
      const file = resolvePath(manifestPath, entry.path);
      const { text, failure, tooLarge } = await readSafely(readText, file);
      const sizeProblem = tooLarge === undefined ? null : fileSizeProblem(file, tooLarge);
      if (sizeProblem) return unreadable(file, entry.kind, sizeProblem);
      if (failure !== null)
        return unreadable(file, entry.kind, fileMessage("file-unreadable", { file }, { found: failure }));
      const parsed = parseLayer({ file, kind: entry.kind, text, fields: entry.fields });
      return entry.adminPeriod ? { ...parsed, adminPeriod: entry.adminPeriod } : parsed;
    }),
  );
  return assembleDataset(manifest, parsedLayers, messages, gazetteer);
}
