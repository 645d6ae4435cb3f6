// Matching a unit's name as an import found it against the gazetteer (lookup.ts): an exact match
// of a name or alias is an answer; anything else is a suggestion for a person to confirm, by edit
// distance, never taken here.
import { foldName, stripDiacritics } from "../names";
import type { AdminPeriod, UnitType } from "../types";
import { editDistance, suggestionLimit } from "./edit-distance";
import type { GazetteerProvince, GazetteerUnit } from "./gazetteer-types";
import { districtKey, indexOf, type Spelling, unitsNamed } from "./lookup";

export interface UnitCandidate {
  unit: GazetteerUnit;
  /** Edit distance between the folded names; 0 for an exact match among several. */
  distance: number;
  /** The name or alias that came closest. */
  spelling: string;
}

export type UnitMatch =
  | {
      status: "exact";
      unit: GazetteerUnit /** The alias matched, null for the official name. */;
      alias: string | null;
    }
  | {
      status: "suggested";
      candidates: UnitCandidate[] /** The best two are too close to tell. */;
      ambiguous: boolean;
    }
  | { status: "unknown" };

export interface UnitQuery {
  name: string;
  period: AdminPeriod;
  /** GADM NAME_2 or the like; narrows the search when the gazetteer knows the district. */
  district?: string | null;
  /** From a type column; tells apart Thị trấn Hát Lót and Xã Hát Lót of one district. */
  unitType?: UnitType | null;
}

function inDistrict(spellings: Spelling[], district: string | null | undefined): Spelling[] | null {
  if (!district) return null;
  const key = districtKey(district);
  const found = spellings.filter(
    (spelling) => spelling.unit.district && districtKey(spelling.unit.district) === key,
  );
  return found.length > 0 ? found : null;
}

/** Candidates by edit distance, closest first; at most five. */
function closest(spellings: readonly Spelling[], name: string): UnitCandidate[] {
  const key = foldName(name);
  const limit = suggestionLimit(key.length);
  const best = new Map<GazetteerUnit, UnitCandidate>();
  for (const spelling of spellings) {
    const distance = editDistance(key, spelling.base, limit);
    if (distance > limit) continue;
    const known = best.get(spelling.unit);
    if (!known || distance < known.distance)
      best.set(spelling.unit, { unit: spelling.unit, distance, spelling: spelling.spelling });
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.unit.code.localeCompare(b.unit.code))
    .slice(0, 5);
}

/**
 * Two candidates are too close to tell when the second is as near as the first, or, beyond a
 * single edit, no more than one edit farther.
 */
function tooClose(candidates: readonly UnitCandidate[]): boolean {
  const [first, second] = candidates;
  if (!first || !second) return false;
  return second.distance <= first.distance + (first.distance >= 2 ? 1 : 0);
}

// Words of the levels above a commune: "Huyện Thuận Châu" is a district, whatever commune
// shares its name, so such a name is only ever offered, never taken.
const ABOVE_COMMUNE = /^(huyen|quan|thi xa|thanh pho|tinh)\b/u;

export function matchUnit(province: GazetteerProvince, query: UnitQuery): UnitMatch {
  const match = matchCommune(province, query);
  if (match.status !== "exact" || !ABOVE_COMMUNE.test(stripDiacritics(query.name.trim()))) return match;
  return {
    status: "suggested",
    candidates: [{ unit: match.unit, distance: 0, spelling: query.name }],
    ambiguous: true,
  };
}

function matchCommune(province: GazetteerProvince, query: UnitQuery): UnitMatch {
  const index = indexOf(province)[query.period];
  const everywhere = index.spellings;
  const local = inDistrict(everywhere, query.district);
  for (const pool of local ? [local, everywhere] : [everywhere]) {
    const allowed = new Set(pool);
    let exact = unitsNamed(province, query.period, query.name).filter((spelling) => allowed.has(spelling));
    const typed = exact.filter((spelling) => spelling.unit.unitType === query.unitType);
    if (exact.length > 1 && typed.length === 1) exact = typed;
    const firstExact = exact[0];
    if (exact.length === 1 && firstExact && pool === (local ?? everywhere)) {
      return { status: "exact", unit: firstExact.unit, alias: firstExact.alias ? firstExact.spelling : null };
    }
    if (exact.length > 0) {
      // Several units of that name, or one outside the district the file names: a person decides.
      const candidates = exact.map((spelling) => ({
        unit: spelling.unit,
        distance: 0,
        spelling: spelling.spelling,
      }));
      return { status: "suggested", candidates, ambiguous: candidates.length > 1 };
    }
    const candidates = closest(pool, query.name);
    if (candidates.length > 0) return { status: "suggested", candidates, ambiguous: tooClose(candidates) };
  }
  return { status: "unknown" };
}
