// The shape of one catalogue entry, and the type-level reading of its fill-ins, so a missing
// language, a misspelt key or a forgotten fill-in value fails the type check, not the screen.

export type Language = "vi" | "en";

/** English counts inflect; Vietnamese does not. Chosen by Intl.PluralRules on the value `n`. */
export interface PluralForms {
  one: string;
  other: string;
}

export interface Entry {
  vi: string;
  en: string | PluralForms;
}

/** The names inside `{…}` of a text: "Chọn {k} bản trong {r} km" → "k" | "r". */
export type FillIns<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | FillIns<Rest>
  : never;

/** A fill-in value: numbers are written with the language's separators, strings as they are. */
export type FillValue = string | number;
