// How densely the incidents shown lie, for the heatmap: incidents in the window and categories
// per km² of the communes. Counts per month and category are made once per collection, so a
// slider step sums a few dozen numbers instead of reading 100,000 incidents.
import type { Layers } from "../domain/types";
import { monthIndex } from "./layers-coverage";
import type { IncidentDensity } from "./map-state";

type Incidents = Layers["incidents"];
type Units = Layers["units"];

const countCache = new WeakMap<Incidents, Map<string, number>>();

function countsByMonthAndCategory(incidents: Incidents): Map<string, number> {
  const cached = countCache.get(incidents);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const { properties } of incidents.features) {
    const key = `${monthIndex(properties.date)}|${properties.category}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  countCache.set(incidents, counts);
  return counts;
}

/** Incidents from `fromMonth` to `toMonth` (null: open) in `categories`. */
export function incidentsShown(
  incidents: Incidents,
  fromMonth: number | null,
  toMonth: number | null,
  categories: readonly string[],
): number {
  let total = 0;
  for (const [key, count] of countsByMonthAndCategory(incidents)) {
    const [month = "", category = ""] = key.split("|");
    const value = Number(month);
    if (fromMonth !== null && value < fromMonth) continue;
    if (toMonth !== null && value > toMonth) continue;
    if (categories.includes(category)) total += count;
  }
  return total;
}

const KM_PER_DEGREE = 111.32;

function ringAreaKm2(ring: readonly number[][]): number {
  let twiceArea = 0;
  let latitudeSum = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [x1 = 0, y1 = 0] = ring[previous] ?? [];
    const [x2 = 0, y2 = 0] = ring[index] ?? [];
    twiceArea += x1 * y2 - x2 * y1;
    latitudeSum += y2;
  }
  const latitude = ring.length > 0 ? latitudeSum / ring.length : 0;
  return (Math.abs(twiceArea) / 2) * KM_PER_DEGREE ** 2 * Math.cos((latitude * Math.PI) / 180);
}

const areaCache = new WeakMap<Units, { km2: number; latitude: number }>();

/** The communes' total area (outer rings less holes) and middle latitude, once per collection. */
export function unitsExtent(units: Units): { km2: number; latitude: number } {
  const cached = areaCache.get(units);
  if (cached) return cached;
  let km2 = 0;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const { geometry } of units.features) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const [outer = [], ...holes] of polygons) {
      km2 += ringAreaKm2(outer) - holes.reduce((sum, hole) => sum + ringAreaKm2(hole), 0);
      for (const [, latitude = 0] of outer) {
        south = Math.min(south, latitude);
        north = Math.max(north, latitude);
      }
    }
  }
  const extent = { km2, latitude: Number.isFinite(south) ? (south + north) / 2 : 0 };
  areaCache.set(units, extent);
  return extent;
}

export function incidentDensity(
  layers: Pick<Layers, "units" | "incidents">,
  fromMonth: number | null,
  toMonth: number | null,
  categories: readonly string[],
): IncidentDensity | null {
  const { km2, latitude } = unitsExtent(layers.units);
  if (km2 <= 0) return null;
  return { perKm2: incidentsShown(layers.incidents, fromMonth, toMonth, categories) / km2, latitude };
}
