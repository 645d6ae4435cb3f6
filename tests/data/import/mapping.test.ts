import { describe, expect, it } from "vitest";
import { proposeFields, proposeKind } from "../../../src/data/import";

const point = { type: "Feature", geometry: { type: "Point", coordinates: [103.6, 21.5] }, properties: {} };
const area = { type: "Feature", geometry: { type: "Polygon", coordinates: [] }, properties: {} };
const table = { type: "Feature", geometry: null, properties: {} };

describe("proposeKind", () => {
  it("reads the kind from geometry and columns", () => {
    expect(proposeKind([area, area], ["NAME_3", "GID_3", "Dan_So"]).kind).toBe("units");
    expect(proposeKind([area], ["TEN_BAN", "so_ho"]).kind).toBe("hamlets");
    expect(proposeKind([point], ["ngay", "loai", "ma_xa"]).kind).toBe("incidents");
    expect(proposeKind([point], ["ten", "loai_diem"]).kind).toBe("sites");
    expect(proposeKind([point], ["ten", "dan_so"]).kind).toBe("hamlets");
    expect(proposeKind([table, table], ["ma_xa", "nam"]).kind).toBe("activities");
  });
});

describe("proposeFields", () => {
  it("maps common column names, folded (case, diacritics, underscores)", () => {
    expect(proposeFields("hamlets", ["TEN_BAN", "Mã bản", "Dân số", "SO_HO", "MA_XA"])).toEqual({
      name: "TEN_BAN",
      code: "Mã bản",
      population: "Dân số",
      households: "SO_HO",
      unitCode: "MA_XA",
    });
    expect(proposeFields("incidents", ["ngay", "loai", "id"])).toEqual({
      id: "id",
      date: "ngay",
      category: "loai",
    });
    expect(proposeFields("activities", ["MA_XA", "Nam", "so_buoi"])).toMatchObject({
      unitCode: "MA_XA",
      year: "Nam",
      outreachSessions: "so_buoi",
    });
  });

  it("maps a column already named like ours to itself, and never one column twice", () => {
    const fields = proposeFields("sites", ["name", "loai", "type"]);
    expect(fields.name).toBe("name");
    expect(fields.siteType).toBe("loai");
  });

  it("passes over a GADM GID_3 for the unit code when the values are not codes", () => {
    const rows = [{ GID_3: "VNM.52.10.3_1", MA_XA: "03730" }];
    expect(proposeFields("units", ["GID_3", "NAME_3"], rows).code).toBeUndefined();
    expect(proposeFields("units", ["MA_XA", "GID_3", "NAME_3"], rows)).toMatchObject({
      code: "MA_XA",
      name: "NAME_3",
    });
  });
});
