// Intl formatters made once per language and option set: building one costs far more than using
// it, and a province's table calls them tens of thousands of times.
import type { Language } from "./entry";

export const LOCALES: Record<Language, string> = { vi: "vi-VN", en: "en-GB" };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

export function numberFormat(language: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

export function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

export function pluralRule(language: Language): Intl.PluralRules {
  let rule = pluralRules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(LOCALES[language]);
    pluralRules.set(language, rule);
  }
  return rule;
}

/** How many formatters exist, for the test that they are made once. */
export function formatterCount(): number {
  return numberFormats.size + dateFormats.size + pluralRules.size;
}
