// Records joined to units of the other administrative period. The 2025 reform reused codes, so a
// record's code or name is never compared with the units' directly:
// - an older record among today's communes goes through the crosswalk (old unit → the commune it
//   became; many to one, so one answer), else by location;
// - a record of today among the older units goes by location (a commune of today is several old
//   units), and the crosswalk checks that the old unit found became the commune it names.
import type { Point } from "geojson";
import type { JoinReason, JoinResult, UnitLookup } from "./join";
import { describeFeature } from "./join";
import type { AdminPeriod, JoinMethod, UnitCode } from "./types";

function answer(
  unitCode: string | null,
  joinedBy: JoinMethod | null,
  reasons: JoinReason[],
  properties: Record<string, unknown>,
  geometry: Point | null,
): JoinResult {
  return {
    unitCode: unitCode as UnitCode | null,
    joinedBy,
    reasons,
    reference: reasons.length > 0 ? describeFeature(properties, geometry) : "",
    across: true,
  };
}

function locate(lookup: UnitLookup, geometry: Point | null): string | null | undefined {
  if (!geometry) return undefined;
  const [longitude = Number.NaN, latitude = Number.NaN] = geometry.coordinates;
  return lookup.index.locate(longitude, latitude);
}

export function joinAcross(
  lookup: UnitLookup,
  period: AdminPeriod,
  properties: Record<string, unknown>,
  geometry: Point | null,
  name: string | null,
): JoinResult {
  const crosswalk = lookup.crosswalk ?? null;
  const code = typeof properties.unitCode === "string" ? properties.unitCode : null;
  const reasons: JoinReason[] = [];
  const done = (unitCode: string | null, joinedBy: JoinMethod | null) =>
    answer(unitCode, joinedBy, reasons, properties, geometry);
  if (crosswalk === null && (code !== null || name !== null)) reasons.push("no-crosswalk");

  if (period === "before-2025-07-01") {
    if (crosswalk && code !== null) {
      const today = crosswalk.toToday(code);
      if (today !== null && lookup.codes.has(today)) return done(today, "crosswalk");
      reasons.push("code-unknown");
    } else if (crosswalk && name !== null) {
      const old = crosswalk.oldCodeByName(name);
      const today = old === null ? null : crosswalk.toToday(old);
      if (today !== null && lookup.codes.has(today)) return done(today, "crosswalk");
      reasons.push("name-unknown");
    }
    const located = locate(lookup, geometry);
    if (located) return done(located, "location");
    if (located === null) reasons.push("outside-units");
    if (reasons.length === 0) reasons.push("no-reference");
    return done(null, null);
  }

  const named = crosswalk ? crosswalk.todayCode(code, name) : null;
  const located = locate(lookup, geometry);
  if (located) {
    if (crosswalk && named !== null && crosswalk.toToday(located) !== named)
      reasons.push("crosswalk-mismatch");
    return done(located, "location");
  }
  if (located === null) reasons.push("outside-units");
  if (crosswalk && named !== null) {
    // Without a location, only a commune of today made of one old unit in the layer is certain.
    const olds = [...lookup.codes].filter((old) => crosswalk.toToday(old) === named);
    if (olds.length === 1) return done(olds[0] as string, "crosswalk");
    reasons.push("other-period-split");
  } else if (crosswalk && (code !== null || name !== null))
    reasons.push(code !== null ? "code-unknown" : "name-unknown");
  if (reasons.length === 0) reasons.push("no-reference");
  return done(null, null);
}
