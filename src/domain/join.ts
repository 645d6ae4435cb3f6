// Joins hamlets, sites, incidents and activities to commune-level units: by code, else by folded
// name, else by location. Whatever cannot be joined stays in the data (unitCode null) and is noted.
// A record and the units may follow different administrative maps (the 2025 reform reused codes):
// a record is then never matched by code or name, only through the crosswalk or by location
// (join-across.ts).
import type { Point } from "geojson";
import type { Crosswalk } from "./gazetteer/crosswalk";
import { buildUnitIndex, type UnitIndex } from "./geometry";
import { joinAcross } from "./join-across";
import { nameKeys } from "./names";
import {
  ADMIN_PERIODS,
  type AdminPeriod,
  type JoinMethod,
  type Kind,
  type Layers,
  type UnitCode,
  type UnitFeature,
} from "./types";

export type JoinedKind = Exclude<Kind, "units">;
const JOINED_KINDS: readonly JoinedKind[] = ["hamlets", "sites", "incidents", "activities"];

export type JoinReason =
  | "no-reference"
  | "no-units"
  | "code-unknown"
  | "name-unknown"
  | "name-ambiguous"
  | "outside-units"
  /** The units follow the other period and there is no gazetteer to cross the reform with. */
  | "no-crosswalk"
  /** Today's commune the record names is made of several old units; without a location, no one of them. */
  | "other-period-split"
  /** Placed by location in an old unit that became another commune than the one the record names. */
  | "crosswalk-mismatch";

/** Property names under which exports give the unit's name instead of its code. */
const UNIT_NAME_FIELDS = ["unitName", "unit", "commune"] as const;

export interface UnitLookup {
  codes: ReadonlySet<string>;
  /** Folded name key → codes of the units known by it (more than one: ambiguous). */
  names: ReadonlyMap<string, ReadonlySet<string>>;
  index: UnitIndex<string>;
  empty: boolean;
  /**
   * For each period, the lookup of the units a record of that period may be joined to directly
   * (that period's and those without one); absent when no unit names a period.
   */
  periods?: Record<AdminPeriod, UnitLookup>;
  crosswalk?: Crosswalk | null;
}

const isPeriod = (value: unknown): value is AdminPeriod => ADMIN_PERIODS.includes(value as AdminPeriod);

/** crosswalk: the gazetteer's old → new table, to place records of the other period (see join-across.ts). */
export function buildUnitLookup(
  units: readonly UnitFeature[],
  crosswalk: Crosswalk | null = null,
): UnitLookup {
  const lookup = buildPlainLookup(units);
  if (!units.some((unit) => isPeriod(unit.properties.adminPeriod))) return lookup;
  const periods = {} as Record<AdminPeriod, UnitLookup>;
  for (const period of ADMIN_PERIODS)
    periods[period] = buildPlainLookup(
      units.filter((unit) => (unit.properties.adminPeriod ?? period) === period),
    );
  return { ...lookup, periods, crosswalk };
}

function buildPlainLookup(units: readonly UnitFeature[]): UnitLookup {
  const codes = new Set<string>();
  const names = new Map<string, Set<string>>();
  for (const unit of units) {
    codes.add(unit.properties.code);
    for (const key of nameKeys(unit.properties.name)) {
      const known = names.get(key) ?? new Set<string>();
      known.add(unit.properties.code);
      names.set(key, known);
    }
  }
  const index = buildUnitIndex(
    units.map((unit) => ({ key: unit.properties.code as string, geometry: unit.geometry })),
  );
  return { codes, names, index, empty: units.length === 0 };
}

type NameMatch = { code: string } | { reason: "name-unknown" | "name-ambiguous" };

/** The most specific key that names exactly one unit wins; a key naming several is ambiguous. */
export function matchUnitName(lookup: UnitLookup, name: string): NameMatch {
  let ambiguous = false;
  for (const key of nameKeys(name)) {
    const codes = lookup.names.get(key);
    if (codes?.size === 1) return { code: [...codes][0] as string };
    if (codes && codes.size > 1) ambiguous = true;
  }
  return { reason: ambiguous ? "name-ambiguous" : "name-unknown" };
}

export interface JoinResult {
  unitCode: UnitCode | null;
  joinedBy: JoinMethod | null;
  /** Why earlier methods failed: for a joined feature these are worth a warning too. */
  reasons: JoinReason[];
  /** What the feature offered to join on, for messages; "" when nothing went wrong. */
  reference: string;
  /** The record follows the other administrative period than the units it was joined among. */
  across?: true;
}

