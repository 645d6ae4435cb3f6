import type { HamletCode } from "../domain/types";
import { isoDate } from "./dates";
import { lowerCasePrefix, UNIT_SEEDS } from "./district-table";
import type { ModelUnit } from "./model-status";
import { type PlanarPoint, toPlanar } from "./projection";
import type { Random } from "./random";
import type { RawSite } from "./raw-types";
import { roundedPosition, type UnitShape } from "./unit-shapes";

// Model sites stand at their model-point hamlet; each commune police post stands near the unit's
// listed centre, where the commune offices usually are.

const POST_OFFSET_KM = 0.12;

export function generateSites(
  models: readonly ModelUnit[],
  shapes: readonly UnitShape[],
  random: Random,
): RawSite[] {
  const modelSites: RawSite[] = [...models]
    .sort((first, second) => first.unitCode.localeCompare(second.unitCode))
    .map(({ unitCode, modelHamlet, adoptedDay }) => ({
      type: "Feature",
      properties: {
        code: `MH-${unitCode}`,
        name: `Mô hình điểm ${modelHamlet.name}`.normalize("NFC"),
        siteType: "model",
        unitCode,
        unitName: modelHamlet.unitName,
        hamletCode: modelHamlet.code as HamletCode | null,
        since: isoDate(adoptedDay),
      },
      geometry: { type: "Point", coordinates: modelHamlet.position },
    }));
  const posts: RawSite[] = shapes.map((shape) => {
    const { code: unitCode, name: unitName } = shape.unit.properties;
    const seed = UNIT_SEEDS.find((candidate) => candidate.code === unitCode);
    const centre = seed ? toPlanar(seed.longitude, seed.latitude) : shape.randomPoint(random, 0.2);
    let location: PlanarPoint = centre;
    for (let attempt = 0; attempt < 20; attempt++) {
      const angle = random.between(0, 2 * Math.PI);
      const candidate: PlanarPoint = [
        centre[0] + POST_OFFSET_KM * Math.cos(angle),
        centre[1] + POST_OFFSET_KM * Math.sin(angle),
      ];
      if (shape.holds(candidate, 0.02)) {
        location = candidate;
        break;
      }
    }
    return {
      type: "Feature",
      properties: {
        code: `CA-${unitCode}`,
        name: `Công an ${lowerCasePrefix(unitName)}`.normalize("NFC"),
        siteType: "police-post",
        unitCode,
        unitName,
        hamletCode: null,
        since: null,
      },
      geometry: { type: "Point", coordinates: roundedPosition(location).position },
    };
  });
  return [...modelSites, ...posts];
}
