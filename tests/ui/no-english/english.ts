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

/**
 * The only words a Vietnamese text may share with an English one: names of formats, programs,
 * keys and places. Anything else in both is English left in a Vietnamese text.
 */
export const SHARED_WORDS = new Set(
  (
    "chrome csv ctrl edge end epsg esc firefox geojson heo home json kml kmz ndjson pdf pgdn pgup pha " +
    "png proj shapefile topojson tsv txt webgl wgs wkt excel xlsx xls"
  ).split(" "),
);
// Texts in the other language on purpose: the language switch speaks the language it offers.
const OTHER_LANGUAGE = new Set(["app.switchLanguage", "app.switchLanguageShort", "app.switchLanguageLabel"]);

const WORD = /[\p{L}][\p{L}\p{M}'’]*/gu;
// File names ("activities.geojson") are the data's, whatever their words.
const FILE_NAME =
  /[\p{L}\d_-]+\.(geojson|json|ndjson|csv|tsv|txt|kml|kmz|zip|topojson|shp|dbf|prj|xlsx|xls)\b/giu;
const wordsOf = (text: string) =>
  (
    text
      .normalize("NFC")
      .replace(FILE_NAME, " ")
      .replace(/\{\w+\}/g, " ")
      .match(WORD) ?? []
  ).map((word) => word.toLowerCase());
const englishForms = (entry: Entry) =>
  typeof entry.en === "string" ? [entry.en] : [entry.en.one, entry.en.other];
const isAscii = (word: string) => /^[a-z'’]+$/.test(word);

interface Vocabulary {
  words: Set<string>;
  phrases: Set<string>;
  /** ASCII words the Vietnamese texts share with the English ones. */
  shared: string[];
}

let cached: Vocabulary | null = null;

export function englishVocabulary(): Vocabulary {
  if (cached) return cached;
  const entries = Object.entries(CATALOGUE as Record<string, Entry>)
    .filter(([key]) => !OTHER_LANGUAGE.has(key))
    .map(([, entry]) => entry);
  const vietnamese = new Set(entries.flatMap((entry) => wordsOf(entry.vi)));
  const words = new Set<string>();
  const phrases = new Set<string>();
  const english = new Set<string>();
  for (const entry of entries) {
    for (const text of englishForms(entry)) {
      for (const word of wordsOf(text)) {
        english.add(word);
        if (word.length >= 3 && isAscii(word)) words.add(word);
      }
      // A whole English text catches the short ones ("No.", "Map") that a word list lets pass.
      const ownWords = wordsOf(text).some((word) => !vietnamese.has(word));
      if (text !== entry.vi && ownWords && !text.includes("{")) phrases.add(text.trim());
    }
  }
  for (const word of KNOWN_ENGLISH) words.add(word);
  for (const word of [...words]) if (vietnamese.has(word) || ALLOWED.has(word)) words.delete(word);
  cached = { words, phrases, shared: [...vietnamese].filter((word) => isAscii(word) && english.has(word)) };
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
 * anything marked `translate="no"` (data shown as it is). Self-contained, so a browser can run it.
 */
export function collectUiTexts(root: Element): UiText[] {
  const skipped = (element: Element | null) =>
    element?.closest('code, script, style, [translate="no"]') !== null ||
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
