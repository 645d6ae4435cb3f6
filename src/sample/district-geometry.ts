import { TOWN_UNIT_CODE, type UnitSeed } from "./district-table";
import { generateOutline, OUTLINE_AREA_KM2 } from "./outline";
import { distanceToRing, polygonContains, type Ring, ringContains } from "./planar";
import { fitPowerDiagram, type PowerSite } from "./power-diagram";
import { type PlanarPoint, toPlanar } from "./projection";
import type { Random } from "./random";

// Splits the generated outline among the 28 communes with a power diagram, then cuts the 1 km²
// town out of the commune around it as an enclave. Fitting the town in the power diagram itself
// would need a weight so far below its neighbours' that their cells swallow nearby centres.

/** Listed centres must be at least this far inside their own cells (km). */
const CENTRE_MARGIN_KM = 0.15;
const TOWN_VERTEX_COUNT = 28;

export interface CellPlan {
  seed: UnitSeed;
  /** Convex power cell, to be intersected with the outline; null for the town. */
  convexCell: Ring | null;
  /** Rings that are cut out of the intersection (the town, for its host). */
  holes: Ring[];
  /** For the town: its own ring, lying wholly inside its host. */
  ownRing: Ring | null;
  plannedAreaKm2: number;
}

export interface DistrictGeometry {
  outline: Ring;
  cells: CellPlan[];
}

function townRing(centre: PlanarPoint, areaKm2: number, random: Random): Ring {
  const phases = [2, 3, 5].map((frequency) => ({ frequency, phase: random.between(0, 2 * Math.PI) }));
  const raw: Ring = [];
  for (let step = 0; step < TOWN_VERTEX_COUNT; step++) {
    const angle = (2 * Math.PI * step) / TOWN_VERTEX_COUNT;
    const wobble = phases.reduce(
      (sum, wave) => sum + 0.07 * Math.sin(wave.frequency * angle + wave.phase),
      0,
    );
    raw.push([centre[0] + (1 + wobble) * Math.cos(angle), centre[1] + (1 + wobble) * Math.sin(angle)]);
  }
  // Scale the unit-radius shape about the centre to the listed area.
  let twiceArea = 0;
  for (let index = 0; index < raw.length; index++) {
    const [x1, y1] = raw[index] as PlanarPoint;
    const [x2, y2] = raw[(index + 1) % raw.length] as PlanarPoint;
    twiceArea += (x1 - centre[0]) * (y2 - centre[1]) - (x2 - centre[0]) * (y1 - centre[1]);
  }
  const scale = Math.sqrt(areaKm2 / (twiceArea / 2));
  return raw.map(([x, y]) => [centre[0] + scale * (x - centre[0]), centre[1] + scale * (y - centre[1])]);
}

export function generateDistrictGeometry(seeds: readonly UnitSeed[], random: Random): DistrictGeometry {
  const outline = generateOutline(seeds, random.fork("outline"));
  const town = seeds.find((seed) => seed.code === TOWN_UNIT_CODE);
  if (!town) throw new Error("the district table has no town");
  const communes = seeds.filter((seed) => seed.code !== TOWN_UNIT_CODE);
  const listedCommuneArea = communes.reduce((sum, seed) => sum + seed.targetAreaKm2, 0);
  const areaScale = (OUTLINE_AREA_KM2 - town.targetAreaKm2) / listedCommuneArea;
  const anchors = communes.map((seed) => toPlanar(seed.longitude, seed.latitude));
  const sites: PowerSite[] = communes.map((seed, index) => ({
    centre: anchors[index] as PlanarPoint,
    targetArea: seed.targetAreaKm2 * areaScale,
  }));
  const fitOptions = {
    maximumIterations: 300,
    relativeTolerance: 0.002,
    anchors,
    anchorMargin: CENTRE_MARGIN_KM,
  };
  const firstFit = fitPowerDiagram(sites, outline, fitOptions);

  const townCentre = toPlanar(town.longitude, town.latitude);
  const hostIndex = firstFit.cells.findIndex((cell) => ringContains(cell, townCentre[0], townCentre[1]));
  const host = sites[hostIndex];
  if (!host) throw new Error("the town centre lies in no commune cell");
  // The host gives up the town's area, so it is fitted again with that much more to hold.
  host.targetArea += town.targetAreaKm2;
  const fit = fitPowerDiagram(sites, outline, { ...fitOptions, initialWeights: firstFit.weights });

  const townShape = townRing(townCentre, town.targetAreaKm2, random.fork("town"));
  const hostCell = fit.cells[hostIndex] as Ring;
  const townFits = townShape.every(
    (point) => ringContains(hostCell, point[0], point[1]) && distanceToRing(point, hostCell) > 0.05,
  );
  if (!townFits || !polygonContains([outline], townCentre[0], townCentre[1])) {
    throw new Error("the town does not fit inside one commune cell; try another seed");
  }

  const cells: CellPlan[] = communes.map((seed, index) => ({
    seed,
    convexCell: fit.cells[index] as Ring,
    holes: index === hostIndex ? [townShape] : [],
    ownRing: null,
    plannedAreaKm2: fit.areas[index] ?? 0,
  }));
  cells.push({
    seed: town,
    convexCell: null,
    holes: [],
    ownRing: townShape,
    plannedAreaKm2: town.targetAreaKm2,
  });
  // Keep the table's order (by code) in the output.
  cells.sort((first, second) => seeds.indexOf(first.seed) - seeds.indexOf(second.seed));
  return { outline, cells };
}
