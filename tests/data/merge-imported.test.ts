import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { ImportDetection } from "../../src/data/import/import-types";
import type { StoredLayer } from "../../src/data/imported-layers";
import { mergeImported } from "../../src/data/merge-imported";
import type { HamletProperties, Kind, Layers, UnitCode, UnitFeature } from "../../src/domain/types";

function square(code: string, name: string, west: number): UnitFeature {
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

function hamlet(code: string, longitude: number, extra: Partial<HamletProperties> = {}) {
  return {
    type: "Feature" as const,
    geometry: { type: "Point" as const, coordinates: [longitude, 21.5] },
    properties: {
      code,
      name: `Bản ${code}`,
      unitCode: null,
      joinedBy: null,
      population: 100,
      households: 20,
      securityTeam: true,
      mediationTeam: true,
      fireTeam: true,
      groups: 3,
      modelStatus: "none",
      modelSince: null,
      ...extra,
    } as HamletProperties,
  };
}

const empty = () => ({ type: "FeatureCollection" as const, features: [] });

/** Geodata as the app holds it after loading: already joined. */
function baseLayers(): Layers {
  return {
    units: { type: "FeatureCollection", features: [square("03730", "Xã Chiềng Pha", 103.6)] },
    hamlets: {
      type: "FeatureCollection",
      features: [
        hamlet("03730-01", 103.61, { unitCode: "03730" as UnitCode, joinedBy: "location" }),
        hamlet("03730-02", 103.62, { unitCode: "03730" as UnitCode, joinedBy: "code" }),
      ],
    },
    sites: empty(),
    incidents: {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [103.61, 21.49] },
          properties: { id: "VV-1", date: "2024-01-02", category: "theft", unitCode: null, joinedBy: null },
        },
      ],
    } as Layers["incidents"],
    activities: empty(),
  };
}

const detection: ImportDetection = {
  format: "geojson",
  encoding: "UTF-8",
  crs: "EPSG:4326",
  kind: "hamlets",
  kindProposed: false,
  fields: {},
  columns: [],
};

function stored(id: string, kind: Kind, collection: FeatureCollection): StoredLayer {
  const count = collection.features.length;
  return {
    id,
    name: id,
    kind,
    fileName: `${id}.geojson`,
    createdAt: "2026-11-01T08:00:00.000Z",
    importedAt: "2026-11-01T08:00:00.000Z",
    detection: { ...detection, kind },
    counts: { read: count, accepted: count, rejected: 0, repaired: {} },
    collection,
  };
}

const importedHamlets = () =>
  stored("ban-moi", "hamlets", {
    type: "FeatureCollection",
    features: [hamlet("NEW-1", 103.63), hamlet("NEW-2", 109, { unitCode: "03730" as UnitCode })],
  });

const importedUnits = () =>
  stored("xa-moi", "units", {
    type: "FeatureCollection",
    features: [square("03733", "Xã Chiềng La", 103.66)],
  });

const codes = (layers: Layers, kind: "hamlets" | "units") =>
  layers[kind].features.map((feature) => feature.properties.code);

describe("mergeImported", () => {
  it("returns the geodata untouched when nothing was imported", () => {
    const base = baseLayers();
    expect(mergeImported(base, [], "add")).toBe(base);
    expect(mergeImported(base, [], "replace-sample")).toBe(base);
  });

  it('"add" appends imported features after the geodata and joins them to units', () => {
    const base = baseLayers();
    const merged = mergeImported(base, [importedHamlets()], "add");
    expect(codes(merged, "hamlets")).toEqual(["03730-01", "03730-02", "NEW-1", "NEW-2"]);
    const [, , byLocation, byCode] = merged.hamlets.features;
    expect(byLocation?.properties).toMatchObject({ unitCode: "03730", joinedBy: "location" });
    expect(byCode?.properties).toMatchObject({ unitCode: "03730", joinedBy: "code" });
    // geodata features keep how they were first joined, and their identity
    expect(merged.hamlets.features[0]).toBe(base.hamlets.features[0]);
    expect(merged.units).toEqual(base.units);
  });

  it('"replace-sample" replaces every kind: no sample incident is counted against real hamlets', () => {
    const merged = mergeImported(baseLayers(), [importedHamlets()], "replace-sample");
    expect(codes(merged, "hamlets")).toEqual(["NEW-1", "NEW-2"]);
    expect(codes(merged, "units")).toEqual([]);
    expect(merged.incidents.features).toEqual([]);
    const withUnits = mergeImported(baseLayers(), [importedUnits(), importedHamlets()], "replace-sample");
    expect(codes(withUnits, "units")).toEqual(["03733"]);
    expect(withUnits.incidents.features).toEqual([]);
  });

  it("joins the geodata again to imported units", () => {
    const base = baseLayers();
    const added = mergeImported(base, [importedUnits()], "add");
    expect(codes(added, "units")).toEqual(["03730", "03733"]);
    expect(added.hamlets.features[0]).toBe(base.hamlets.features[0]);
  });

  it("concatenates several imported layers of one kind in the order given", () => {
    const second = stored("ban-them", "hamlets", {
      type: "FeatureCollection",
      features: [hamlet("NEW-3", 103.64)],
    });
    const merged = mergeImported(baseLayers(), [importedHamlets(), second], "replace-sample");
    expect(codes(merged, "hamlets")).toEqual(["NEW-1", "NEW-2", "NEW-3"]);
  });

  it("leaves its inputs untouched", () => {
    const base = baseLayers();
    const layer = importedHamlets();
    const before = JSON.stringify({ base, layer });
    mergeImported(base, [layer], "add");
    expect(JSON.stringify({ base, layer })).toBe(before);
  });
});
