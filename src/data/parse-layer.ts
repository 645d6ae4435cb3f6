// One layer file from text to a checked, normalised FeatureCollection and its FileReport.
// The browser (queries.ts) and the command line (dataset.ts) both come through here.

import { appendAll } from "../domain/arrays";
import { setOwn } from "../domain/records";
import { checkFeatures } from "../domain/schema";
import { describeFound } from "../domain/schema-rules";
import type { AdminPeriod, FileReport, Kind, Layers, Message } from "../domain/types";
import { withGeneratedCodes } from "./generated-codes";
import { findJsonError } from "./json-position";
import { fileSizeProblem, LIMITS, limitMessage, MessageCap } from "./limits";
import { fileMessage, issueMessage } from "./messages";
import { cutDeepEntries, rejectCut } from "./nesting";

export interface ParseLayerInput<K extends Kind> {
  file: string;
  kind: K;
  /** null when the file does not exist. */
  text: string | null;
  /** Our property name → the file's own, from the manifest. */
  fields?: Record<string, string> | undefined;
}

export interface ParsedLayer<K extends Kind = Kind> {
  collection: Layers[K];
  report: FileReport;
  /** For each accepted feature, its index in the file (rejected ones leave gaps). */
  featureIndices: number[];
  /** The administrative map the file follows, when its manifest entry or its import says so. */
  adminPeriod?: AdminPeriod | null;
}

interface JsonFailure {
  reason: string;
  line: number | null;
  column: number | null;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Where and why a text is not JSON; the engine's own wording is the fallback. */
function locateJsonError(text: string, error: unknown): JsonFailure {
  const found = findJsonError(text);
  if (found) return { reason: found.reason, ...lineAndColumn(text, found.offset) };
  return { reason: error instanceof Error ? error.message : String(error), line: null, column: null };
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; failure: JsonFailure };

export function parseJson(text: string): JsonResult {
  // Windows tools often write a byte-order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, failure: locateJsonError(body, error) };
  }
}

function emptyReport(
  file: string,
  kind: Kind,
  status: FileReport["status"],
  messages: Message[],
): FileReport {
  return { file, kind, status, read: 0, accepted: 0, repaired: 0, rejected: 0, messages };
}

/** A file that cannot be read as a FeatureCollection at all. */
export function unreadable<K extends Kind>(file: string, kind: K, message: Message): ParsedLayer<K> {
  return {
    collection: emptyCollection<K>(),
    report: emptyReport(file, kind, "unreadable", [message]),
    featureIndices: [],
  };
}

function emptyCollection<K extends Kind>(): Layers[K] {
  return { type: "FeatureCollection", features: [] } as unknown as Layers[K];
}

function statusOf(messages: readonly Message[]): "ok" | "warnings" | "errors" {
  if (messages.some((message) => message.level === "error")) return "errors";
  return messages.some((message) => message.level === "warning") ? "warnings" : "ok";
}

/** What the top level is, in words for a message, when it is not a FeatureCollection. */
function describeTopLevel(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (typeof value !== "object" || value === null) return describeFound(value);
  const type = (value as { type?: unknown }).type;
  if (type === "Feature") return "a single Feature";
  return typeof type === "string" ? `a ${type}` : "an object without “type”";
}

/** Copies the file's columns to our names; the originals stay as extra properties. */
function applyFields(
  features: readonly unknown[],
  fields: Record<string, string>,
  used: Set<string>,
): unknown[] {
  const pairs = Object.entries(fields).filter(([ours, theirs]) => ours !== theirs);
  if (pairs.length === 0) return [...features];
  return features.map((feature) => {
    if (typeof feature !== "object" || feature === null) return feature;
    const properties = (feature as { properties?: unknown }).properties;
    if (typeof properties !== "object" || properties === null) return feature;
    const mapped: Record<string, unknown> = { ...(properties as Record<string, unknown>) };
    for (const [ours, theirs] of pairs) {
      if (!Object.hasOwn(mapped, theirs)) continue;
      used.add(theirs);
      setOwn(mapped, ours, mapped[theirs]);
    }
    return { ...feature, properties: mapped };
  });
}

export function parseLayer<K extends Kind>(input: ParseLayerInput<K>): ParsedLayer<K> {
  const { file, kind, text, fields = {} } = input;
  const tooLarge = text === null ? null : fileSizeProblem(file, text.length);
  if (tooLarge) return unreadable(file, kind, tooLarge);
  if (text === null) {
    return {
      collection: emptyCollection<K>(),
      report: emptyReport(file, kind, "missing", [fileMessage("file-missing", { file })]),
      featureIndices: [],
    };
  }
  const json = parseJson(text);
  if (!json.ok) {
    const { reason, line, column } = json.failure;
    const details = { found: reason, line: line ?? 0, column: column ?? 0 };
    const message = fileMessage("json-syntax", { file }, details);
    return unreadable(file, kind, message);
  }
  const value = json.value as { type?: unknown; features?: unknown } | null;
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    value.type !== "FeatureCollection"
  ) {
    const message = fileMessage(
      "not-feature-collection",
      { file, property: "type" },
      { found: describeTopLevel(value) },
    );
    return unreadable(file, kind, message);
  }
  if (!Array.isArray(value.features)) {
    const message = fileMessage(
      "features-not-array",
      { file, property: "features" },
      { found: describeFound(value.features) },
    );
    return unreadable(file, kind, message);
  }
  const messages: Message[] = [];
  if (value.features.length > LIMITS.features) {
    const message = limitMessage("too-many-features", { file }, { count: value.features.length });
    return unreadable(file, kind, message);
  }
  const cap = new MessageCap(file);
  const cutIndices = cutDeepEntries(value.features, file, messages, cap);
  const usedColumns = new Set<string>();
  const coded = withGeneratedCodes(kind, applyFields(value.features, fields, usedColumns), file);
  if (coded.message) messages.push(coded.message);
  const checked = checkFeatures(kind, coded.features);
  rejectCut(checked, cutIndices);
  for (const [ours, theirs] of Object.entries(fields)) {
    if (ours !== theirs && !usedColumns.has(theirs) && value.features.length > 0) {
      messages.push(fileMessage("field-unused", { file, property: ours }, { found: JSON.stringify(theirs) }));
    }
  }
  if (value.features.length === 0) messages.push(fileMessage("empty-layer", { file }));
  const features = [];
  const featureIndices: number[] = [];
  let repaired = 0;
  for (const result of checked) {
    const where = { file, featureIndex: result.index, featureId: result.id };
    for (const issue of result.issues)
      if (cap.admit(issue.code, issue.level)) messages.push(issueMessage(issue, where));
    if (result.feature) {
      features.push(result.feature);
      featureIndices.push(result.index);
    }
    if (result.feature && (result.repaired || coded.generated.has(result.index))) repaired++;
  }
  appendAll(messages, cap.summaries());
  const report: FileReport = {
    file,
    kind,
    status: statusOf(messages),
    read: value.features.length,
    accepted: features.length,
    repaired,
    rejected: value.features.length - features.length,
    messages,
  };
  return {
    collection: { type: "FeatureCollection", features } as unknown as Layers[K],
    report,
    featureIndices,
  };
}
