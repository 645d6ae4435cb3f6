// The coverage computation with its index kept between calls: the dataset is loaded once, then
// every window or radius change only sends options. The worker exposes exactly this object, and
// the main thread uses it directly where there are no workers (tests, the command line).
import type { IsoDate, Layers } from "../types";
import { isoDateFromDay } from "./calendar";
import { computeCoverage } from "./compute-coverage";
import { buildCoverageIndex, type CoverageIndex } from "./coverage-index";
import type { Coverage, CoverageOptions } from "./coverage-types";
import type { IncidentColumns } from "./incident-columns";

export interface CoverageLoadSummary {
  units: number;
  hamlets: number;
  incidents: number;
  outsideIncidents: number;
  /** First and last dates of the data (incidents first), or null without any dated record. */
  dataFrom: IsoDate | null;
  dataTo: IsoDate | null;
}

export interface CoverageSession {
  /** Builds the index; replaces any earlier dataset. `incidents` stands for the layer's features. */
  load(layers: Layers, incidents?: IncidentColumns): CoverageLoadSummary;
  /** Throws when nothing was loaded yet or the options are invalid. */
  compute(options: CoverageOptions): Coverage;
}

export function createCoverageSession(): CoverageSession {
  let index: CoverageIndex | null = null;
  return {
    load(layers, incidents) {
      index = buildCoverageIndex(layers, incidents);
      const days = index.dataDays;
      return {
        units: index.units.length,
        hamlets: index.hamlets.length,
        incidents: index.incidents.count,
        outsideIncidents: index.outside.length,
        dataFrom: days ? isoDateFromDay(days.first) : null,
        dataTo: days ? isoDateFromDay(days.last) : null,
      };
    },
    compute(options) {
      if (index === null) throw new Error("coverage: load a dataset before computing");
      return computeCoverage(index, options);
    },
  };
}
