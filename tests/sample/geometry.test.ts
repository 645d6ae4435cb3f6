import { area, booleanPointInPolygon, featureCollection, intersect, polygon } from "@turf/turf";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSample, type Sample } from "../../src/sample/generate";
import { signedArea } from "../../src/sample/planar";
import { toLongitudeLatitude } from "../../src/sample/projection";
import { EXPECTED_UNITS, ringsOf, seedFor } from "./sample-helpers";

let sample: Sample;
beforeAll(() => {
  sample = generateSample();
});

describe("sample units", () => {
  it("are the 29 units of domain.md with their codes, names and raw-file properties", () => {
    expect(sample.units.map((unit) => [unit.properties.code, unit.properties.name])).toEqual(EXPECTED_UNITS);
    for (const unit of sample.units) {
      expect(unit.properties.name).toBe(unit.properties.name.normalize("NFC"));
      expect(unit.properties.unitType).toBe(unit.properties.code === "03721" ? "town" : "commune");
      expect(unit.properties.district).toBe("Huyện Thuận Châu");
      expect(unit.properties.province).toBe("Tỉnh Sơn La");
      expect(unit.properties.approximate).toBe(true);
      expect(unit.properties).not.toHaveProperty("joinedBy");
    }
  });

  it("have areas within 25% of the listed ones, and areaKm2 is the real area", () => {
    for (const unit of sample.units) {
      const listed = seedFor(unit.properties.code).targetAreaKm2;
      const real = area(unit) / 1e6;
      expect(Math.abs(real - listed) / listed, unit.properties.name).toBeLessThan(0.25);
      expect(unit.properties.areaKm2).toBeCloseTo(real, 1);
    }
  });

  it("hold their listed centre", () => {
    for (const unit of sample.units) {
      const seed = seedFor(unit.properties.code);
      expect(booleanPointInPolygon([seed.longitude, seed.latitude], unit), unit.properties.name).toBe(true);
    }
  });

  it("tile the outline: no gaps and no overlaps", () => {
    const outline = polygon([[...sample.outline, sample.outline[0] ?? [0, 0]].map(toLongitudeLatitude)]);
    const outlineArea = area(outline);
    const totalArea = sample.units.reduce((sum, unit) => sum + area(unit), 0);
    expect(Math.abs(totalArea - outlineArea) / outlineArea).toBeLessThan(0.001);
    let overlap = 0;
    for (let i = 0; i < sample.units.length; i++) {
      for (let j = i + 1; j < sample.units.length; j++) {
        const shared = intersect(featureCollection([sample.units[i], sample.units[j]] as never));
        if (shared) overlap += area(shared);
      }
    }
    // Square metres over the whole district: only rounding slivers may remain.
    expect(overlap).toBeLessThan(1000);
  });

  it("write closed rings, counter-clockwise outside, six decimals, no repeated vertices", () => {
    for (const unit of sample.units) {
      const parts =
        unit.geometry.type === "Polygon" ? [unit.geometry.coordinates] : unit.geometry.coordinates;
      for (const rings of parts) {
        rings.forEach((ring, index) => {
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          const planarArea = signedArea(ring.slice(0, -1).map(([x = 0, y = 0]) => [x, y]));
          expect(planarArea > 0, `${unit.properties.name} ring ${index}`).toBe(index === 0);
          for (let vertex = 1; vertex < ring.length; vertex++) {
            expect(ring[vertex]).not.toEqual(ring[vertex - 1]);
          }
        });
      }
      for (const ring of ringsOf(unit)) {
        for (const coordinate of ring.flat()) expect(Math.round(coordinate * 1e6) / 1e6).toBe(coordinate);
      }
    }
  });

  it("give the town a real polygon of about 1 km²", () => {
    const town = sample.units.find((unit) => unit.properties.code === "03721");
    expect(town?.geometry.type).toBe("Polygon");
    expect(area(town as never) / 1e6).toBeGreaterThan(0.8);
    expect(area(town as never) / 1e6).toBeLessThan(1.2);
  });
});
