// The coverage computation on a generated province (200 units, 3,000 hamlets, 100,000 incidents)
// against the plain @turf/turf way of getting the same figures, in the same run: every incident
// tested against every unit with booleanPointInPolygon, its hamlet found by scanning the unit's
// hamlets, each hamlet's nearest model site by scanning all sites. A second entry times a window
// change on an index already built, against the full computation. Times are CPU time (see timed).
import { booleanPointInPolygon, distance } from "@turf/turf";
import type { Position } from "geojson";
import { buildCoverageIndex, type Coverage, computeCoverage } from "../../src/domain/coverage";
import type { CoverageOptions } from "../../src/domain/coverage/coverage-types";
import type { IsoDate, Layers } from "../../src/domain/types";
import { isCovered } from "../../src/domain/unit-summary";
import { generateProvince } from "../../src/sample/province";
import { alternate, type Benchmark, median, rounds, summarise } from "./harness";

const ROUNDS = 5;
const CPU_METHOD =
  "CPU time of this Node process (user + system) for one call, wall time printed beside; both " +
  "sides give the same figures (checked); AB/BA rounds after warm-up";
const FULL_WINDOW: CoverageOptions = {
  from: "2019-01-01" as IsoDate,
  to: "2022-12-31" as IsoDate,
  radiusKm: 5,
};
const OTHER_WINDOW: CoverageOptions = {
  from: "2021-04-01" as IsoDate,
  to: "2021-09-30" as IsoDate,
  radiusKm: 5,
};

let province: Layers | undefined;
function sharedProvince(): Layers {
  province ??= generateProvince();
  return province;
}

/**
 * Milliseconds of this process's CPU time. The machines are shared: wall time also counts the
 * time other processes held the CPU, which is no cost of this code. Wall times are kept too and
 * printed beside, for comparison.
 */
const wallTimes = new Map<string, number[]>();
async function timed(label: string, work: () => unknown): Promise<number> {
  const wallStart = performance.now();
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  wallTimes.set(label, [...(wallTimes.get(label) ?? []), performance.now() - wallStart]);
  return (used.user + used.system) / 1000;
}

function wallTimeNote(...labels: string[]): string {
  const medians = labels.map((label) => `${label} ${median(wallTimes.get(label) ?? []).toFixed(1)} ms`);
  return `wall-clock medians: ${medians.join(", ")}`;
}

interface BaselineFigures {
  unitIncidents: number[];
  hamletIncidents: number[];
  populationWithinRadius: number;
  coveredHamlets: number;
}

/** What a careful first version with turf would do; it computes the same figures. */
function turfBaseline(layers: Layers, options: CoverageOptions): BaselineFigures {
  const units = layers.units.features;
  const hamlets = layers.hamlets.features;
  const unitOfHamlet = hamlets.map((hamlet) =>
    units.findIndex((unit) => unit.properties.code === hamlet.properties.unitCode),
  );
  const hamletsOfUnit = units.map((_, slot) =>
    hamlets.flatMap((_, index) => (unitOfHamlet[index] === slot ? [index] : [])),
  );
  const unitIncidents = units.map(() => 0);
  const hamletIncidents = hamlets.map(() => 0);
  const from = options.from ?? "0000-00-00";
  const to = options.to ?? "9999-99-99";
  for (const incident of layers.incidents.features) {
    if (incident.properties.date < from || incident.properties.date > to) continue;
    const point = incident.geometry.coordinates;
    const slot = units.findIndex((unit) => booleanPointInPolygon(point, unit));
    if (slot < 0) continue;
    unitIncidents[slot] = (unitIncidents[slot] as number) + 1;
    let nearest = -1;
    let nearestKm = Infinity;
    for (const index of hamletsOfUnit[slot] as number[]) {
      const km = distance(point, (hamlets[index] as (typeof hamlets)[number]).geometry.coordinates);
      if (km < nearestKm) {
        nearest = index;
        nearestKm = km;
      }
    }
    if (nearest >= 0) hamletIncidents[nearest] = (hamletIncidents[nearest] as number) + 1;
  }
  const models = layers.sites.features.filter(
    (site) => site.properties.siteType === "model" && (site.properties.since ?? "") <= to,
  );
  let populationWithinRadius = 0;
  let coveredHamlets = 0;
  for (const hamlet of hamlets) {
    const nearestKm = Math.min(
      ...models.map((site) => distance(hamlet.geometry.coordinates, site.geometry.coordinates as Position)),
    );
    if (nearestKm <= options.radiusKm) populationWithinRadius += hamlet.properties.population;
    const since = hamlet.properties.modelSince;
    if (isCovered(hamlet.properties.modelStatus) && (since === null || since <= to)) coveredHamlets += 1;
  }
  return { unitIncidents, hamletIncidents, populationWithinRadius, coveredHamlets };
}

