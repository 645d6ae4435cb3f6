// How much of one value the app shows. The full value stays in the data and in every export;
// only what is drawn is cut, with an ellipsis, so that one hamlet named with a million characters
// cannot stall the page (laying out and shaping long text costs far more than its length) or push
// the rest of the screen away.

/** Characters of one value shown in panels, tables and lists. */
export const SHOWN_TEXT_LIMIT = 200;
/** Characters of a label drawn on the map. */
export const LABEL_TEXT_LIMIT = 60;

/**
 * The text itself when it has at most `limit` characters, else its first `limit - 1` and "…".
 * Never cuts a surrogate pair in two.
 */
export function shortText(text: string, limit: number = SHOWN_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Any value as short text: strings cut, other values as JSON, cut before they are built whole. */
export function shortValue(value: unknown, limit: number = SHOWN_TEXT_LIMIT): string {
  if (typeof value === "string") return shortText(value, limit);
  if (value === null || typeof value !== "object") return String(value);
  return shortText(boundedJson(value, limit + 1), limit);
}

/**
 * JSON text of a value, stopped once it is longer than `limit` characters (so a huge or deeply
 * nested value costs no more than its first characters). Iterative: no depth is too deep.
 */
export function boundedJson(value: unknown, limit: number): string {
  let out = "";
  // A stack of pending pieces: values to write, or literal text (closing brackets, commas).
  const stack: { text?: string; value?: unknown; key?: string }[] = [{ value }];
  while (stack.length > 0 && out.length <= limit) {
    const item = stack.pop() as { text?: string; value?: unknown; key?: string };
    if (item.text !== undefined) {
      out += item.text;
      continue;
    }
    if (item.key !== undefined) out += `${JSON.stringify(item.key)}:`;
    const current = item.value;
    if (current === null || typeof current !== "object") {
      out += typeof current === "string" ? JSON.stringify(shortText(current, limit + 1)) : String(current);
      continue;
    }
    if (Array.isArray(current)) {
      out += "[";
      stack.push({ text: "]" });
      const end = Math.min(current.length, limit);
      for (let index = end - 1; index >= 0; index--) {
        stack.push({ value: current[index] });
        if (index > 0) stack.push({ text: "," });
      }
      continue;
    }
    out += "{";
    stack.push({ text: "}" });
    const keys = Object.keys(current).slice(0, limit);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      stack.push({ key, value: (current as Record<string, unknown>)[key] });
      if (index > 0) stack.push({ text: "," });
    }
  }
  return out;
}
