// Numbers in a table's text cells, read per column once its role is known: a column mapped to a
// count reads "1.045" as 1045; a decimal column follows its own decimal mark, else the file's; a
// column nobody mapped becomes numbers only when every value is one. What stays ambiguous is
// reported, one message per column, never settled silently.
import {
  addEvidence,
  type DecimalMark,
  emptyEvidence,
  type MarkEvidence,
  type NumberRole,
  numberReadings,
  readColumnNumber,
  settledMark,
} from "../../domain/number-text";
import { KIND_RULES } from "../../domain/schema-kinds";
import type { Kind, Message } from "../../domain/types";
import { sheetMessage } from "../sheet-messages";
import { setOwn } from "./formats/table";

type Role = NumberRole | "text";

function roleOf(kind: Kind, column: string, fields: Record<string, string>): Role {
  let role: Role = "unknown";
  for (const [ours, theirs] of Object.entries(fields)) {
    if (theirs !== column) continue;
    const type = KIND_RULES[kind].properties[ours]?.expected.type;
    role = type === "integer" ? "integer" : type === "number" ? "decimal" : "text";
    if (role !== "text") return role;
  }
  return role;
}

function propertiesOf(feature: unknown): Record<string, unknown> | null {
  const properties = (feature as { properties?: unknown } | null)?.properties;
  return typeof properties === "object" && properties !== null
    ? (properties as Record<string, unknown>)
    : null;
}

interface Tally {
  grouped: number;
  commas: number;
  example: string;
  ambiguous: number;
  ambiguousExample: string;
}

function describeReading(tally: Tally): { vi: string; en: string } {
  if (tally.grouped > 0 && tally.commas > 0)
    return {
      vi: "dấu phân cách hàng nghìn hoặc dấu phẩy thập phân",
      en: "thousands separators or decimal commas",
    };
  return tally.grouped > 0
    ? { vi: "dấu phân cách hàng nghìn", en: "thousands separators" }
    : { vi: "dấu phẩy thập phân", en: "decimal commas" };
}

export interface NumberColumns {
  features: unknown[];
  messages: Message[];
  /** Features with at least one value read from a Vietnamese or grouped form. */
  featuresChanged: number;
}

export function readNumberColumns(
  features: readonly unknown[],
  columns: readonly string[],
  kind: Kind,
  fields: Record<string, string>,
  coordinateMarks: MarkEvidence,
  file: string,
): NumberColumns {
  const roles = new Map<string, NumberRole>();
  const evidence = new Map<string, MarkEvidence>();
  const fileEvidence = { ...coordinateMarks };
  const hasText = new Set<string>();
  for (const column of columns) {
    const role = roleOf(kind, column, fields);
    if (role === "text") continue;
    roles.set(column, role);
    const own = emptyEvidence();
    for (const feature of features) {
      const value = propertiesOf(feature)?.[column];
      if (typeof value !== "string" || value.trim() === "") continue;
      const readings = numberReadings(value);
      if (readings.point === null && readings.comma === null) hasText.add(column);
      addEvidence(own, value, readings);
    }
    evidence.set(column, own);
    fileEvidence.point += own.point;
    fileEvidence.comma += own.comma;
  }
  const fileMark = settledMark(fileEvidence);
  const messages: Message[] = [];
  const changed = new Map<number, Record<string, unknown>>();
  const reformatted = new Set<number>();
  for (const [column, role] of roles) {
    // A column of notes that happens to hold a number now and then stays text.
    if (role === "unknown" && hasText.has(column)) continue;
    const own = evidence.get(column) as MarkEvidence;
    const mark: DecimalMark | null = settledMark(own) ?? fileMark;
    const tally: Tally = { grouped: 0, commas: 0, example: "", ambiguous: 0, ambiguousExample: "" };
    features.forEach((feature, index) => {
      const properties = propertiesOf(feature);
      const value = properties?.[column];
      if (properties === null || typeof value !== "string" || value.trim() === "") return;
      let read = readColumnNumber(value, role, mark);
      if (read.how === "ambiguous") {
        tally.ambiguous++;
        tally.ambiguousExample ||= value.trim();
        // A decimal column reads it with a point, as the schema would, and says so; others keep text.
        if (role !== "decimal") return;
        read = readColumnNumber(value, role, "point");
      }
      if (read.value === null) return;
      if (read.how === "grouped" || read.how === "decimal-comma") {
        if (read.how === "grouped") tally.grouped++;
        else tally.commas++;
        reformatted.add(index);
        tally.example ||= `${JSON.stringify(value.trim())} → ${read.value}`;
      }
      let copy = changed.get(index);
      if (copy === undefined) {
        copy = { ...properties };
        changed.set(index, copy);
      }
      setOwn(copy, column, read.value);
    });
    const where = { file, property: column };
    if (tally.grouped + tally.commas > 0) {
      const count = tally.grouped + tally.commas;
      messages.push(
        sheetMessage("numbers-read", where, {
          count,
          found: tally.example,
          words: { used: describeReading(tally) },
        }),
      );
    }
    if (tally.ambiguous > 0) {
      const used =
        role === "decimal"
          ? { vi: "đã đọc dấu chấm là dấu thập phân", en: "the dot was read as a decimal point" }
          : { vi: "vẫn giữ dạng chữ", en: "they were kept as text" };
      const found = JSON.stringify(tally.ambiguousExample);
      messages.push(
        sheetMessage("numbers-ambiguous", where, { count: tally.ambiguous, found, words: { used } }),
      );
    }
    if (own.point > 0 && own.comma > 0) {
      const found = `${JSON.stringify(own.pointExample)}, ${JSON.stringify(own.commaExample)}`;
      messages.push(sheetMessage("numbers-mixed-marks", where, { found }));
    }
  }
  const result = features.map((feature, index) => {
    const properties = changed.get(index);
    return properties === undefined ? feature : { ...(feature as object), properties };
  });
  return { features: result, messages, featuresChanged: reformatted.size };
}
