// Finds English inside a Vietnamese screen. The English words are the catalogue's own English
// texts (and MapLibre's), less every word the Vietnamese texts also use (GeoJSON, CSV, WebGL,
// "an" of "an ninh"…) and a short allow-list of names and data values.
import { CATALOGUE } from "../../../src/i18n/catalogue";
import type { Entry } from "../../../src/i18n/entry";

/** A string the screen shows or says, and where: "text", or an attribute's name. */
export interface UiText {
  text: string;
  where: string;
}

export interface Finding extends UiText {
  word: string;
}

// Words a browser or map library says by itself, beyond our catalogue.
const KNOWN_ENGLISH = [
  "zoom",
  "toggle",
  "attribution",
  "feedback",
  "fullscreen",
  "popup",
  "marker",
  "rotate",
  "commune",
  "communes",
  "hamlet",
  "hamlets",
  "district",
  "province",
  "ward",
  "town",
  "loading",
  "error",
  "warning",
  "click",
  "undefined",
  "null",
  "nan",
];
// Names and data values that look English and are not the interface's.
const ALLOWED = new Set(["bình", "yên", "noto", "sans", "maplibre", "okabe", "ito"]);

const WORD = /[\p{L}][\p{L}\p{M}'’]*/gu;
// File names ("activities.geojson") are the data's, whatever their words.
const FILE_NAME = /[\p{L}\d_-]+\.(geojson|json|ndjson|csv|tsv|txt|kml|kmz|zip|topojson|shp|dbf|prj)\b/giu;
const wordsOf = (text: string) =>
  (text.normalize("NFC").replace(FILE_NAME, " ").match(WORD) ?? []).map((word) => word.toLowerCase());
const englishForms = (entry: Entry) =>
  typeof entry.en === "string" ? [entry.en] : [entry.en.one, entry.en.other];
const isAscii = (word: string) => /^[a-z'’]+$/.test(word);

let cached: { words: Set<string>; phrases: Set<string> } | null = null;

export function englishVocabulary(): { words: Set<string>; phrases: Set<string> } {
  if (cached) return cached;
  const entries = Object.values(CATALOGUE) as Entry[];
  const vietnamese = new Set(entries.flatMap((entry) => wordsOf(entry.vi)));
  const words = new Set<string>();
  const phrases = new Set<string>();
  for (const entry of entries) {
    for (const english of englishForms(entry)) {
      for (const word of wordsOf(english)) if (word.length >= 3 && isAscii(word)) words.add(word);
      // A whole English text catches the short ones ("No.", "Map") that a word list lets pass.
      const ownWords = wordsOf(english).some((word) => !vietnamese.has(word));
      if (english !== entry.vi && ownWords && !english.includes("{")) phrases.add(english.trim());
    }
  }
  for (const word of KNOWN_ENGLISH) words.add(word);
  for (const word of [...words]) if (vietnamese.has(word) || ALLOWED.has(word)) words.delete(word);
  cached = { words, phrases };
  return cached;
}

export function findEnglish(texts: readonly UiText[]): Finding[] {
  const { words, phrases } = englishVocabulary();
  const findings: Finding[] = [];
  for (const item of texts) {
    const trimmed = item.text.trim();
    if (phrases.has(trimmed)) {
      findings.push({ ...item, word: trimmed });
      continue;
    }
    for (const word of wordsOf(trimmed)) {
      if (words.has(word)) {
        findings.push({ ...item, word });
        break;
      }
    }
  }
  return findings;
}

/**
 * Every text node and labelling attribute under `root`, in document order. Left out: <code>
 * (file names, property names, values as found), anything marked with another language, and
 * anything marked `data-i18n-skip` (data shown as it is). Self-contained, so a browser can run it.
 */
export function collectUiTexts(root: Element): UiText[] {
  const skipped = (element: Element | null) =>
    element?.closest("code, script, style, [data-i18n-skip]") !== null ||
    (element?.closest("[lang]")?.getAttribute("lang") ?? "vi") !== "vi";
  const found: UiText[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    if (text.trim() && !skipped(node.parentElement)) found.push({ text, where: "text" });
  }
  for (const element of [root, ...root.querySelectorAll("*")]) {
    if (skipped(element)) continue;
    for (const name of ["aria-label", "title", "placeholder", "alt", "aria-valuetext", "aria-description"]) {
      const value = element.getAttribute(name);
      if (value?.trim()) found.push({ text: value, where: `${element.tagName.toLowerCase()}[${name}]` });
    }
  }
  return found;
}
