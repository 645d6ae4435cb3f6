// Figures by today's communes from older units: each commune of 1 July 2025 is built as the union
// of the older units that make it (marked approximate: those are the older boundaries, not the
// new official one), with its official code, name, type and area; records follow through the
// crosswalk when they carry an older unit's code, else by location.
import { featureCollection, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { rewindGeometry } from "../geometry";
import { buildUnitLookup, joinOne } from "../join";
import type { JoinMethod, Layers, UnitCode, UnitFeature, UnitProperties } from "../types";
import { buildCrosswalk, predecessorsOf } from "./crosswalk";
import { dissolveShared } from "./dissolve";
import type { GazetteerProvince } from "./gazetteer-types";
import { unitWithCode } from "./lookup";

export interface RollUp {
  /** Units: today's communes; records joined to them. */
  layers: Layers;
  /** Older units the gazetteer cannot place in a commune of today (unknown or generated codes). */
  unplaced: { code: string; name: string }[];
  /** Communes of today built from only some of their older units (the data covers part of them). */
  partial: { code: string; name: string; missing: string[] }[];
}

type Area = Polygon | MultiPolygon;

function unite(units: readonly UnitFeature[]): Area | null {
  if (units.length === 1) return (units[0] as UnitFeature).geometry;
  const shared = dissolveShared(units.map((unit) => unit.geometry));
  if (shared) return shared;
  const merged = union(
    featureCollection(units.map((unit) => ({ ...unit, properties: {} }) as Feature<Area>)),
  );
  return merged ? rewindGeometry(merged.geometry).geometry : null;
}

/** Older units present for each commune of today; what the gazetteer cannot place is listed. */
function groupByToday(units: readonly UnitFeature[], province: GazetteerProvince) {
  const crosswalk = buildCrosswalk(province);
  const groups = new Map<string, UnitFeature[]>();
  const unplaced: RollUp["unplaced"] = [];
  for (const unit of units) {
    const { code, name } = unit.properties;
    const today = crosswalk.toToday(code) ?? crosswalk.toToday(crosswalk.oldCodeByName(name) ?? "");
    if (today === null) unplaced.push({ code, name });
    else groups.set(today, [...(groups.get(today) ?? []), unit]);
  }
  return { groups, unplaced, crosswalk };
}

/** The older units of a commune of today that the data lacks (a merged-away unit stands for its successor). */
function missingOf(province: GazetteerProvince, today: string, present: ReadonlySet<string>): string[] {
  const olds = predecessorsOf(province, today);
  const covered = (code: string) =>
    present.has(code) || olds.some((old) => old.mergedInto === code && present.has(old.code));
  return olds.filter((old) => old.mergedInto === null && !covered(old.code)).map((old) => old.code);
}

function todaysUnits(units: readonly UnitFeature[], province: GazetteerProvince) {
  const { groups, unplaced, crosswalk } = groupByToday(units, province);
  const features: UnitFeature[] = [];
  const partial: RollUp["partial"] = [];
  for (const [code, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const official = unitWithCode(province, "from-2025-07-01", code);
    const geometry = unite(members);
    if (!official || !geometry) continue;
    const present = new Set(members.map((member) => member.properties.code as string));
    const missing = missingOf(province, code, present);
    if (missing.length > 0) partial.push({ code, name: official.name, missing });
    const properties: UnitProperties = {
      code: official.code,
      name: official.name,
      unitType: official.unitType,
      district: null,
      province: official.province,
      areaKm2: official.areaKm2,
      approximate: true,
      adminPeriod: "from-2025-07-01",
      mergedFrom: [...present].sort() as UnitCode[],
    };
    features.push({ type: "Feature", geometry, properties });
  }
  return { features, unplaced, partial, crosswalk };
}

type JoinedFeature = { type: "Feature"; geometry: unknown; properties: Record<string, unknown> };
const RECORD_KINDS = ["hamlets", "sites", "incidents", "activities"] as const;

/** Older units (layers.units, before 1 July 2025) rolled up to the communes of today. */
export function rollUpToToday(layers: Layers, province: GazetteerProvince): RollUp {
  const { features, unplaced, partial, crosswalk } = todaysUnits(layers.units.features, province);
  const codes = new Set(features.map((unit) => unit.properties.code as string));
  const lookup = buildUnitLookup(features, crosswalk);
  const result = { ...layers, units: { type: "FeatureCollection" as const, features } } as Layers;
  for (const kind of RECORD_KINDS) {
    const records = (layers[kind].features as unknown as JoinedFeature[]).map((feature) => {
      const properties = feature.properties;
      const old = typeof properties.unitCode === "string" ? properties.unitCode : null;
      const today = old === null ? null : crosswalk.toToday(old);
      if (today !== null && codes.has(today)) {
        // Placed by location in an older unit, it lies in that unit's commune of today all the same.
        const joinedBy: JoinMethod = properties.joinedBy === "location" ? "location" : "crosswalk";
        return { ...feature, properties: { ...properties, unitCode: today, joinedBy } };
      }
      // Not joined before, or in a unit the gazetteer cannot place: joined afresh among today's communes.
      const joined = joinOne(
        lookup,
        { ...properties, unitCode: old === null ? properties.unitCode : null },
        feature.geometry as never,
      );
      return {
        ...feature,
        properties: { ...properties, unitCode: joined.unitCode, joinedBy: joined.joinedBy },
      };
    });
    (result as unknown as Record<string, unknown>)[kind] = { ...layers[kind], features: records };
  }
  return { layers: result, unplaced, partial };
}
