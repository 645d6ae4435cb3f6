import type { Point } from "geojson";
import { describe, expect, it } from "vitest";
import { buildUnitLookup, joinLayers, joinOne, matchUnitName } from "../../src/domain/join";
import type { Layers, UnitCode, UnitFeature } from "../../src/domain/types";

function unit(code: string, name: string, west: number): UnitFeature {
  return {
    type: "Feature",
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [west, 21.48],
          [west + 0.06, 21.48],
          [west + 0.06, 21.54],
          [west, 21.54],
          [west, 21.48],
        ],
      ],
    },
    properties: {
      code: code as UnitCode,
      name,
      unitType: "commune",
      district: null,
      province: null,
      areaKm2: null,
      approximate: true,
    },
  };
}

const units = [
  unit("03730", "Xã Chiềng Pha", 103.6),
  unit("03733", "Xã Chiềng La", 103.66),
  unit("03805", "Xã Bản Lầm", 103.72),
];
const lookup = buildUnitLookup(units);
const at = (longitude: number, latitude: number): Point => ({
  type: "Point",
  coordinates: [longitude, latitude],
});

describe("joinOne", () => {
  it("prefers the code", () => {
    expect(joinOne(lookup, { unitCode: "03733", unitName: "Chiềng Pha" }, at(103.61, 21.5))).toMatchObject({
      unitCode: "03733",
      joinedBy: "code",
      reasons: [],
    });
  });

  it("falls back to the folded name, noting the unknown code", () => {
    expect(joinOne(lookup, { unitCode: "09999", unitName: "CHIENG  PHA" }, null)).toMatchObject({
      unitCode: "03730",
      joinedBy: "name",
      reasons: ["code-unknown"],
    });
    expect(joinOne(lookup, { commune: "ChiềngLa" }, null)).toMatchObject({
      unitCode: "03733",
      joinedBy: "name",
    });
    expect(matchUnitName(lookup, "Bản Lầm")).toEqual({ code: "03805" });
  });

  it("falls back to the location, and reports what failed when nothing fits", () => {
    expect(joinOne(lookup, {}, at(103.7, 21.5))).toMatchObject({ unitCode: "03733", joinedBy: "location" });
    expect(joinOne(lookup, { unitName: "Thôn Mòn" }, at(104.5, 21.9))).toMatchObject({
      unitCode: null,
      joinedBy: null,
      reasons: ["name-unknown", "outside-units"],
    });
    expect(joinOne(lookup, {}, null).reasons).toEqual(["no-reference"]);
    expect(joinOne(buildUnitLookup([]), { unitCode: "03730" }, null).reasons).toEqual(["no-units"]);
  });
});

describe("joinLayers", () => {
  it("sets unitCode and joinedBy without touching the input, keeping unjoined features", () => {
    const incidents = [
      {
        type: "Feature" as const,
        geometry: at(103.62, 21.5),
        properties: { id: "a", date: "2022-01-01", category: "theft" },
      },
      {
        type: "Feature" as const,
        geometry: at(105, 22),
        properties: { id: "b", date: "2022-01-01", category: "theft" },
      },
    ];
    const layers = {
      units: { type: "FeatureCollection", features: units },
      hamlets: { type: "FeatureCollection", features: [] },
      sites: { type: "FeatureCollection", features: [] },
      incidents: { type: "FeatureCollection", features: incidents },
      activities: { type: "FeatureCollection", features: [] },
    } as unknown as Layers;
    const { layers: joined, notes } = joinLayers(layers);
    expect(joined.incidents.features.map((feature) => feature.properties.unitCode)).toEqual(["03730", null]);
    expect(joined.incidents.features[0]?.properties.joinedBy).toBe("location");
    expect(notes).toEqual([expect.objectContaining({ kind: "incidents", position: 1 })]);
    expect("unitCode" in (incidents[0]?.properties ?? {})).toBe(false);
  });
});
