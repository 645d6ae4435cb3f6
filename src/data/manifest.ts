// geodata/manifest.json: which file holds which kind and how its columns map to ours.
// A broken entry is skipped with a message; the rest of the manifest still loads.
import { normaliseText } from "../domain/names";
import { dictionary } from "../domain/records";
import { coerceBoolean, coerceDate, describeFound, isAbsent } from "../domain/schema-rules";
import { ADMIN_PERIODS, type AdminPeriod, KINDS, type Kind, type Message } from "../domain/types";
import type { Manifest, ManifestEntry } from "./manifest-types";
import { fileMessage, type Texts } from "./messages";
import { parseJson } from "./parse-layer";

export interface ParsedManifest {
  /** null when there is nothing to go on (missing, not JSON, not an object). */
  manifest: Manifest | null;
  messages: Message[];
}

const DEFAULT_TITLE = "Bình Yên";

const EXPECT_PATH: Texts = { vi: "đường dẫn tệp (văn bản)", en: "a file path (text)" };
const EXPECT_FIELDS: Texts = {
  vi: "đối tượng {tên của chúng ta: tên cột trong tệp}",
  en: "an object {our name: the file's column name}",
};
const EXPECT_FILES: Texts = {
  vi: "mảng các mục {path, kind, fields}",
  en: "an array of {path, kind, fields} entries",
};

/** Paths are fetched relative to geodata/; anything that could leave it is refused. */
function isSafeRelativePath(path: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(path) || path.startsWith("/") || path.startsWith("\\")) return false;
  return !path.split(/[/\\]/u).includes("..");
}

function parseFields(raw: unknown): Record<string, string> | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const fields = dictionary<string>();
  for (const [ours, theirs] of Object.entries(raw)) {
    if (typeof theirs !== "string") return null;
    fields[ours] = theirs.normalize("NFC");
  }
  return fields;
}

/**
 * The optional province and adminPeriod of the manifest or of an entry; a wrong value is left
 * out with a warning (the data still loads, periods are then found from the names).
 */
function readPlace(
  raw: Record<string, unknown>,
  where: { file: string; featureIndex?: number; featureId?: string | null; entry?: boolean },
  messages: Message[],
): { province?: string; adminPeriod?: AdminPeriod } {
  const place: { province?: string; adminPeriod?: AdminPeriod } = {};
  if (!isAbsent(raw.province)) {
    if (typeof raw.province === "string") place.province = normaliseText(raw.province);
    else
      messages.push(
        fileMessage(
          "manifest-default",
          { ...where, property: "province" },
          { found: describeFound(raw.province), used: "null" },
        ),
      );
  }
  if (!isAbsent(raw.adminPeriod)) {
    const period = typeof raw.adminPeriod === "string" ? raw.adminPeriod.trim() : raw.adminPeriod;
    if (ADMIN_PERIODS.includes(period as AdminPeriod)) place.adminPeriod = period as AdminPeriod;
    else {
      const used = `null (${ADMIN_PERIODS.join(" | ")})`;
      messages.push(
        fileMessage(
          "manifest-default",
          { ...where, property: "adminPeriod" },
          { found: describeFound(raw.adminPeriod), used },
        ),
      );
    }
  }
  return place;
}

function parseEntry(raw: unknown, index: number, file: string, seen: Set<string>, messages: Message[]) {
  const entry = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const path = typeof entry.path === "string" ? entry.path.trim() : null;
  const where = { file, featureIndex: index, featureId: path, entry: true };
  if (path === null || path === "") {
    messages.push(
      fileMessage(
        "manifest-bad-property",
        { ...where, property: "path" },
        { expected: EXPECT_PATH, found: describeFound(entry.path) },
      ),
    );
    return null;
  }
  if (!isSafeRelativePath(path)) {
    messages.push(
      fileMessage("manifest-bad-path", { ...where, property: "path" }, { found: describeFound(path) }),
    );
    return null;
  }
  const kind = typeof entry.kind === "string" ? entry.kind.trim().toLowerCase() : entry.kind;
  if (!KINDS.includes(kind as Kind)) {
    const expected = { type: "enum" as const, values: KINDS };
    messages.push(
      fileMessage(
        "manifest-bad-property",
        { ...where, property: "kind" },
        { expected, found: describeFound(entry.kind) },
      ),
    );
    return null;
  }
  const fields = entry.fields === undefined ? {} : parseFields(entry.fields);
  if (fields === null) {
    messages.push(
      fileMessage(
        "manifest-bad-property",
        { ...where, property: "fields" },
        { expected: EXPECT_FIELDS, found: describeFound(entry.fields) },
      ),
    );
    return null;
  }
  if (seen.has(path)) {
    messages.push(
      fileMessage("manifest-duplicate-path", { ...where, property: "path" }, { found: describeFound(path) }),
    );
    return null;
  }
  seen.add(path);
  const parsed: ManifestEntry = { path, kind: kind as Kind };
  if (Object.keys(fields).length > 0) parsed.fields = fields;
  return { ...parsed, ...readPlace(entry, where, messages) };
}

export function parseManifest(text: string | null, file: string): ParsedManifest {
  if (text === null) return { manifest: null, messages: [fileMessage("manifest-missing", { file })] };
  const json = parseJson(text);
  if (!json.ok) {
    const { reason, line, column } = json.failure;
    return {
      manifest: null,
      messages: [
        fileMessage("json-syntax", { file }, { found: reason, line: line ?? 0, column: column ?? 0 }),
      ],
    };
  }
  const value = json.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      manifest: null,
      messages: [fileMessage("manifest-not-object", { file }, { found: describeFound(value) })],
    };
  }
  const raw = value as Record<string, unknown>;
  const messages: Message[] = [];
  const fallback = (property: string, used: string) =>
    messages.push(
      fileMessage("manifest-default", { file, property }, { found: describeFound(raw[property]), used }),
    );

  const title = typeof raw.title === "string" && raw.title.trim() !== "" ? normaliseText(raw.title) : null;
  if (title === null) fallback("title", JSON.stringify(DEFAULT_TITLE));
  const sample = isAbsent(raw.sample) ? false : coerceBoolean(raw.sample).value;
  if (sample === undefined) fallback("sample", "false");
  const dataDate = isAbsent(raw.dataDate) ? null : coerceDate(raw.dataDate).value;
  if (dataDate === undefined) fallback("dataDate", "null");
  const source = isAbsent(raw.source)
    ? ""
    : typeof raw.source === "string"
      ? normaliseText(raw.source)
      : null;
  if (source === null) fallback("source", '""');

  const files: ManifestEntry[] = [];
  if (Array.isArray(raw.files)) {
    const seen = new Set<string>();
    raw.files.forEach((entry, index) => {
      const parsed = parseEntry(entry, index, file, seen, messages);
      if (parsed) files.push(parsed);
    });
  } else {
    messages.push(
      fileMessage(
        "manifest-bad-property",
        { file, property: "files" },
        { expected: EXPECT_FILES, found: describeFound(raw.files) },
      ),
    );
  }
  const manifest: Manifest = {
    title: title ?? DEFAULT_TITLE,
    sample: sample ?? false,
    dataDate: dataDate ?? null,
    source: source ?? "",
    ...readPlace(raw, { file }, messages),
    files,
  };
  return { manifest, messages };
}
