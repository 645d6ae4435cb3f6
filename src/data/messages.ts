// What the data checks say to a person, in one shape: where (file, feature, property), then what
// is wrong and what to do, in Vietnamese and English. The sentences themselves are in
// sentences/ and load with the first message the page makes (message-sentences.ts).
import type { JoinReason } from "../domain/join";
import type { Expectation, Issue } from "../domain/schema-rules";
import { shortText } from "../domain/shown-text";
import type { Kind, Level, Message } from "../domain/types";
import { sentences } from "./message-sentences";
import type { FILE_SENTENCES, Parts, Template } from "./sentences/file-sentences";

export type Texts = { vi: string; en: string };

export type FileMessageCode = keyof typeof FILE_SENTENCES;

const FILE_LEVELS: Record<FileMessageCode, Level> = {
  "file-missing": "error",
  "file-unreadable": "error",
  "json-syntax": "error",
  "not-feature-collection": "error",
  "features-not-array": "error",
  "field-unused": "warning",
  "empty-layer": "info",
  "manifest-missing": "error",
  "manifest-not-object": "error",
  "manifest-bad-property": "error",
  "manifest-default": "warning",
  "manifest-duplicate-path": "error",
  "manifest-bad-path": "error",
  "join-unmatched": "warning",
  "join-fallback": "warning",
  "join-crosswalk-mismatch": "warning",
};

/** Characters of a name, id or property quoted in a message. */
const QUOTED = 80;

/** Where a message points: manifest entries are "entries", everything else "features". */
export interface Where {
  file: string;
  featureIndex?: number | null;
  featureId?: string | null;
  property?: string | null;
  entry?: boolean;
}

/** "Tệp a.geojson, đối tượng số 3 (03730), thuộc tính “name”: " and its English twin. */
export function prefix(where: Where): Texts {
  let vi = `Tệp ${where.file}`;
  let en = where.file;
  if (where.featureIndex !== undefined && where.featureIndex !== null) {
    vi += where.entry ? `, mục số ${where.featureIndex}` : `, đối tượng số ${where.featureIndex}`;
    en += where.entry ? `, entry #${where.featureIndex}` : `, feature #${where.featureIndex}`;
  }
  // Ids and property names come from the file: a message quotes only their start.
  if (where.featureId) {
    const id = shortText(where.featureId, QUOTED);
    vi += ` (${id})`;
    en += ` (${id})`;
  }
  if (where.property) {
    const property = shortText(where.property, QUOTED);
    vi += `, thuộc tính “${property}”`;
    en += `, property “${property}”`;
  }
  return { vi: `${vi}: `, en: `${en}: ` };
}

export interface Details {
  level?: Level;
  expected?: Expectation | Texts | null;
  found?: string | null;
  used?: string;
  line?: number;
  column?: number;
  kind?: Kind;
  reasons?: readonly JoinReason[];
  name?: string | null;
}

function compose(template: Template, where: Where, details: Details, level: Level, code: string): Message {
  const words = sentences().file;
  const expected = details.expected
    ? "type" in details.expected
      ? words.describeExpectation(details.expected)
      : details.expected
    : null;
  const reasons = (details.reasons ?? []).map((reason) => words.reasons[reason]);
  const parts: Parts = {
    expected: expected ?? { vi: "", en: "" },
    found: details.found ?? "",
    used: details.used ?? "",
    property: where.property ?? "",
    line: String(details.line ?? ""),
    column: String(details.column ?? ""),
    kind: details.kind ? words.kinds[details.kind] : { vi: "", en: "" },
    name: details.name ? ` “${shortText(details.name, QUOTED)}”` : "",
    reason: {
      vi: reasons.map((reason) => reason.vi).join("; "),
      en: reasons.map((reason) => reason.en).join("; "),
    },
  };
  return placedMessage(level, code, where, template(parts), {
    expected: expected?.en ?? null,
    found: details.found ?? null,
  });
}

/**
 * Every family of messages (file, import, sheet, gazetteer, limit) ends the same way: where it
 * is, then its own words, in NFC, with what was expected and found kept for the report.
 */
export function placedMessage(
  level: Level,
  code: string,
  where: Where,
  body: Texts,
  recorded: { expected: string | null; found: string | null },
): Message {
  const head = prefix(where);
  return {
    level,
    code,
    file: where.file,
    featureIndex: where.featureIndex ?? null,
    featureId: where.featureId ?? null,
    property: where.property ?? null,
    expected: recorded.expected,
    found: recorded.found,
    text: { vi: `${head.vi}${body.vi}`.normalize("NFC"), en: `${head.en}${body.en}`.normalize("NFC") },
  };
}

/** A message about one feature's property or geometry, from a schema Issue. */
export function issueMessage(issue: Issue, where: Where): Message {
  const details: Details = { expected: issue.expected, found: issue.found };
  if (issue.used !== undefined) details.used = issue.used;
  return compose(
    sentences().file.features[issue.code],
    { ...where, property: issue.property },
    details,
    issue.level,
    issue.code,
  );
}

/** A message about a whole file, a manifest entry, or a join. */
export function fileMessage(code: FileMessageCode, where: Where, details: Details = {}): Message {
  return compose(sentences().file.files[code], where, details, details.level ?? FILE_LEVELS[code], code);
}
