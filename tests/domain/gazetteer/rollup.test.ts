// Rolling the older units up to today's communes: the sample's 29 units into 10 communes, and a
// province-scale layer (Sơn La's 200 units into 75) fast enough to do on demand.
import { readFileSync } from "node:fs";
import { area } from "@turf/turf";
import type { Feature, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { assembleDataset } from "../../../src/data/dataset";
import { parseManifest } from "../../../src/data/manifest";
import { parseLayer } from "../../../src/data/parse-layer";
import { rollUpToToday } from "../../../src/domain/gazetteer/rollup";
import type { Kind, Layers, UnitCode, UnitFeature } from "../../../src/domain/types";
import { sonLa } from "./son-la";

const province = sonLa();

function sample(kinds: Kind[] = ["units", "hamlets", "incidents"]) {
  const { manifest } = parseManifest(
    JSON.stringify({ title: "t", adminPeriod: "before-2025-07-01", province: "Tỉnh Sơn La", files: [] }),
    "manifest.json",
  );
  const layers = kinds.map((kind) =>
    parseLayer({ file: `${kind}.geojson`, kind, text: readFileSync(`geodata/${kind}.geojson`, "utf8") }),
  );
  return assembleDataset(manifest, layers, [], { provinces: [province] });
}

const TODAY = [
  ["03721", "Xã Thuận Châu"],
  ["03724", "Xã Bình Thuận"],
  ["03727", "Xã Mường É"],
  ["03754", "Xã Chiềng La"],
  ["03757", "Xã Mường Khiêng"],
  ["03760", "Xã Mường Bám"],
  ["03763", "Xã Long Hẹ"],
  ["03781", "Xã Co Mạ"],
  ["03784", "Xã Nậm Lầu"],
  ["03799", "Xã Muổi Nọi"],
];

describe("rolling the sample's 29 units up to today's communes", () => {
  const dataset = sample();
  const rolled = rollUpToToday(dataset.layers, province);
  const units = rolled.layers.units.features;

  it("gives the 10 communes of today with their official codes, names, type and area", () => {
    expect(units.map((unit) => [unit.properties.code, unit.properties.name])).toEqual(TODAY);
    expect(
      units.every((unit) => unit.properties.approximate && unit.properties.adminPeriod === "from-2025-07-01"),
    ).toBe(true);
    const thuanChau = units[0]?.properties;
    expect(thuanChau).toMatchObject({ unitType: "commune", areaKm2: 132.83, district: null });
    expect(thuanChau?.mergedFrom).toEqual(["03721", "03748", "03751", "03769", "03772", "03787"]);
    expect(units[1]?.properties.mergedFrom).toEqual(["03724", "03730"]);
    expect(rolled).toMatchObject({ unplaced: [], partial: [] });
  });

  it("builds each commune as the union of its older units: one piece, the same area", () => {
    const oldArea = new Map(dataset.layers.units.features.map((unit) => [unit.properties.code, area(unit)]));
    for (const unit of units) {
      const parts = (unit.properties.mergedFrom ?? []).reduce(
        (sum, code) => sum + (oldArea.get(code) ?? 0),
        0,
      );
      expect(area(unit) / parts).toBeCloseTo(1, 3);
      expect(unit.geometry.type).toBe("Polygon");
    }
  });

  it("re-joins the records: older codes through the crosswalk, incidents by location", () => {
    const hamlets = rolled.layers.hamlets.features;
    expect(hamlets).toHaveLength(dataset.layers.hamlets.features.length);
    const heoTrai = hamlets.find((hamlet) => hamlet.properties.name === "Bản Heo Trại");
    expect(heoTrai?.properties).toMatchObject({ unitCode: "03724", joinedBy: "crosswalk" });
    const codes = new Set(TODAY.map(([code]) => code));
    expect(hamlets.every((hamlet) => codes.has(hamlet.properties.unitCode as string))).toBe(true);
    const incidents = rolled.layers.incidents.features;
    const joinedBefore = dataset.layers.incidents.features.filter(
      (incident) => incident.properties.unitCode,
    ).length;
    expect(incidents.filter((incident) => incident.properties.joinedBy === "location")).toHaveLength(
      joinedBefore,
    );
  });
});

describe("what a roll-up cannot do", () => {
  it("lists units the gazetteer cannot place and communes only partly covered", () => {
    const layers = sample(["units", "hamlets"]).layers;
    const chiengPha = layers.units.features.find((unit) => unit.properties.code === "03730") as UnitFeature;
    const stranger = {
      ...chiengPha,
      properties: { ...chiengPha.properties, code: "x-banmoi" as UnitCode, name: "Bản Mới" },
    };
    const few: Layers = { ...layers, units: { type: "FeatureCollection", features: [chiengPha] } };
    expect(rollUpToToday(few, province).partial).toEqual([
      { code: "03724", name: "Xã Bình Thuận", missing: ["03724"] },
    ]);
    const odd: Layers = { ...layers, units: { type: "FeatureCollection", features: [stranger] } };
    const rolled = rollUpToToday(odd, province);
    expect(rolled.unplaced).toEqual([{ code: "x-banmoi", name: "Bản Mới" }]);
    expect(rolled.layers.units.features).toHaveLength(0);
  });
});

/** A square cell with `perSide` vertices on each side, so unions work on real-sized rings. */
function cell(column: number, row: number, perSide: number): Polygon {
  const size = 0.05;
  const [x, y] = [103 + column * size, 20.5 + row * size];
  const ring: number[][] = [];
  const corners = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
  ];
  for (let side = 0; side < 4; side++) {
    const [from, to] = [corners[side], corners[(side + 1) % 4]] as [number[], number[]];
    for (let step = 0; step < perSide; step++) {
      const t = step / perSide;
      ring.push([
        Number(((from[0] as number) + ((to[0] as number) - (from[0] as number)) * t).toFixed(6)),
        Number(((from[1] as number) + ((to[1] as number) - (from[1] as number)) * t).toFixed(6)),
      ]);
    }
  }
  ring.push([...(ring[0] as number[])]);
  return { type: "Polygon", coordinates: [ring] };
}

