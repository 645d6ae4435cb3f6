// The incidents the clusters count. A cluster counts what is in its source, so under a time window
// the clustered source holds only the incidents inside it. A slider step changes a twelfth or so
// of them: sending the whole window again (setData) made the page copy 25,000 features for the
// map's worker on every step, and the worker copy them back in; a diff (MapLibre's updateData)
// names the incidents of the month leaving and adds those of the month entering. The worker still
// regroups every cluster, as it must.
import type { FeatureCollection, Point } from "geojson";
import type { IncidentProperties } from "../domain/types";
import { forMap } from "./for-map";
import { ALL_MONTHS, incidentsWithMonth } from "./layers-coverage";
import type { IncidentDisplay } from "./map-state";

type IncidentCollection = FeatureCollection<Point, IncidentProperties>;
type MonthlyIncidents = FeatureCollection<Point, IncidentProperties & { month: number }>;
type Keep = (month: number, category: string) => boolean;

function inWindow(display: IncidentDisplay): Keep {
  return (month, category) =>
    month >= (display.fromMonth ?? ALL_MONTHS.from) &&
    month <= (display.toMonth ?? ALL_MONTHS.to) &&
    display.categories.includes(category);
}

/** Which incidents a collection sent to the clusters holds: a window over all of them. */
interface Provenance {
  all: MonthlyIncidents;
  keep: Keep;
}

const provenance = new WeakMap<MonthlyIncidents, Provenance>();
const uniqueIds = new WeakMap<MonthlyIncidents, boolean>();
let lastFiltered: { all: MonthlyIncidents; key: string; result: MonthlyIncidents } | null = null;

/**
 * The incidents the clustered source gets: those inside the window and categories while the
 * clusters show, all of them otherwise (hidden clusters need not follow the window: filtering
 * them would re-tile for nothing). Ready for the map's worker (forMap); memoised on the last call.
 */
export function incidentsForClusters(
  incidents: IncidentCollection,
  display: IncidentDisplay,
): MonthlyIncidents {
  const all = forMap(incidentsWithMonth(incidents));
  if (!provenance.has(all)) provenance.set(all, { all, keep: () => true });
  if (display.style !== "clusters") return all;
  const key = `${display.fromMonth}|${display.toMonth}|${display.categories.join(",")}`;
  if (lastFiltered?.all === all && lastFiltered.key === key) return lastFiltered.result;
  const keep = inWindow(display);
  const everything = display.fromMonth === null && display.toMonth === null && display.categories.length >= 8;
  const result = everything
    ? all
    : {
        ...all,
        features: all.features.filter((feature) =>
          keep(feature.properties.month, feature.properties.category),
        ),
      };
  if (result !== all) provenance.set(result, { all, keep });
  lastFiltered = { all, key, result };
  return result;
}

/** What MapLibre's `updateData` takes: ids (its `promoteId`, the incident's id) and features. */
export interface ClusterDiff {
  remove: string[];
  add: MonthlyIncidents["features"];
}

// MapLibre refuses a diff on a source whose ids repeat; the importer refuses repeated incident
// ids, but the diff does not rely on it.
function idsAreUnique(all: MonthlyIncidents): boolean {
  const known = uniqueIds.get(all);
  if (known !== undefined) return known;
  const ids = new Set<string>();
  for (const feature of all.features) ids.add(feature.properties.id);
  const unique = ids.size === all.features.length;
  uniqueIds.set(all, unique);
  return unique;
}

/**
 * The change from the incidents the clusters were sent last to those they need now, or null when
 * sending the new collection whole is as cheap or the two are not windows over the same incidents.
 */
export function clusterDiff(sent: unknown, next: MonthlyIncidents): ClusterDiff | null {
  const before = provenance.get(sent as MonthlyIncidents);
  const after = provenance.get(next);
  if (!before || !after || before.all !== after.all || !idsAreUnique(after.all)) return null;
  const diff: ClusterDiff = { remove: [], add: [] };
  for (const feature of after.all.features) {
    const { month, category, id } = feature.properties;
    const was = before.keep(month, category);
    if (was === after.keep(month, category)) continue;
    if (was) diff.remove.push(id);
    else diff.add.push(feature);
  }
  return diff.remove.length + diff.add.length < next.features.length ? diff : null;
}
