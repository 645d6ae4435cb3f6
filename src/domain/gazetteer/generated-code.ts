// Codes for units the gazetteer does not know. Official codes are 5 digits; these start with "x-"
// and a letter, so they can never be taken for one, and are made from the folded name, so the
// same file gives the same codes on every import (and an exported layer re-imports unchanged).
import { stripDiacritics } from "../names";

const GENERATED = /^x-[a-z][a-z0-9]*(?:-\d+)?$/u;
/** Only the unit's own type word goes: "Thôn Mới" is a commune's name, not "thôn" + "Mới". */
const TYPE_WORD = /^(?:xa|thi tran|phuong)[\s.,:;_-]+/u;

export function isGeneratedUnitCode(text: string): boolean {
  return GENERATED.test(text);
}

/** "Thôn Mới" → "x-thonmoi"; the second unit of that name in the file → "x-thonmoi-2". */
export function generateUnitCode(name: string, taken: ReadonlySet<string>): string {
  const folded = stripDiacritics(name.normalize("NFC").trim())
    .replace(TYPE_WORD, "")
    .replace(/[^a-z0-9]/gu, "");
  const base = `x-${/^[a-z]/u.test(folded) ? folded : `u${folded}`}`;
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}
