// Province names for a map of the whole country. Over 34 provinces, 3,321 commune names crowd
// each other and say little; a national overview names provinces, communes take over once zoomed
// to a province (layers-tiled.ts). Each name stands on one of the province's own commune label
// points, the one nearest their mean, so it falls inside the province whatever its shape.
import type { FeatureCollection, Point } from "geojson";
import type { Layers } from "../domain/types";
import type { LabelPoints } from "./geometry";

export interface ProvinceLabelProperties {
  /** As the data writes it ("Tỉnh Sơn La"). */
  province: string;
  /** The name as written (NFC): "Tỉnh" and "Thành phố" tell a province from a city; both languages. */
  labelVi: string;
  labelEn: string;
  communes: number;
}

export function provinceLabelPoints(
  units: Layers["units"],
  unitLabels: LabelPoints,
): FeatureCollection<Point, ProvinceLabelProperties> {
  const byProvince = new Map<string, [number, number][]>();
  units.features.forEach((unit, index) => {
    const province = unit.properties.province?.trim();
    const point = unitLabels.features[index]?.geometry.coordinates;
    if (!province || !point) return;
    const points = byProvince.get(province);
    const position: [number, number] = [point[0] ?? 0, point[1] ?? 0];
    if (points) points.push(position);
    else byProvince.set(province, [position]);
  });
  return {
    type: "FeatureCollection",
    features: [...byProvince].map(([province, points]) => {
      const mean = points
        .reduce(([x, y], [px, py]) => [x + px, y + py], [0, 0])
        .map((sum) => sum / points.length) as [number, number];
      const distance = ([x, y]: [number, number]) => (x - mean[0]) ** 2 + (y - mean[1]) ** 2;
      const nearest = points.reduce((best, point) => (distance(point) < distance(best) ? point : best));
      const name = province.normalize("NFC");
      return {
        type: "Feature",
        geometry: { type: "Point", coordinates: nearest },
        properties: { province, labelVi: name, labelEn: name, communes: points.length },
      };
    }),
  };
}
