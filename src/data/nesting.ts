// Values nested too deep: a file of 100,000 "[" parses (JSON.parse is iterative), but every later
// step that walks a value by recursion (describing it in a message, writing it out, cloning it to
// the page, MapLibre's copy to its workers) overflows the stack. Such a feature is rejected with a
// message, and the deep part of it replaced by a note, so the rejected-features file can be
// written and read. The walk itself recurses at most LIMITS.nestingDepth levels.
import type { Message } from "../domain/types";
import { LIMITS, limitMessage, type MessageCap } from "./limits";

const NOTE = `[nested deeper than ${LIMITS.nestingDepth} levels: removed]`;

function tooDeep(value: unknown, depth: number): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (depth >= LIMITS.nestingDepth) return true;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) if (tooDeep(value[index], depth + 1)) return true;
    return false;
  }
  for (const key in value) if (tooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/** A copy with everything below the limit replaced by a note. */
function cut(value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth >= LIMITS.nestingDepth) return NOTE;
  if (Array.isArray(value)) return value.map((item) => cut(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, {
      value: cut((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/**
 * Replaces, in place, every entry nested deeper than the limit by a copy cut at the limit, and
 * says so (through the file's message cap). Returns the indices of those entries: the caller
 * rejects them whatever the check says of the cut copy.
 */
export function cutDeepEntries(
  entries: unknown[],
  file: string,
  messages: Message[],
  cap: MessageCap,
): Set<number> {
  const cutIndices = new Set<number>();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (typeof entry !== "object" || entry === null || !tooDeep(entry, 0)) continue;
    entries[index] = cut(entry, 0);
    cutIndices.add(index);
    cap.add(messages, limitMessage("nesting-too-deep", { file, featureIndex: index }));
  }
  return cutIndices;
}

/** Rejects the checked features of the given indices (see cutDeepEntries). */
export function rejectCut<T extends { index: number; feature: unknown; repaired: boolean }>(
  checked: T[],
  cutIndices: ReadonlySet<number>,
): void {
  if (cutIndices.size === 0) return;
  for (let position = 0; position < checked.length; position++) {
    const result = checked[position] as T;
    if (cutIndices.has(result.index) && result.feature !== null)
      checked[position] = { ...result, feature: null, repaired: false };
  }
}
