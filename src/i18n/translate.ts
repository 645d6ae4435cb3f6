// The one lookup: a key, the language, the fill-ins. Numbers given as fill-ins are written with
// the language's separators (47.445 / 47,445); English picks its plural form from `n`.
import { CATALOGUE } from "./catalogue";
import type { Entry, FillIns, FillValue, Language } from "./entry";
import { numberFormat, pluralRule } from "./formatters";

export type TextKey = keyof typeof CATALOGUE;
type ViText<Key extends TextKey> = (typeof CATALOGUE)[Key]["vi"];
/** The fill-ins a key's text needs, read from its Vietnamese text. */
export type FillInsOf<Key extends TextKey> = FillIns<ViText<Key>>;
/** No second argument for a text without fill-ins; every fill-in required for one with them. */
export type TextArgs<Key extends TextKey> = [FillInsOf<Key>] extends [never]
  ? []
  : [values: Record<FillInsOf<Key>, FillValue>];

/** The keys whose text has no fill-ins. */
export type PlainTextKey = { [Key in TextKey]: [FillInsOf<Key>] extends [never] ? Key : never }[TextKey];

const FILL_IN = /\{(\w+)\}/g;

export function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(CATALOGUE, key);
}

/** The key's entry. A key of an area not loaded yet is a slip: the module that looks it up must
 * import ./more-texts (catalogue.ts). */
function entryOf(key: TextKey): Entry {
  const entry = CATALOGUE[key] as Entry | undefined;
  if (entry) return entry;
  throw new Error(`No text "${key}" (is it new, or does its module not import i18n/more-texts?)`);
}

function template(entry: Entry, language: Language, count: number | undefined): string {
  const chosen = entry[language];
  if (typeof chosen === "string") return chosen;
  const form = count === undefined ? "other" : pluralRule(language).select(count);
  return form === "one" ? chosen.one : chosen.other;
}

/** Fills `{name}` with its value; a name without a value stays visible, so a slip shows in tests. */
function fill(text: string, language: Language, values: Readonly<Record<string, FillValue>>): string {
  return text.replace(FILL_IN, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === "number"
      ? numberFormat(language, { maximumFractionDigits: 2 }).format(value)
      : value;
  });
}

export function text<Key extends TextKey>(language: Language, key: Key, ...args: TextArgs<Key>): string {
  return looseText(language, key, args[0] ?? {});
}

/** Like `text`, with the plural form chosen by `count` while `{n}` is given already written. */
export function countedText<Key extends TextKey>(
  language: Language,
  key: Key,
  count: number,
  values: Record<FillInsOf<Key>, FillValue>,
): string {
  return fill(template(entryOf(key), language, count), language, values);
}

/** For keys made at run time, whose fill-ins the type checker cannot know. */
export function looseText(
  language: Language,
  key: TextKey,
  values: Readonly<Record<string, FillValue>>,
): string {
  const n = values.n;
  return fill(template(entryOf(key), language, typeof n === "number" ? n : undefined), language, values);
}
