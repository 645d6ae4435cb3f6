// Bytes to text, and Vietnamese text rescued from the legacy 8-bit encodings (TCVN3/ABC, VNI)
// that older Windows tools wrote. Such text reaches us already decoded as Latin-1/Windows-1252
// ("X· ChiÒng Pha", "Xaõ Chieàng Pha"); it is converted only when the pattern is unmistakable.
import { linesOf, segmentLines } from "./utf8-lines";

/** Every letter that Vietnamese text in Unicode may hold; anything else in Latin-1 is suspect. */
const VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
const LETTER_SET = new Set([...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.toUpperCase()]);

/** Latin-1 characters (U+00A0–U+00FF) that never occur in Vietnamese Unicode text. */
function isForeignLatin1(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xa1 && code <= 0xff && !LETTER_SET.has(char);
}

// TCVN3 (ABC, font .VnTime): one byte per letter. Pairs are byte-as-Latin-1 → Unicode letter.
const TCVN3_PAIRS =
  "¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00adư®đµà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ×ìØỉÜĩÝíÞịßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợïùñủòũóúôụõừöửữøứùựúỳûỷüỹýýþỵ";
const TCVN3 = new Map<string, string>();
for (let index = 0; index < TCVN3_PAIRS.length; index += 2) {
  TCVN3.set(TCVN3_PAIRS[index] as string, TCVN3_PAIRS[index + 1] as string);
}

// VNI-Windows: a base letter followed by a mark byte. Mark bytes as Latin-1, per base vowel.
const VNI_TONES: Record<string, string> = { ø: "\u0300", ù: "\u0301", û: "\u0309", õ: "\u0303", ï: "\u0323" };
const VNI_HAT_TONES: Record<string, string> = {
  à: "\u0300",
  á: "\u0301",
  å: "\u0309",
  ã: "\u0303",
  ä: "\u0323",
};
const VNI_BREVE_TONES: Record<string, string> = {
  è: "\u0300",
  é: "\u0301",
  ú: "\u0309",
  ü: "\u0303",
  ë: "\u0323",
};
/** i-vowels and the horned letters are single bytes in VNI. */
const VNI_SINGLES: Record<string, string> = {
  ì: "ì",
  í: "í",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  ô: "ơ",
  ö: "ư",
  ñ: "đ",
  Ì: "Ì",
  Í: "Í",
  Æ: "Ỉ",
  Ó: "Ĩ",
  Ò: "Ị",
  Ô: "Ơ",
  Ö: "Ư",
  Ñ: "Đ",
};

function lowerMap(map: Record<string, string>): Map<string, string> {
  const result = new Map<string, string>();
  for (const [mark, combining] of Object.entries(map)) {
    result.set(mark, combining);
    result.set(mark.toUpperCase(), combining);
  }
  return result;
}
const TONES = lowerMap(VNI_TONES);
const HAT_TONES = lowerMap(VNI_HAT_TONES);
const BREVE_TONES = lowerMap(VNI_BREVE_TONES);
const VOWELS = new Set([..."aeiouyAEIOUY"]);

interface Conversion {
  text: string;
  /** Non-ASCII characters the scheme read as part of a letter; all of them must be, to convert. */
  explained: number;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** VNI marks follow the case of their letter: "ViÖt" is not VNI, "VIÖT" or "Vieät" is. */
function vniCaseFits(base: string, mark: string): boolean {
  return !(LOWER.test(base) && UPPER.test(mark));
}

function convertVni(text: string): Conversion {
  let result = "";
  let explained = 0;
  const take = (output: string, consumed: number) => {
    result += output;
    explained += consumed;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    const next = text[index + 1];
    if (VOWELS.has(char) && next !== undefined && vniCaseFits(char, next)) {
      const lower = char.toLowerCase();
      const canHat = lower === "a" || lower === "e" || lower === "o";
      const mark =
        canHat && (next === "â" || next === "Â")
          ? "\u0302"
          : lower === "a" && (next === "ê" || next === "Ê")
            ? "\u0306"
            : canHat && HAT_TONES.has(next)
              ? `\u0302${HAT_TONES.get(next)}`
              : lower === "a" && BREVE_TONES.has(next)
                ? `\u0306${BREVE_TONES.get(next)}`
                : TONES.get(next);
      if (mark !== undefined) {
        take(`${char}${mark}`, 1);
        index++;
        continue;
      }
    }
    const single = VNI_SINGLES[char];
    const previous = text[index - 1] ?? "";
    if (single !== undefined && (LOWER.test(char) || !LOWER.test(previous))) {
      // ơ and ư take their tone from the following mark byte.
      const tone = next === undefined ? undefined : TONES.get(next);
      if ("ơưƠƯ".includes(single) && tone && vniCaseFits(char, next as string)) {
        take(`${single}${tone}`, 2);
        index++;
      } else take(single, 1);
      continue;
    }
    result += char;
  }
  return { text: result.normalize("NFC"), explained };
}

function convertTcvn3(text: string): Conversion {
  let result = "";
  let explained = 0;
  for (const char of text) {
    const letter = TCVN3.get(char);
    if (letter !== undefined) explained++;
    result += letter ?? char;
  }
  return { text: result.normalize("NFC"), explained };
}

export type LegacyScheme = "TCVN3" | "VNI";

const CONVERTERS: Record<LegacyScheme, (text: string) => Conversion> = {
  TCVN3: convertTcvn3,
  VNI: convertVni,
};

function foreignCount(text: string): number {
  let count = 0;
  for (const char of text) if (isForeignLatin1(char)) count++;
  return count;
}

const NON_ASCII = /[^\p{ASCII}]/gu;
const ASCII_LETTER = /[A-Za-z]/u;

/** A stray "©" next to a space is a symbol; "X·" or "ChiÒng" is a letter from another code page. */
function hasForeignInsideWord(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (!isForeignLatin1(text[index] as string)) continue;
    if (ASCII_LETTER.test(text[index - 1] ?? "") || ASCII_LETTER.test(text[index + 1] ?? "")) return true;
  }
  return false;
}

