import type { Kind } from "../domain/types";
import { generateActivities } from "./activities";
import { isoDate } from "./dates";
import { generateDistrictGeometry } from "./district-geometry";
import { UNIT_SEEDS } from "./district-table";
import { generateHamlets, type Hamlet } from "./hamlets";
import { generateIncidents } from "./incidents";
import { assignModelStatus, type ModelUnit } from "./model-status";
import type { Ring } from "./planar";
import { createRandom } from "./random";
import type { RawActivity, RawHamlet, RawIncident, RawSite, RawUnit } from "./raw-types";
import { collection, FILE_NAMES, sampleManifest, serialiseCollection, serialiseManifest } from "./serialise";
import { generateSites } from "./sites";
import { buildUnitFeatures } from "./unit-features";
import { UnitShape } from "./unit-shapes";

// The whole sample district from one seed. Every part draws from its own forked stream, so a
// change in how hamlets are drawn does not reshuffle the boundaries, and so on.

/** 391 hamlets; this seed also gives a district geometry that meets every check in the tests. */
const SAMPLE_SEED = 391;

export interface Sample {
  seed: number;
  /** The district outline in planar kilometres (see projection.ts), for gap checks. */
  outline: Ring;
  units: RawUnit[];
  hamlets: RawHamlet[];
  sites: RawSite[];
  incidents: RawIncident[];
  activities: RawActivity[];
  models: ModelUnit[];
  /** File name under geodata/ → exact text to write. */
  files: Map<string, string>;
}

function hamletFeature(hamlet: Hamlet): RawHamlet {
  return {
    type: "Feature",
    properties: {
      code: hamlet.code,
      name: hamlet.name,
      unitCode: hamlet.unitCode,
      unitName: hamlet.unitName,
      population: hamlet.population,
      households: hamlet.households,
      securityTeam: true,
      mediationTeam: true,
      fireTeam: true,
      groups: hamlet.groups,
      modelStatus: hamlet.modelStatus,
      modelSince: hamlet.modelSinceDay === null ? null : isoDate(hamlet.modelSinceDay),
    },
    geometry: { type: "Point", coordinates: hamlet.position },
  };
}

export function generateSample(seed = SAMPLE_SEED): Sample {
  const random = createRandom(seed);
  const geometry = generateDistrictGeometry(UNIT_SEEDS, random.fork("geometry"));
  const units = buildUnitFeatures(geometry);
  const shapes = units.map((unit) => new UnitShape(unit));
  const hamletRecords = generateHamlets(shapes, random.fork("hamlets"));
  const models = assignModelStatus(hamletRecords, random.fork("models"));
  const hamlets = hamletRecords.map(hamletFeature);
  const sites = generateSites(models, shapes, random.fork("sites"));
  const incidents = generateIncidents(hamletRecords, random.fork("incidents"));
  const activities = generateActivities(shapes, hamletRecords, random.fork("activities"));

  const collections: Record<Kind, string> = {
    units: serialiseCollection(collection(units, seed)),
    hamlets: serialiseCollection(collection(hamlets, seed)),
    sites: serialiseCollection(collection(sites, seed)),
    incidents: serialiseCollection(collection(incidents, seed)),
    activities: serialiseCollection(collection(activities, seed)),
  };
  const files = new Map<string, string>([["manifest.json", serialiseManifest(sampleManifest())]]);
  for (const [kind, text] of Object.entries(collections) as [Kind, string][])
    files.set(FILE_NAMES[kind], text);
  return { seed, outline: geometry.outline, units, hamlets, sites, incidents, activities, models, files };
}
