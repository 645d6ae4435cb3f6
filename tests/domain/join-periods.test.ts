// Records joined to units of the other administrative period: codes were reused by the 2025
// reform (03724 was Phổng Lái, is now Bình Thuận), so they are never compared directly.
import type { Point } from "geojson";
import { describe, expect, it } from "vitest";
import { buildCrosswalk } from "../../src/domain/gazetteer/crosswalk";
import { buildUnitLookup, joinLayers, joinOne } from "../../src/domain/join";
import type { AdminPeriod, Layers, UnitCode, UnitFeature } from "../../src/domain/types";
import { sonLa } from "./gazetteer/son-la";

const crosswalk = buildCrosswalk(sonLa());
const before: AdminPeriod = "before-2025-07-01";
const today: AdminPeriod = "from-2025-07-01";

/** A 0.04° square unit west of `west`, at latitude 21.5. */
function unit(code: string, name: string, west: number, adminPeriod: AdminPeriod): UnitFeature {
  const ring = [
    [west, 21.48],
    [west + 0.04, 21.48],
    [west + 0.04, 21.52],
    [west, 21.52],
    [west, 21.48],
  ];
  return {
    type: "Feature",
    geometry: { type: "Polygon", coordinates: [ring] },
    properties: {
      code: code as UnitCode,
      name,
      unitType: "commune",
      district: null,
      province: "Tỉnh Sơn La",
      areaKm2: null,
      approximate: true,
      adminPeriod,
    },
  };
}

const at = (west: number): Point => ({ type: "Point", coordinates: [west + 0.02, 21.5] });

const oldUnits = [
  unit("03724", "Xã Phổng Lái", 103.5, before),
  unit("03730", "Xã Chiềng Pha", 103.6, before),
  unit("03733", "Xã Chiềng La", 103.7, before),
  unit("03760", "Xã Mường Bám", 103.8, before),
];
const todaysUnits = [
  unit("03724", "Xã Bình Thuận", 103.5, today),
  unit("03754", "Xã Chiềng La", 103.7, today),
];

describe("a record of today among the older units", () => {
  const lookup = buildUnitLookup(oldUnits, crosswalk);

  it("is placed by location, never by its code: today's 03724 in old Chiềng Pha stays in Chiềng Pha", () => {
    const hamlet = { unitCode: "03724", unitName: "Bình Thuận", adminPeriod: today };
    expect(joinOne(lookup, hamlet, at(103.6))).toMatchObject({
      unitCode: "03730",
      joinedBy: "location",
      reasons: [],
    });
    // Chiềng La exists in both periods: today's Chiềng La (03754) takes in old Chiềng La (03733).
    const chiengLa = { unitName: "Chiềng La", adminPeriod: today };
    expect(joinOne(lookup, chiengLa, at(103.7))).toMatchObject({ unitCode: "03733", reasons: [] });
  });

  it("is checked against the crosswalk, and a misfit is said, not hidden", () => {
    const hamlet = { unitName: "Chiềng La", adminPeriod: today };
    const result = joinOne(lookup, hamlet, at(103.6));
    expect(result).toMatchObject({
      unitCode: "03730",
      joinedBy: "location",
      reasons: ["crosswalk-mismatch"],
    });
  });

  it("without a location, is placed only where today's commune is a single old unit", () => {
    expect(joinOne(lookup, { unitName: "Mường Bám", adminPeriod: today }, null)).toMatchObject({
      unitCode: "03760",
      joinedBy: "crosswalk",
    });
    expect(joinOne(lookup, { unitName: "Bình Thuận", adminPeriod: today }, null)).toMatchObject({
      unitCode: null,
      reasons: ["other-period-split"],
    });
  });

  it("of the same period as the units, is joined as ever, by code", () => {
    expect(joinOne(lookup, { unitCode: "03724", adminPeriod: before }, at(103.6))).toMatchObject({
      unitCode: "03724",
      joinedBy: "code",
    });
  });
});

describe("an older record among today's communes", () => {
  const lookup = buildUnitLookup(todaysUnits, crosswalk);

  it("goes through the crosswalk, by code or by name, never matched by code directly", () => {
    // Old 03730 Chiềng Pha is in today's Bình Thuận (03724), wherever its point lies.
    expect(joinOne(lookup, { unitCode: "03730", adminPeriod: before }, at(103.7))).toMatchObject({
      unitCode: "03724",
      joinedBy: "crosswalk",
    });
    // Old 03754 was Nong Lay, now part of today's Chiềng La, which also has code 03754.
    expect(joinOne(lookup, { unitCode: "03754", adminPeriod: before }, null)).toMatchObject({
      unitCode: "03754",
      joinedBy: "crosswalk",
    });
    expect(joinOne(lookup, { unitName: "ChiềngPha", adminPeriod: before }, null)).toMatchObject({
      unitCode: "03724",
      joinedBy: "crosswalk",
    });
  });

  it("falls back to its location when the crosswalk does not know it, and says why", () => {
    const result = joinOne(lookup, { unitCode: "99999", adminPeriod: before }, at(103.5));
    expect(result).toMatchObject({ unitCode: "03724", joinedBy: "location", reasons: ["code-unknown"] });
  });

  it("without a gazetteer, is placed by location only, and the reason is given", () => {
    const plain = buildUnitLookup(todaysUnits);
    const result = joinOne(plain, { unitCode: "03724", adminPeriod: before }, at(103.7));
    expect(result).toMatchObject({ unitCode: "03754", joinedBy: "location", reasons: ["no-crosswalk"] });
  });
});

describe("joinLayers with periods", () => {
  it("writes each record's period and marks the records joined across the reform", () => {
    const empty = { type: "FeatureCollection" as const, features: [] };
    const layers = {
      units: { type: "FeatureCollection", features: oldUnits },
      hamlets: {
        type: "FeatureCollection",
        features: [
          { type: "Feature", geometry: at(103.6), properties: { code: "a", name: "A", unitCode: "03724" } },
          { type: "Feature", geometry: at(103.6), properties: { code: "b", name: "B", unitCode: "03724" } },
        ],
      },
      sites: empty,
      incidents: empty,
      activities: empty,
    } as unknown as Layers;
    const { layers: joined, notes } = joinLayers(layers, crosswalk, { hamlets: [today, before] });
    const hamlets = joined.hamlets.features.map(
      (feature) => feature.properties as unknown as Record<string, unknown>,
    );
    expect(hamlets.map((hamlet) => [hamlet.adminPeriod, hamlet.unitCode, hamlet.joinedBy])).toEqual([
      [today, "03730", "location"],
      [before, "03724", "code"],
    ]);
    expect(notes.map((note) => [note.position, note.result.across])).toEqual([[0, true]]);
  });
});