/** Real Unicode Vietnamese (ơ, ư, đ, ề…) means the text is not mis-decoded legacy bytes. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/u;

/** Whether a scheme accounts for every non-ASCII character and leaves no foreign one. */
export function fitsScheme(text: string, scheme: LegacyScheme): boolean {
  if (BEYOND_LATIN1.test(text)) return false;
  const nonAscii = text.match(NON_ASCII)?.length ?? 0;
  if (nonAscii === 0) return false;
  const converted = CONVERTERS[scheme](text);
  return converted.explained === nonAscii && foreignCount(converted.text) === 0;
}

/**
 * The legacy scheme under which this text becomes clean Vietnamese, or null. Conservative: the
 * text must hold a character Vietnamese never uses, inside a word, and a scheme must account for
 * every non-ASCII character. When both do, VNI wins: its marks only ever follow a vowel, a shape
 * TCVN3 text almost never has by chance ("Vieät" is VNI; TCVN3 would read "Vieọt").
 */
export function detectLegacy(text: string): LegacyScheme | null {
  if (BEYOND_LATIN1.test(text) || !hasForeignInsideWord(text)) return null;
  if (fitsScheme(text, "VNI")) return "VNI";
  return fitsScheme(text, "TCVN3") ? "TCVN3" : null;
}

export function convertLegacy(text: string, scheme: LegacyScheme): string {
  return CONVERTERS[scheme](text).text;
}

export interface DecodedText {
  text: string;
  /** "UTF-8", "UTF-8 with BOM", "windows-1258", "windows-1252" */
  encoding: string;
  /** Lines written in another encoding than the rest, each read in its own (see utf8-lines.ts). */
  otherLines?: { encoding: string; lines: number[]; count: number };
}

function hasLegacyWords(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return sample.split(/[\s,;"'\t]+/u).some((word) => detectLegacy(word) !== null);
}

/** How many characters of a decoded text are not plausible Vietnamese, legacy conversion allowed. */
export function implausibility(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let score = 0;
  for (const word of sample.split(/[\s,;"'\t]+/u)) {
    if (detectLegacy(word)) continue;
    for (const char of word) if (char.charCodeAt(0) > 0x7f && !LETTER_SET.has(char)) score++;
    if (word.includes("\ufffd")) score += 10;
  }
  return score;
}

/**
 * The Windows code page 8-bit bytes read best as: Windows-1258 (Vietnamese, with combining tones)
 * unless they read better as Latin-1 text holding TCVN3 or VNI, which the property conversion
 * then repairs.
 */
function codePageOf(parts: readonly Uint8Array[]): "windows-1258" | "windows-1252" {
  let vietnamese = "";
  let western = "";
  for (const part of parts) {
    if (vietnamese.length > 200_000) break;
    vietnamese += new TextDecoder("windows-1258").decode(part).normalize("NFC");
    western += new TextDecoder("windows-1252").decode(part);
  }
  // TCVN3 read through Windows-1258 can turn into plausible but wrong letters ("ChiÒng" into
  // "Chỉng"), so legacy evidence in the Latin-1 reading decides a tie.
  const westernScore = implausibility(western);
  const vietnameseScore = implausibility(vietnamese);
  return westernScore < vietnameseScore || (westernScore === vietnameseScore && hasLegacyWords(western))
    ? "windows-1252"
    : "windows-1258";
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === "windows-1258" ? text.normalize("NFC") : text;
}

/**
 * UTF-8 when the bytes are valid UTF-8 (with or without a byte-order mark). Otherwise each run of
 * lines is read in its own encoding: UTF-8 where its bytes are valid UTF-8, the Windows code page
 * (codePageOf) elsewhere; the file is named by the encoding most of its lines use, and the others
 * are listed so that the report can name them.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: bom ? "UTF-8 with BOM" : "UTF-8" };
  } catch {
    const segments = segmentLines(bytes);
    const legacy = segments.filter((segment) => !segment.utf8);
    const utf8 = segments.filter((segment) => segment.utf8);
    const codePage = codePageOf(legacy.map((segment) => bytes.subarray(segment.start, segment.end)));
    if (utf8.length === 0) return { text: decodeAs(codePage, bytes), encoding: codePage };
    const text = segments
      .map((segment) =>
        decodeAs(segment.utf8 ? "utf-8" : codePage, bytes.subarray(segment.start, segment.end)),
      )
      .join("");
    const legacyLines = linesOf(legacy);
    const utf8Lines = linesOf(utf8);
    return utf8Lines.count > legacyLines.count
      ? {
          text,
          encoding: bom ? "UTF-8 with BOM" : "UTF-8",
          otherLines: { encoding: codePage, ...legacyLines },
        }
      : { text, encoding: codePage, otherLines: { encoding: "UTF-8", ...utf8Lines } };
  }
}
