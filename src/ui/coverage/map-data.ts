// From the coverage figures to what the map draws: a ratio per commune, a status per hamlet as
// of the window's end, and the reach circles. Pure; the map controller applies it.
import { circle } from "@turf/turf";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import type { Coverage } from "../../domain/coverage";
import type { TablesCoverage } from "../../domain/coverage/tables-coverage";
import { dictionary } from "../../domain/records";
import type { IsoDate, Layers } from "../../domain/types";
import type { CoverageMapData } from "../../map/map-state";

type SiteFeature = Layers["sites"]["features"][number];

/** A model site reaches R km once it exists: its `since` on or before the window's end. */
function activeModelSites(sites: readonly SiteFeature[], windowEnd: string): SiteFeature[] {
  return sites.filter(
    (site) => site.properties.siteType === "model" && (site.properties.since ?? "") <= windowEnd,
  );
}

export function coverageMapData(coverage: Coverage, sites: readonly SiteFeature[]): CoverageMapData {
  const unitRatio = dictionary<number | null>();
  for (const unit of coverage.units) {
    unitRatio[unit.code] = unit.hamlets === 0 ? null : unit.coveredHamlets / unit.hamlets;
  }
  const hamletStatus = dictionary<string>();
  for (const hamlet of coverage.hamlets) {
    // A hamlet that adopts the model after the window shows what it was then: not yet covered.
    const adoptedLater =
      (hamlet.status === "model-point" || hamlet.status === "replicated") && !hamlet.covered;
    hamletStatus[hamlet.code] = adoptedLater ? "none" : hamlet.status;
  }
  const reach = reachCircles(
    sites.filter((site) => site.properties.siteType === "model"),
    coverage.options.radiusKm,
  );
  const reachShown = dictionary<boolean>();
  for (const site of activeModelSites(sites, coverage.window.to)) reachShown[site.properties.code] = true;
  const window = { from: coverage.options.from, to: coverage.options.to };
  return { unitRatio, hamletStatus, reach, reachShown, window };
}

const NO_REACH: FeatureCollection = { type: "FeatureCollection", features: [] };
const NO_STATUS = dictionary<string>();
const NO_SITES = dictionary<boolean>();

/** Each commune's share of hamlets covered, as a tile archive's summary tables hold it (today's). */
export function tablesUnitRatio(communes: TablesCoverage["units"]): Record<string, number | null> {
  const unitRatio = dictionary<number | null>();
  for (const unit of communes)
    unitRatio[unit.code] = unit.hamlets === 0 ? null : unit.coveredHamlets / unit.hamlets;
  return unitRatio;
}

/**
 * From a tile archive's summary tables: the communes' colours (the same object whatever the
 * window: the tables keep no history). No hamlet statuses (the archive's hamlets carry their
 * own) and no reach circles: the tables hold no model site's place.
 */
export function tablesMapData(
  unitRatio: Record<string, number | null>,
  window: { from: IsoDate | null; to: IsoDate | null },
): CoverageMapData {
  return {
    unitRatio,
    hamletStatus: NO_STATUS,
    reach: NO_REACH,
    reachShown: NO_SITES,
    window: { from: window.from, to: window.to },
  };
}

let lastReach: { key: string; reach: FeatureCollection } | null = null;

// Every model site's circle, shown or not by feature-state: the same sites and radius give the
// very same object back, so a slider step (which opens or closes sites) sends nothing to tile.
function reachCircles(sites: readonly SiteFeature[], radiusKm: number): FeatureCollection {
  const key = `${radiusKm}|${sites.map((site) => site.properties.code).join(",")}`;
  if (lastReach?.key === key) return lastReach.reach;
  const features: Feature<Polygon>[] = sites.map((site) =>
    circle(site.geometry.coordinates, radiusKm, {
      units: "kilometers",
      steps: 64,
      properties: { code: site.properties.code },
    }),
  );
  const reach: FeatureCollection = { type: "FeatureCollection", features };
  lastReach = { key, reach };
  return reach;
}
