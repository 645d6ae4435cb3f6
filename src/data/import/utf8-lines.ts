// Which lines of a file are UTF-8 and which are not: a steward who pastes rows from a UTF-8 file
// into an old Windows-1258 CSV gets a file valid in neither encoding, and reading it whole one way
// turns the other lines into mojibake. Lines are split at LF, a byte no encoding here uses otherwise.

export interface ByteSegment {
  start: number;
  end: number;
  /** Valid UTF-8 holding at least one multi-byte character; false: not valid UTF-8 (a code page). */
  utf8: boolean;
  /** The lines (1-based) of the segment that hold non-ASCII bytes, the first 20 of them. */
  lines: number[];
  /** How many lines of the segment hold non-ASCII bytes. */
  count: number;
}

/** Continuation bytes a lead byte needs, and the range its first continuation must fall in. */
function leadOf(byte: number): { needs: number; low: number; high: number } | null {
  if (byte >= 0xc2 && byte <= 0xdf) return { needs: 1, low: 0x80, high: 0xbf };
  if (byte === 0xe0) return { needs: 2, low: 0xa0, high: 0xbf };
  if (byte === 0xed) return { needs: 2, low: 0x80, high: 0x9f };
  if (byte >= 0xe1 && byte <= 0xef) return { needs: 2, low: 0x80, high: 0xbf };
  if (byte === 0xf0) return { needs: 3, low: 0x90, high: 0xbf };
  if (byte >= 0xf1 && byte <= 0xf3) return { needs: 3, low: 0x80, high: 0xbf };
  if (byte === 0xf4) return { needs: 3, low: 0x80, high: 0x8f };
  return null;
}

type Verdict = "ascii" | "utf8" | "legacy";

function lineVerdict(bytes: Uint8Array, start: number, end: number): Verdict {
  let multiByte = false;
  for (let index = start; index < end; index++) {
    const byte = bytes[index] as number;
    if (byte < 0x80) continue;
    const lead = leadOf(byte);
    if (lead === null || index + lead.needs >= end) return "legacy";
    const first = bytes[index + 1] as number;
    if (first < lead.low || first > lead.high) return "legacy";
    for (let offset = 2; offset <= lead.needs; offset++) {
      const next = bytes[index + offset] as number;
      if (next < 0x80 || next > 0xbf) return "legacy";
    }
    index += lead.needs;
    multiByte = true;
  }
  return multiByte ? "utf8" : "ascii";
}

/**
 * The bytes cut into runs of lines read the same way. ASCII lines read alike in every encoding,
 * so they join the run before them.
 */
export function segmentLines(bytes: Uint8Array): ByteSegment[] {
  const segments: ByteSegment[] = [];
  let line = 1;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const verdict = lineVerdict(bytes, start, end);
    const last = segments[segments.length - 1];
    if (last && (verdict === "ascii" || last.utf8 === (verdict === "utf8"))) last.end = end;
    else segments.push({ start, end, utf8: verdict === "utf8", lines: [], count: 0 });
    const segment = segments[segments.length - 1] as ByteSegment;
    if (verdict !== "ascii") {
      segment.count++;
      if (segment.lines.length < 20) segment.lines.push(line);
    }
    start = end;
    line++;
  }
  return segments;
}

/** The non-ASCII lines of some segments: the first `limit` line numbers, and how many in all. */
export function linesOf(segments: readonly ByteSegment[], limit = 20): { lines: number[]; count: number } {
  const lines: number[] = [];
  let count = 0;
  for (const segment of segments) {
    count += segment.count;
    for (const line of segment.lines) if (lines.length < limit) lines.push(line);
  }
  return { lines, count };
}
