import { describe, expect, it } from "vitest";
import type { Layers } from "../../src/domain/types";
import type { LabelPoints } from "../../src/map/geometry";
import { provinceLabelPoints } from "../../src/map/province-labels";
import { sampleLayers } from "./sample-layers";

type Unit = Layers["units"]["features"][number];
const template = sampleLayers().units.features[0] as Unit;
const unit = (code: string, province: string | null): Unit => ({
  ...template,
  properties: { ...template.properties, code: code as Unit["properties"]["code"], province },
});
const labels = (points: [number, number][]): LabelPoints => ({
  type: "FeatureCollection",
  features: points.map((coordinates, index) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates },
    properties: { code: String(index), labelVi: "", labelEn: "", rank: index },
  })),
});

describe("province names for the country's map", () => {
  it("puts each name on the province's commune label nearest their mean: inside a C-shaped province too", () => {
    const units = {
      type: "FeatureCollection" as const,
      features: [
        unit("1", "Tỉnh Sơn La"),
        unit("2", "Tỉnh Sơn La"),
        unit("3", "Tỉnh Sơn La"),
        unit("4", "Tỉnh Lai Châu".normalize("NFD")),
        unit("5", null),
      ],
    };
    // Sơn La's three communes bend around an empty middle (mean 103.0, 21.33, where none lies).
    const points = labels([
      [102.0, 21.0],
      [103.0, 22.0],
      [104.0, 21.0],
      [103.3, 22.4],
      [100, 10],
    ]);
    const provinces = provinceLabelPoints(units, points);
    expect(provinces.features.map((feature) => feature.properties)).toEqual([
      { province: "Tỉnh Sơn La", labelVi: "Tỉnh Sơn La", labelEn: "Tỉnh Sơn La", communes: 3 },
      // written decomposed in the data, drawn composed
      {
        province: "Tỉnh Lai Châu".normalize("NFD"),
        labelVi: "Tỉnh Lai Châu",
        labelEn: "Tỉnh Lai Châu",
        communes: 1,
      },
    ]);
    expect(provinces.features[0]?.geometry.coordinates).toEqual([103.0, 22.0]);
    expect(provinces.features[1]?.geometry.coordinates).toEqual([103.3, 22.4]);
  });
});