describe("the union", () => {
  const at = (column: number, row: number, code: string): UnitFeature => ({
    type: "Feature",
    geometry: cell(column, row, 4),
    properties: {
      code: code as UnitCode,
      name: code,
      unitType: "commune",
      district: null,
      province: null,
      areaKm2: null,
      approximate: true,
      adminPeriod: "before-2025-07-01",
    },
  });
  const layersOf = (units: UnitFeature[]) => {
    const empty = { type: "FeatureCollection" as const, features: [] };
    return {
      units: { type: "FeatureCollection", features: units },
      hamlets: empty,
      sites: empty,
      incidents: empty,
      activities: empty,
    } as unknown as Layers;
  };

  it("falls back to the general union for units that do not share their vertices, or do not touch", () => {
    // Bình Thuận: Phổng Lái and Chiềng Pha. Nudged apart by a hair: no shared vertex, a tiny overlap.
    const phongLai = at(0, 0, "03724");
    const chiengPha = at(1, 0, "03730");
    chiengPha.geometry = {
      type: "Polygon",
      coordinates: [
        ((chiengPha.geometry as Polygon).coordinates[0] ?? []).map(([x = 0, y = 0]) => [
          x - 0.00001,
          y + 0.000003,
        ]),
      ],
    };
    const overlapping = rollUpToToday(layersOf([phongLai, chiengPha]), province).layers.units.features[0];
    expect(overlapping?.geometry.type).toBe("Polygon");
    expect(area(overlapping as UnitFeature) / (area(phongLai) * 2)).toBeCloseTo(1, 3);
    const apart = rollUpToToday(layersOf([phongLai, at(3, 0, "03730")]), province).layers.units.features[0];
    expect(apart?.geometry.type).toBe("MultiPolygon");
  });
});

describe("at province scale", () => {
  it("rolls Sơn La's 200 older units up to its 75 communes in well under a second or two", () => {
    // Each commune of today a column of its older units, side by side, sharing their borders.
    const olds = province.units.filter(
      (unit) => unit.period === "before-2025-07-01" && unit.mergedInto === null,
    );
    const communes = [...new Set(olds.map((unit) => unit.newCode))].sort();
    const place = (unit: (typeof olds)[number]) => {
      const group = communes.indexOf(unit.newCode);
      const row = olds.filter((other) => other.newCode === unit.newCode).indexOf(unit);
      return [group % 25, Math.floor(group / 25) * 6 + row] as const;
    };
    const features = olds.map(
      (unit): Feature<Polygon, UnitFeature["properties"]> => ({
        type: "Feature",
        geometry: cell(...place(unit), 60),
        properties: {
          code: unit.code,
          name: unit.name,
          unitType: unit.unitType,
          district: unit.district,
          province: unit.province,
          areaKm2: null,
          approximate: true,
          adminPeriod: "before-2025-07-01",
        },
      }),
    );
    const empty = { type: "FeatureCollection" as const, features: [] };
    const layers = {
      units: { type: "FeatureCollection", features },
      hamlets: empty,
      sites: empty,
      incidents: empty,
      activities: empty,
    } as unknown as Layers;
    rollUpToToday(layers, province);
    const started = performance.now();
    const rolled = rollUpToToday(layers, province);
    const elapsed = performance.now() - started;
    console.log(
      `roll-up of ${features.length} units (240 vertices each) into ${rolled.layers.units.features.length} communes: ${elapsed.toFixed(0)} ms`,
    );
    expect(rolled.layers.units.features).toHaveLength(75);
    expect(rolled.layers.units.features.every((unit) => unit.geometry.type === "Polygon")).toBe(true);
    expect(rolled.unplaced).toEqual([]);
    expect(elapsed).toBeLessThan(2000);
  });
});
