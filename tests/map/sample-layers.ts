// A tiny, hand-made dataset for the map tests: two communes (one of them a town, one with a
// concave outline), a few hamlets, both kinds of site and some incidents.
import type { Layers, UnitCode } from "../../src/domain/types";

const chiengPha = "03730" as UnitCode;
const town = "03721" as UnitCode;

export function sampleLayers(): Layers {
  return {
    units: {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: {
            type: "Polygon",
            // A "C" shape whose centroid falls outside it, to exercise the label-point fallback.
            coordinates: [
              [
                [103.6, 21.48],
                [103.7, 21.48],
                [103.7, 21.5],
                [103.62, 21.5],
                [103.62, 21.53],
                [103.7, 21.53],
                [103.7, 21.55],
                [103.6, 21.55],
                [103.6, 21.48],
              ],
            ],
          },
          properties: {
            code: chiengPha,
            name: "Xã Chiềng Pha",
            unitType: "commune",
            district: "Thuận Châu",
            province: "Sơn La",
            areaKm2: 26,
            approximate: true,
          },
        },
        {
          type: "Feature",
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [103.68, 21.43],
                [103.7, 21.43],
                [103.7, 21.445],
                [103.68, 21.445],
                [103.68, 21.43],
              ],
            ],
          },
          properties: {
            code: town,
            name: "Thị trấn Thuận Châu",
            unitType: "town",
            district: "Thuận Châu",
            province: "Sơn La",
            areaKm2: 1,
            approximate: true,
          },
        },
      ],
    },
    hamlets: {
      type: "FeatureCollection",
      features: (["model-point", "replicated", "planned", "none"] as const).map((modelStatus, index) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.61 + index * 0.01, 21.485] },
        properties: {
          code: `03730-0${index + 1}` as Layers["hamlets"]["features"][number]["properties"]["code"],
          name: ["Bản Heo Trại", "Bản Nà Lò", "Bản Phiêng Pấc", "Bản Củ"][index] ?? "Bản",
          unitCode: chiengPha,
          joinedBy: "code",
          population: 400,
          households: 90,
          securityTeam: true,
          mediationTeam: true,
          fireTeam: true,
          groups: 7,
          modelStatus,
          modelSince: null,
        },
      })),
    },
    sites: {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [103.61, 21.485] },
          properties: {
            code: "S1",
            name: "Mô hình Bản Heo Trại",
            siteType: "model",
            unitCode: chiengPha,
            joinedBy: "code",
            hamletCode: null,
            since: null,
          },
        },
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [103.65, 21.49] },
          properties: {
            code: "P1",
            name: "Công an xã Chiềng Pha",
            siteType: "police-post",
            unitCode: chiengPha,
            joinedBy: "code",
            hamletCode: null,
            since: null,
          },
        },
      ],
    },
    incidents: {
      type: "FeatureCollection",
      features: [1, 2, 3].map((number) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [103.65 + number * 0.002, 21.49] },
        properties: {
          id: `I${number}`,
          date: "2023-05-01" as Layers["incidents"]["features"][number]["properties"]["date"],
          category: "theft",
          unitCode: chiengPha,
          joinedBy: "location",
        },
      })),
    },
    activities: { type: "FeatureCollection", features: [] },
  };
}
