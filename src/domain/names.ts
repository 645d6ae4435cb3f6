// Name folding: real exports spell the same place many ways ("Xã Chiềng Pha", "ChiềngPha",
// "CHIENG PHA"), so names are compared through a folded key, never as written.

const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/u;
// Any character beyond ASCII (a string without one needs no composing).
const BEYOND_ASCII = /\P{ASCII}/u;
/** Two white-space characters in a row, or any white space other than a plain space. */
const ODD_SPACE = /\s{2}|[^\S ]/u;

/** NFC, trimmed, inner runs of white space collapsed to one space. */
export function normaliseText(text: string): string {
  // Most values are plain ASCII words already in shape; skipping NFC for them keeps imports fast.
  if (PLAIN_ASCII.test(text)) return text;
  const composed = text.normalize("NFC");
  // Rewriting white space is the slow part on long values; most need none.
  return ODD_SPACE.test(composed) ? composed.replace(/\s+/gu, " ").trim() : composed.trim();
}

/**
 * NFC only: the file's own columns keep their text as written (line breaks, runs of spaces), in
 * the composed form every comparison and font expects.
 */
export function composeText(text: string): string {
  return BEYOND_ASCII.test(text) ? text.normalize("NFC") : text;
}

/** Lower case without diacritics; đ is a letter of its own in Unicode, so it is mapped by hand. */
export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();
}

// Administrative prefixes, already without diacritics. A prefix only counts when white space or
// punctuation separates it from the name: "Bản Lầm" drops "bản", but the glued GADM spelling
// "BảnLầm" cannot be told apart from a name that starts with "Ban", so it keeps it.
const PREFIXES = [
  "to dan pho",
  "tieu khu",
  "thi tran",
  "thitran",
  "phuong",
  "huyen",
  "tinh",
  "thon",
  "ban",
  "xa",
];
const PREFIX_PATTERN = new RegExp(`^(?:${PREFIXES.join("|")})[\\s.,:;_-]+(?=[a-z0-9])`, "u");

function squeeze(text: string): string {
  return text.replace(/[^a-z0-9]/gu, "");
}

/**
 * The key under which two spellings of a place compare equal: no diacritics, no case, no spaces or
 * punctuation, and at most one leading administrative prefix removed ("Xã Chiềng Pha" and
 * "ChiềngPha" both fold to "chiengpha").
 */
export function foldName(text: string): string {
  const plain = stripDiacritics(normaliseText(text));
  return squeeze(plain.replace(PREFIX_PATTERN, ""));
}

/** Like foldName but keeps any prefix: "Xã Bản Lầm" → "xabanlam". */
export function foldNameKeepingPrefix(text: string): string {
  return squeeze(stripDiacritics(normaliseText(text)));
}

/**
 * Every key a name may be known by, most specific first. "Bản Lầm" is a commune whose name
 * starts with a prefix word, so a lookup must try "lam" and "banlam".
 */
export function nameKeys(text: string): string[] {
  const keys = [foldName(text), foldNameKeepingPrefix(text)];
  return [...new Set(keys.filter((key) => key.length > 0))];
}
