// Numbers as people type them: Vietnamese spreadsheets write "1.045" for 1045 and "21,5123" for
// 21.5123, English tools "1,045" and "21.5123", and either may group thousands with spaces. One text
// can read two ways ("1.045"); the column it stands in, or the rest of the file, decides which.

export type DecimalMark = "point" | "comma";

/** How a value is used: counts are whole, coordinates are never grouped in thousands. */
export type NumberRole = "integer" | "decimal" | "coordinate" | "unknown";

interface Reading {
  value: number;
  /** The text groups thousands ("1.045" read with a decimal comma, "1 045"). */
  grouped: boolean;
}

export interface NumberReadings {
  /** With "." as the decimal mark (thousands grouped by "," or spaces), or null if it does not fit. */
  point: Reading | null;
  /** With "," as the decimal mark (thousands grouped by "." or spaces). */
  comma: Reading | null;
}

const SPACES = "[ \\u00a0\\u202f\\u2009]";
// A whole part is "0", digits without a leading zero (a code such as "03730" is text), or groups of
// three after a first group of one to three digits.
const whole = (group: string) => `(0|[1-9]\\d*|[1-9]\\d{0,2}(?:${group}\\d{3})+)`;
const POINT = new RegExp(`^${whole(`(?:,|${SPACES})`)}(?:\\.(\\d+))?(?:[eE]([-+]?\\d+))?$`, "u");
const COMMA = new RegExp(`^${whole(`(?:\\.|${SPACES})`)}(?:,(\\d+))?$`, "u");
const SIGN = /^[-+\u2212]/u;

function read(pattern: RegExp, body: string, negative: boolean): Reading | null {
  const match = pattern.exec(body);
  if (!match) return null;
  const digits = (match[1] as string).replace(/\D/gu, "");
  const grouped = digits.length !== (match[1] as string).length;
  // Grouped thousands with an exponent is no way anyone writes a number.
  if (grouped && match[3] !== undefined) return null;
  const text = `${digits}${match[2] ? `.${match[2]}` : ""}${match[3] ? `e${match[3]}` : ""}`;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return { value: negative && value !== 0 ? -value : value, grouped };
}

/** Every way a text can be a number. Neither reading means it is not a number (it stays text). */
export function numberReadings(text: string): NumberReadings {
  let body = text.trim();
  const negative = body.startsWith("-") || body.startsWith("\u2212");
  if (SIGN.test(body)) body = body.slice(1);
  if (body === "" || body.length > 40) return { point: null, comma: null };
  return { point: read(POINT, body, negative), comma: read(COMMA, body, negative) };
}

/** Two readings that give different numbers: "1.045" (1.045 or 1045), "1,045". */
export function isAmbiguous(readings: NumberReadings): boolean {
  return readings.point !== null && readings.comma !== null && readings.point.value !== readings.comma.value;
}

/** What the values of a column show about its decimal mark. */
export interface MarkEvidence {
  /** Values only a decimal point explains ("21.5123", "1,045.5", "0.500"). */
  point: number;
  /** Values only a decimal comma explains ("21,5123", "1.045,5", "1.045.000"). */
  comma: number;
  /** One example of each, for messages. */
  pointExample: string;
  commaExample: string;
}

export function emptyEvidence(): MarkEvidence {
  return { point: 0, comma: 0, pointExample: "", commaExample: "" };
}

export function addEvidence(evidence: MarkEvidence, text: string, readings = numberReadings(text)): void {
  if (readings.point !== null && readings.comma === null) {
    evidence.point++;
    evidence.pointExample ||= text.trim();
  } else if (readings.comma !== null && readings.point === null) {
    evidence.comma++;
    evidence.commaExample ||= text.trim();
  }
}

/** The mark the evidence settles on, or null when it shows none or both. */
export function settledMark(evidence: MarkEvidence): DecimalMark | null {
  if (evidence.point > 0 && evidence.comma === 0) return "point";
  if (evidence.comma > 0 && evidence.point === 0) return "comma";
  return null;
}

export type ColumnNumber =
  | { value: number; how: "plain" | "grouped" | "decimal-comma" }
  | { value: null; how: "ambiguous" | "not-a-number" };

/**
 * A text as a number of its column. An ambiguous text takes the reading its role allows (a count
 * is whole, so "1.045" is 1045; a coordinate is never written in thousands, so it is 1.045), else
 * the column's decimal mark; failing both it stays ambiguous, for the caller to report.
 */
export function readColumnNumber(text: string, role: NumberRole, mark: DecimalMark | null): ColumnNumber {
  const readings = numberReadings(text);
  let reading: Reading | null;
  if (readings.point === null || readings.comma === null) reading = readings.point ?? readings.comma;
  else if (!isAmbiguous(readings)) reading = readings.point;
  else if (role === "integer") reading = readings.point.grouped ? readings.point : readings.comma;
  else if (role === "coordinate") reading = readings.point.grouped ? readings.comma : readings.point;
  else if (mark !== null) reading = mark === "point" ? readings.point : readings.comma;
  else return { value: null, how: "ambiguous" };
  if (reading === null) return { value: null, how: "not-a-number" };
  const how = reading.grouped
    ? "grouped"
    : reading === readings.comma && text.includes(",")
      ? "decimal-comma"
      : "plain";
  return { value: reading.value, how };
}