function unitNameOf(properties: Record<string, unknown>): string | null {
  for (const field of UNIT_NAME_FIELDS) {
    const value = properties[field];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return null;
}

function describeReference(code: unknown, name: string | null, point: Point | null): string {
  const parts: string[] = [];
  if (typeof code === "string") parts.push(`unitCode ${JSON.stringify(code)}`);
  if (name !== null) parts.push(`unitName ${JSON.stringify(name)}`);
  if (point) parts.push(`[${point.coordinates.slice(0, 2).join(", ")}]`);
  return parts.length > 0 ? parts.join(", ") : "—";
}

/** The feature's own unit reference and point, for describing what it offered. */
export function describeFeature(properties: Record<string, unknown>, geometry: Point | null): string {
  return describeReference(properties.unitCode, unitNameOf(properties), geometry);
}

export function joinOne(
  lookup: UnitLookup,
  properties: Record<string, unknown>,
  geometry: Point | null,
): JoinResult {
  const period = lookup.periods ? properties.adminPeriod : undefined;
  if (lookup.periods && isPeriod(period)) {
    const own = lookup.periods[period];
    // Units of the record's own period (or of none) are there: the usual join, among them only.
    if (!own.empty || lookup.empty) return joinDirectly(own.empty ? lookup : own, properties, geometry);
    return joinAcross(lookup, period, properties, geometry, unitNameOf(properties));
  }
  return joinDirectly(lookup, properties, geometry);
}

function joinDirectly(
  lookup: UnitLookup,
  properties: Record<string, unknown>,
  geometry: Point | null,
): JoinResult {
  const code = properties.unitCode;
  const name = unitNameOf(properties);
  // Building the description costs more than the join itself; only problems need it.
  const result = (
    unitCode: string | null,
    joinedBy: JoinMethod | null,
    reasons: JoinReason[],
  ): JoinResult => ({
    unitCode: unitCode as UnitCode | null,
    joinedBy,
    reasons,
    reference: reasons.length > 0 ? describeReference(code, name, geometry) : "",
  });
  if (lookup.empty) return result(null, null, ["no-units"]);
  const reasons: JoinReason[] = [];
  if (typeof code === "string") {
    if (lookup.codes.has(code)) return result(code, "code", reasons);
    reasons.push("code-unknown");
  }
  if (name !== null) {
    const match = matchUnitName(lookup, name);
    if ("code" in match) return result(match.code, "name", reasons);
    reasons.push(match.reason);
  }
  if (geometry) {
    const [longitude = Number.NaN, latitude = Number.NaN] = geometry.coordinates;
    const located = lookup.index.locate(longitude, latitude);
    if (located !== null) return result(located, "location", reasons);
    reasons.push("outside-units");
  }
  if (reasons.length === 0) reasons.push("no-reference");
  return result(null, null, reasons);
}

export interface JoinNote {
  kind: JoinedKind;
  /** Position in the layer's features array. */
  position: number;
  result: JoinResult;
}

type JoinableCollection = { features: { geometry: Point | null; properties: Record<string, unknown> }[] };

/** The period of each record of a kind, by position; null or absent leaves the record's own. */
export type RecordPeriods = Partial<Record<JoinedKind, readonly (AdminPeriod | null)[]>>;

/**
 * Returns new layers (inputs untouched) with unitCode and joinedBy set, and what went wrong.
 * crosswalk: to place records of the other administrative period than the units'; periods: each
 * record's period, written to its adminPeriod before it is joined.
 */
export function joinLayers(
  layers: Layers,
  crosswalk: Crosswalk | null = null,
  periods: RecordPeriods = {},
): { layers: Layers; notes: JoinNote[] } {
  const lookup = buildUnitLookup(layers.units.features, crosswalk);
  const notes: JoinNote[] = [];
  const joined = { ...layers };
  for (const kind of JOINED_KINDS) {
    const collection = layers[kind] as unknown as JoinableCollection;
    const kindPeriods = periods[kind];
    const features = collection.features.map((feature, position) => {
      // The check gives every record an adminPeriod key, so this writes in place in the copy.
      const properties: Record<string, unknown> = { ...feature.properties };
      const period = kindPeriods?.[position];
      if (period) properties.adminPeriod = period;
      const result = joinOne(lookup, properties, feature.geometry);
      if (result.reasons.length > 0 || result.across) notes.push({ kind, position, result });
      properties.unitCode = result.unitCode;
      properties.joinedBy = result.joinedBy;
      return { ...feature, properties };
    });
    (joined as Record<JoinedKind, unknown>)[kind] = { ...collection, features };
  }
  return { layers: joined, notes };
}
