// The incidents as the coverage index reads them, in columns. Kept apart from the index so the
// page can pack them for the analysis worker without loading the index's code.
import { INCIDENT_CATEGORIES, type IncidentCategory, type Layers } from "../types";
import { dayNumber } from "./calendar";

const CATEGORY_SLOT = new Map<string, number>(INCIDENT_CATEGORIES.map((category, slot) => [category, slot]));
const OTHER_SLOT = CATEGORY_SLOT.get("other") as number;

/** A category's slot in INCIDENT_CATEGORIES; anything unknown counts as "other". */
export const categorySlot = (category: IncidentCategory | string) =>
  CATEGORY_SLOT.get(category) ?? OTHER_SLOT;

/**
 * The incidents as columns: all the index reads of them. The page sends these to the analysis
 * worker instead of 100,000 feature objects (typed arrays move without a copy).
 */
export interface IncidentColumns {
  count: number;
  longitude: Float64Array;
  latitude: Float64Array;
  day: Int32Array;
  category: Uint8Array;
  ids: string[];
}

export function incidentColumns(features: Layers["incidents"]["features"]): IncidentColumns {
  const count = features.length;
  const columns = {
    count,
    longitude: new Float64Array(count),
    latitude: new Float64Array(count),
    day: new Int32Array(count),
    category: new Uint8Array(count),
    ids: new Array<string>(count),
  };
  for (let index = 0; index < count; index++) {
    const { geometry, properties } = features[index] as (typeof features)[number];
    columns.longitude[index] = geometry.coordinates[0] as number;
    columns.latitude[index] = geometry.coordinates[1] as number;
    columns.day[index] = dayNumber(properties.date);
    columns.category[index] = categorySlot(properties.category);
    columns.ids[index] = properties.id;
  }
  return columns;
}
