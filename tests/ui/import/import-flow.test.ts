import { describe, expect, it } from "vitest";
import type { ImportResult, UnitMatchReport } from "../../../src/data/import/import-types";
import {
  chooseHeaderRow,
  choosePeriod,
  chooseProvince,
  chooseSheet,
  chooseUnit,
  doubtfulUnits,
  headerInDoubt,
  NO_SOURCE_CHOICES,
  requestChoices,
} from "../../../src/ui/import/import-flow";

const match = (nameInFile: string, status: UnitMatchReport["status"]): UnitMatchReport => ({
  featureIndex: 0,
  nameInFile,
  status,
  code: status === "exact" ? "03730" : "x-abc",
  name: nameInFile,
  candidates: [],
  ambiguous: false,
});

function result(overrides: Partial<ImportResult> = {}, headerRow: number | null = null): ImportResult {
  return {
    detection: {
      format: "xlsx",
      encoding: "UTF-8",
      crs: "EPSG:4326",
      kind: "units",
      kindProposed: true,
      fields: {},
      columns: [],
      headerRow,
    },
    counts: { read: 0, accepted: 0, rejected: 0, repaired: {} },
    messages: [],
    collection: { type: "FeatureCollection", features: [] },
    rejected: { type: "FeatureCollection", features: [] },
    ...overrides,
  };
}

describe("the review's source choices", () => {
  it("records an accepted unit by the file's spelling, and forgets it when kept unknown", () => {
    const chosen = chooseUnit(NO_SOURCE_CHOICES, "ThônMòn", "03769");
    expect(chosen.unitChoices).toEqual({ ThônMòn: "03769" });
    expect(chooseUnit(chosen, "ThônMòn", "03769")).toBe(chosen);
    expect(chooseUnit(chosen, "ThônMòn", null).unitChoices).toEqual({});
    expect(NO_SOURCE_CHOICES.unitChoices).toEqual({});
    // names are data: one spelt like a property of every object is a name like the others
    const odd = chooseUnit(NO_SOURCE_CHOICES, "constructor", null);
    expect(odd).toBe(NO_SOURCE_CHOICES);
    expect(Object.entries(chooseUnit(odd, "__proto__", "03757").unitChoices)).toEqual([
      ["__proto__", "03757"],
    ]);
  });

  it("forgets the answers about units when the sheet, province or period changes", () => {
    const chosen = chooseUnit({ ...NO_SOURCE_CHOICES, headerRow: 3 }, "NongLay", "03754");
    expect(chooseSheet(chosen, "Xã")).toEqual({ ...NO_SOURCE_CHOICES, sheet: "Xã" });
    expect(chooseProvince(chosen, "Tỉnh Sơn La").unitChoices).toEqual({});
    expect(choosePeriod(chosen, "from-2025-07-01").unitChoices).toEqual({});
    expect(chooseProvince(chosen, null)).toBe(chosen);
  });

  it("takes a header row from 1, anything else lets the engine find it", () => {
    expect(chooseHeaderRow(NO_SOURCE_CHOICES, 4).headerRow).toBe(4);
    expect(chooseHeaderRow({ ...NO_SOURCE_CHOICES, headerRow: 4 }, 0).headerRow).toBeNull();
    expect(chooseHeaderRow(NO_SOURCE_CHOICES, 2.5).headerRow).toBeNull();
  });

  it("lists only the units not found for sure", () => {
    const matches = [
      match("ChiềngPha", "exact"),
      match("ThônMòn", "suggested"),
      match("BảnMới", "unknown"),
      match("NongLay", "chosen"),
    ];
    expect(doubtfulUnits(result({ unitMatches: matches })).map((m) => m.nameInFile)).toEqual([
      "ThônMòn",
      "BảnMới",
    ]);
    expect(doubtfulUnits(result())).toEqual([]);
  });

  it("offers the header row when titles were skipped", () => {
    expect(headerInDoubt(result({}, 3))).toBe(true);
    expect(headerInDoubt(result({}, 1))).toBe(false);
    expect(headerInDoubt(result({}, null))).toBe(false);
  });

  it("puts every choice in the request, and no empty answers", () => {
    const source = chooseUnit(
      { ...NO_SOURCE_CHOICES, sheet: "Xã", province: "Tỉnh Sơn La" },
      "ThônMòn",
      "03769",
    );
    expect(requestChoices(null, { kind: "units", crs: null, fields: { name: "NAME_3" } }, source)).toEqual({
      kind: "units",
      crs: null,
      fields: { name: "NAME_3" },
      sheet: "Xã",
      headerRow: null,
      province: "Tỉnh Sơn La",
      adminPeriod: null,
      unitChoices: { ThônMòn: "03769" },
    });
    expect(requestChoices("hamlets", null, NO_SOURCE_CHOICES)).toMatchObject({
      kind: "hamlets",
      unitChoices: null,
    });
  });
});
