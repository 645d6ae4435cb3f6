import { describe, expect, it } from "vitest";
import { importFile, parseCrs, suggestZones, VN2000_PROVINCES } from "../../../src/data/import";
import { metresBetween, wgs84ToVn2000Tm3 } from "./vn2000-reference";

const encode = (text: string) => new TextEncoder().encode(text);

describe("parseCrs", () => {
  it("reads EPSG codes, URNs, the VN2000 short form, proj4 and WKT", () => {
    expect(parseCrs("EPSG:4326")?.proj4).toBeNull();
    expect(parseCrs("urn:ogc:def:crs:OGC:1.3:CRS84")?.proj4).toBeNull();
    expect(parseCrs("4326")?.units).toBe("degrees");
    expect(parseCrs("EPSG:9206")?.label).toBe("VN-2000 / TM-3 104°00' (EPSG:9206)");
    expect(parseCrs("EPSG:9208")?.label).toContain("104°45'");
    expect(parseCrs("EPSG:3405")?.proj4).toContain("+zone=48");
    expect(parseCrs("EPSG:4756")?.units).toBe("degrees");
    expect(parseCrs("VN2000:104")?.label).toBe("VN-2000 / TM-3 104°00'");
    expect(parseCrs("VN2000:104.75")?.label).toBe("VN-2000 / TM-3 104°45'");
    expect(parseCrs("vn-2000: 103.5")?.label).toBe("VN-2000 / TM-3 103°30'");
    expect(parseCrs("VN2000:104°45'")?.proj4).toContain("+lon_0=104.75");
    expect(parseCrs("+proj=utm +zone=48 +datum=WGS84 +units=m")?.units).toBe("metres");
    expect(parseCrs("nonsense")).toBeNull();
    expect(parseCrs("EPSG:99999")).toBeNull();
    expect(parseCrs("VN2000:55")).toBeNull();
  });

  it("adds the official datum shift to an ESRI VN-2000 .prj that lacks it", () => {
    const esri =
      'PROJCS["VN_2000_KT_104",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",104.0],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    const crs = parseCrs(esri);
    expect(crs?.shiftAdded).toBe(true);
    expect(crs?.label).toBe("VN-2000 / TM-3 104°00'");
    expect(crs?.proj4).toContain("+towgs84=-191.90441429");
  });

  it("lists provinces with their central meridians, Sơn La on 104°00'", () => {
    expect(VN2000_PROVINCES.find((province) => province.name === "Sơn La")?.meridian).toBe(104);
    expect(VN2000_PROVINCES.length).toBe(63);
    expect(new Set(VN2000_PROVINCES.map((province) => province.name)).size).toBe(63);
  });

  it("suggests Sơn La's zone first for metres from Thuận Châu", () => {
    const [x, y] = wgs84ToVn2000Tm3(103.645, 21.512, 104);
    expect(suggestZones([x, y])[0]?.crs).toBe("VN2000:104");
    expect(suggestZones([5, 5])).toEqual([]);
  });
});

// Reference points computed by an independently written VN-2000 forward transformation (see
// vn2000-reference.ts), from unit centres across Thuận Châu, then read back through the engine.
describe("VN-2000 positions", () => {
  const truth = [
    [103.645, 21.512],
    [103.691, 21.438],
    [103.33, 21.2],
    [103.99, 21.63],
    [104.4, 22.1],
  ] as const;

  it.each([104, 104.75])("come out within 2 m of the truth (central meridian %s)", async (meridian) => {
    const features = truth.map(([lon, lat], index) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: wgs84ToVn2000Tm3(lon, lat, meridian) },
      properties: { code: `H-${index}`, name: `Bản ${index}` },
    }));
    const bytes = encode(JSON.stringify({ type: "FeatureCollection", features }));
    const result = await importFile({
      fileName: "h.geojson",
      bytes,
      kind: "hamlets",
      crs: `VN2000:${meridian}`,
      fields: null,
    });
    expect(result.counts.accepted).toBe(truth.length);
    expect(result.counts.repaired.reprojected).toBe(truth.length);
    result.collection.features.forEach((feature, index) => {
      const position = (feature.geometry as GeoJSON.Point).coordinates;
      expect(metresBetween(position, truth[index] as readonly number[])).toBeLessThan(2);
    });
  });

  it("would be about 200 m off without the datum shift, which is why it is never left out", async () => {
    const [x, y] = wgs84ToVn2000Tm3(103.645, 21.512, 104);
    const feature = {
      type: "Feature",
      geometry: { type: "Point", coordinates: [x, y] },
      properties: { code: "H-1", name: "Bản" },
    };
    const bytes = encode(JSON.stringify({ type: "FeatureCollection", features: [feature] }));
    const noShift =
      "+proj=tmerc +lat_0=0 +lon_0=104 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs";
    const result = await importFile({
      fileName: "p.geojson",
      bytes,
      kind: "hamlets",
      crs: noShift,
      fields: null,
    });
    const geometry = result.collection.features[0]?.geometry as GeoJSON.Point | undefined;
    expect(metresBetween(geometry?.coordinates ?? [0, 0], [103.645, 21.512])).toBeGreaterThan(100);
  });
});