/** The benchmark is only worth its ratio if both sides found the same answer. */
function compare(coverage: Coverage, baseline: BaselineFigures, layers: Layers) {
  const byCode = new Map(coverage.units.map((unit) => [unit.code, unit.incidents]));
  const unitMismatches = layers.units.features.filter(
    (unit, slot) => byCode.get(unit.properties.code) !== baseline.unitIncidents[slot],
  ).length;
  const hamletMismatches = coverage.hamlets.filter(
    (hamlet, index) => hamlet.incidents !== baseline.hamletIncidents[index],
  ).length;
  console.log(
    `  check: ${unitMismatches} unit and ${hamletMismatches} hamlet incident counts differ from turf; ` +
      `population within radius ${coverage.totals.populationWithinRadius} vs ${baseline.populationWithinRadius}; ` +
      `covered ${coverage.totals.coveredHamlets} vs ${baseline.coveredHamlets}; ` +
      `${coverage.outsideIncidents.length} incidents outside every unit`,
  );
  if (unitMismatches > 0 || coverage.totals.coveredHamlets !== baseline.coveredHamlets) {
    throw new Error("coverage and the turf baseline disagree");
  }
}

export const coverageBenchmark: Benchmark = {
  name: "coverage: full computation (100k incidents)",
  async run() {
    const layers = sharedProvince();
    const candidate = () => computeCoverage(buildCoverageIndex(layers), FULL_WINDOW);
    compare(candidate(), turfBaseline(layers, FULL_WINDOW), layers);
    // Two more warm-up runs, so the timed ones run compiled code.
    candidate();
    candidate();
    const samples = await alternate(
      rounds(ROUNDS),
      () => timed("coverage", candidate),
      () => timed("turf", () => turfBaseline(layers, FULL_WINDOW)),
    );
    return {
      ...summarise("coverage: full computation (100k incidents)", "@turf/turf scan", 0.05, samples),
      absoluteTargetMs: 100,
      candidateName: "coverage index built and computed",
      method: CPU_METHOD,
      notes: [wallTimeNote("coverage", "turf")],
    };
  },
};

export const coverageWindowBenchmark: Benchmark = {
  name: "coverage: window change on a built index",
  async run() {
    const layers = sharedProvince();
    const index = buildCoverageIndex(layers);
    const windows = [OTHER_WINDOW, FULL_WINDOW];
    let turn = 0;
    // Warm both paths before timing.
    for (const options of windows) computeCoverage(index, options);
    const samples = await alternate(
      rounds(ROUNDS) * 4,
      () => timed("window change", () => computeCoverage(index, windows[turn++ % 2] as CoverageOptions)),
      () => timed("full", () => computeCoverage(buildCoverageIndex(layers), OTHER_WINDOW)),
    );
    return {
      ...summarise("coverage: window change on a built index", "full computation", 0.3, samples),
      absoluteTargetMs: 30,
      candidateName: "window changed on the built index",
      method: CPU_METHOD,
      notes: [wallTimeNote("window change", "full")],
    };
  },
};
